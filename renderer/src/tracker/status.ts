// What is overdue and due soon across applicants, loaded once and shared by every badge (the applicant list,
// the navigation) and the reminders banner; refreshed after a tracker change and when the applicants change.
import { useEffect, useSyncExternalStore } from 'react';
import type { ClosedRoundReminder, Reminder } from '../../../shared/contract/trackerChannels';
import { call } from '../api';
import { today } from '../today';

export interface TrackerStatus {
  today: string;
  dueSoonDays: number;
  items: Reminder[];
  /** Applicants whose round has closed with deadlines missed: not overdue items, a closed round. */
  closedRounds: ClosedRoundReminder[];
}

let snapshot: TrackerStatus | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function publish(next: TrackerStatus | null): void {
  snapshot = next;
  for (const listener of listeners) listener();
}

/** Loads the reminders again (a failure keeps the last answer: badges are a hint, never a blocker). */
export function refreshTrackerStatus(): Promise<void> {
  loading = call('tracker.reminders', { today: today() }).then((result) => {
    if (result.ok) publish({ today: result.value.today, dueSoonDays: result.value.settings.dueSoonDays, items: result.value.items, closedRounds: result.value.closedRounds });
  });
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useTrackerStatus(): TrackerStatus | null {
  const current = useSyncExternalStore(subscribe, () => snapshot);
  useEffect(() => {
    if (snapshot === null && loading === null) void refreshTrackerStatus();
  }, []);
  return current;
}

export interface DueCounts {
  overdue: number;
  dueSoon: number;
}

export function countsFor(status: TrackerStatus | null, applicantId: string): DueCounts {
  const counts = { overdue: 0, dueSoon: 0 };
  for (const item of status?.items ?? []) {
    if (item.applicantId !== applicantId) continue;
    if (item.deadline.state === 'overdue') counts.overdue += 1;
    else counts.dueSoon += 1;
  }
  return counts;
}
