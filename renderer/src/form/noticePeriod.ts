// The public notice's period as the form page shows it: the same computation as the printed notice
// (shared/print/noticePeriod.ts: the programme's minimum plus the employer's extra days, on the bundled and
// the user's holiday years), and what to say when it cannot be computed yet. A year without holiday data is
// never silent: it comes back in yearsWithoutData, for a warning.
import { isIsoDate } from '../../../shared/calendar/isoDate';
import type { WorkCalendar } from '../../../shared/calendar/workdays';
import { noticePeriod } from '../../../shared/print/noticePeriod';

export type NoticeMinimum = { kind: 'noProgramme' } | { kind: 'unknown' } | { kind: 'known'; days: number };

export type NoticePeriod =
  | { kind: 'noStart' }
  /** No programme, or a notice that gives no length and no extra days chosen. */
  | { kind: 'noLength'; reason: 'noProgramme' | 'unknown' }
  | { kind: 'computed'; start: string; end: string; days: number; requestedStart: string; missingYears: number[] };

export function noticePeriodOnPage(startDate: string | null, minimum: NoticeMinimum, extraWorkdays: number, calendar: WorkCalendar): NoticePeriod {
  // A half-typed date is not a date yet (the calendar functions refuse malformed ones).
  if (startDate === null || !isIsoDate(startDate)) {
    return minimum.kind === 'known' || extraWorkdays > 0 ? { kind: 'noStart' } : { kind: 'noLength', reason: minimum.kind };
  }
  const programme = minimum.kind === 'noProgramme' ? null : { publicNotice: { value: minimum.kind === 'known' ? minimum.days : null } };
  const view = noticePeriod({ form: { publicNotice: { startDate, extraWorkdays } }, programme }, calendar);
  if (view.start === null || view.end === null) return { kind: 'noLength', reason: minimum.kind === 'known' ? 'unknown' : minimum.kind };
  return { kind: 'computed', start: view.start, end: view.end, days: view.workdays, requestedStart: startDate, missingYears: view.yearsWithoutData };
}
