// The tracker's deadlines as calendar events, in the user's language: a deadline is an all-day event with a
// reminder; a window (the materials window, the public notice) is a period event plus its last day with a
// reminder; the interview is at its time when known. Undated deadlines are left out (they are "unknown" in
// the app). A deadline already done is kept, marked done and without a reminder, so a newer import updates
// the event instead of leaving a stale alarm. The day HR must start the public notice at the latest is an
// event of its own, with its reminder. Nothing that depends on the day of the export ("已过", overdue) is
// written into an event: the file is read for weeks after it was made.
import type { Language } from '../contract/channels';
import type { Source } from '../programmes/source';
import { trackerText } from '../i18n/tracker';
import type { Deadline } from './deadlines';
import type { IcsEvent } from './ics';

export interface ApplicantDeadlines {
  applicantId: string;
  /** The name to show in the event's title (several applicants share one calendar in HR's export). */
  name: string;
  acceptanceNumber: string;
  deadlines: readonly Deadline[];
}

function sourceLine(language: Language, source: Source): string {
  switch (source.type) {
    case 'seed': {
      const where = trackerText(language, 'tracker.ics.sourceSeed', { document: source.document, section: source.section });
      return source.quote ? `${where}\n${trackerText(language, 'tracker.ics.quote', { quote: source.quote })}` : where;
    }
    case 'web': {
      const where = trackerText(language, 'tracker.ics.sourceWeb', { address: source.address, section: source.section });
      return source.quote ? `${where}\n${trackerText(language, 'tracker.ics.quote', { quote: source.quote })}` : where;
    }
    case 'project':
      return trackerText(language, 'tracker.ics.sourceProject', { section: source.section, note: source.note });
    case 'user-entered':
      return trackerText(language, 'tracker.ics.sourceUser');
  }
}

/** Warnings that say what today is (past, overdue): true on the export day, false a week later. */
const FROZEN_AT_EXPORT: ReadonlySet<string> = new Set(['tracker.warning.lateNotAccepted', 'tracker.warning.correctionWithdrawal']);

function description(language: Language, applicant: ApplicantDeadlines, deadline: Deadline): string {
  const lines = [trackerText(language, 'tracker.ics.applicant', { name: applicant.name })];
  if (applicant.acceptanceNumber) lines.push(trackerText(language, 'tracker.ics.acceptanceNumber', { number: applicant.acceptanceNumber }));
  if (deadline.window) lines.push(trackerText(language, 'tracker.ics.window', { from: deadline.window.from, to: deadline.window.to }));
  lines.push(trackerText(language, `tracker.dateFrom.${deadline.dateFrom}`));
  for (const warning of deadline.warnings) if (!FROZEN_AT_EXPORT.has(warning.key)) lines.push(trackerText(language, warning.key, warning.params));
  lines.push(sourceLine(language, deadline.source));
  return lines.join('\n');
}

/** The events of one applicant's dated deadlines. `alarmDays` null: no reminders at all. */
export function deadlineEvents(applicant: ApplicantDeadlines, language: Language, alarmDays: number | null): IcsEvent[] {
  const events: IcsEvent[] = [];
  for (const deadline of applicant.deadlines) {
    if (deadline.date === null) continue;
    const done = deadline.state === 'done';
    const name = deadline.name[language];
    const who = applicant.name;
    const key = `${applicant.applicantId}\u0000${deadline.id}`;
    const text = description(language, applicant, deadline);
    const alarm = done ? null : alarmDays;
    const mark = (summary: string) => (done ? trackerText(language, 'tracker.ics.done', { summary }) : summary);
    if (deadline.kind === 'window' && deadline.window) {
      events.push({
        key: `${key}/period`,
        summary: mark(trackerText(language, 'tracker.ics.period', { name, who })),
        description: text,
        date: deadline.window.from,
        endDate: deadline.window.to,
        alarmDays: null,
      });
      events.push({ key, summary: mark(trackerText(language, 'tracker.ics.lastDay', { name, who })), description: text, date: deadline.date, alarmDays: alarm });
    } else if (deadline.kind === 'event') {
      const event: IcsEvent = { key, summary: mark(trackerText(language, 'tracker.ics.event', { name, who })), description: text, date: deadline.date, alarmDays: alarm };
      if (deadline.time) event.time = deadline.time;
      if (deadline.place) event.location = deadline.place;
      events.push(event);
    } else {
      events.push({ key, summary: mark(trackerText(language, 'tracker.ics.deadline', { name, who })), description: text, date: deadline.date, alarmDays: alarm });
    }
  }
  for (const deadline of applicant.deadlines) {
    const latestStart = deadline.notice?.latestStart ?? null;
    if (latestStart === null) continue;
    const done = deadline.state === 'done';
    const lines = [
      trackerText(language, 'tracker.ics.applicant', { name: applicant.name }),
      trackerText(language, 'tracker.ics.noticeStartWhy', { workdays: deadline.notice?.workdays ?? '', latestStart }),
      sourceLine(language, deadline.source),
    ];
    const summary = trackerText(language, 'tracker.ics.noticeStart', { who: applicant.name });
    events.push({
      key: `${applicant.applicantId}\u0000${deadline.id}/latest-start`,
      summary: done ? trackerText(language, 'tracker.ics.done', { summary }) : summary,
      description: lines.join('\n'),
      date: latestStart,
      alarmDays: done ? null : alarmDays,
    });
  }
  return events;
}
