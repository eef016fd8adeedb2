// What the reminders banner lists for one applicant. A round whose materials window has passed (roundStatus
// 'closed') is over: its missed deadlines are no longer things to do ("overdue 443 days" helps nobody), so
// they are not reminders; the banner says the round closed instead, and offers to prepare the next one. A
// date of that round still ahead (an interview the applicant was invited to) stays a reminder.
import type { RoundStatus } from '../eligibility/roundStatus';
import { type Deadline, dueItems, nextDeadline } from './deadlines';

export interface ApplicantReminders {
  /** Overdue and due-soon deadlines, earliest first. */
  due: Deadline[];
  /** Overdue deadlines left out because the round has closed: the banner names the closed round instead. */
  closedRoundMissed: number;
}

export function remindersOf(deadlines: readonly Deadline[], roundStatus: RoundStatus): ApplicantReminders {
  const due = dueItems(deadlines);
  if (roundStatus !== 'closed') return { due, closedRoundMissed: 0 };
  const kept = due.filter((deadline) => deadline.state !== 'overdue');
  return { due: kept, closedRoundMissed: due.length - kept.length };
}

/** What comes next for the applicant: in a closed round, a missed date is not "next" (the round is over). */
export function nextOf(deadlines: readonly Deadline[], roundStatus: RoundStatus): Deadline | null {
  return nextDeadline(roundStatus === 'closed' ? deadlines.filter((deadline) => deadline.state !== 'overdue') : deadlines);
}

/** Overdue deadlines that are still things to do (none in a closed round). */
export function overdueCount(deadlines: readonly Deadline[], roundStatus: RoundStatus): number {
  return roundStatus === 'closed' ? 0 : deadlines.filter((deadline) => deadline.state === 'overdue').length;
}
