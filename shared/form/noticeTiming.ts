// A public notice that ends after the materials deadline means sealed comments that arrive too late: the
// tracker's progress page warned of it, but the date is entered on the form page and checked before
// printing, so both say it there too, from the same computation (shared/tracker/deadlines.ts).
import { isIsoDate } from '../calendar/isoDate';
import type { WorkCalendar } from '../calendar/workdays';
import type { Programme } from '../programmes/schema';
import { type TrackerWarning, publicNoticeCheck } from '../tracker/deadlines';
import type { AssessmentForm } from './schema';
import type { ReportItem } from './validation';

/** The tracker's warnings about the notice's end against the materials deadline, and their report keys. */
const TIMING_KEYS = {
  'tracker.warning.noticeEndsAfterMaterials': 'report.noticeEndsAfterMaterials',
  'tracker.warning.noticeEndsOnMaterialsDeadline': 'report.noticeEndsOnMaterialsDeadline',
} as const;
type TimingKey = keyof typeof TIMING_KEYS;
const isTimingKey = (key: string): key is TimingKey => Object.hasOwn(TIMING_KEYS, key);

export type NoticeTimingWarning = TrackerWarning & { key: TimingKey };

/** The warnings for a notice starting on the form's date; none until a whole date is entered. */
export function noticeTimingWarnings(
  programme: Programme,
  publicNotice: Pick<AssessmentForm['publicNotice'], 'startDate' | 'extraWorkdays'>,
  calendar: WorkCalendar,
): NoticeTimingWarning[] {
  if (publicNotice.startDate === null || !isIsoDate(publicNotice.startDate)) return [];
  const { warnings } = publicNoticeCheck(programme, { startDate: publicNotice.startDate, extraWorkdays: publicNotice.extraWorkdays }, calendar);
  return warnings.filter((warning): warning is NoticeTimingWarning => isTimingKey(warning.key));
}

/** The same warnings as items of the report before printing, pointing at the notice's start date. */
export function noticeTimingItems(programme: Programme, form: AssessmentForm, calendar: WorkCalendar): ReportItem[] {
  return noticeTimingWarnings(programme, form.publicNotice, calendar).map((warning) => ({
    target: { page: 'form', path: ['publicNotice', 'startDate'] },
    key: TIMING_KEYS[warning.key],
    ...(warning.params ? { params: warning.params } : {}),
    severity: 'hint',
    parts: ['publicNotice'],
  }));
}
