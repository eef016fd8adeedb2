// The public notice's period (公示期): it opens on the form's start date (or the next working day) and lasts
// the programme's minimum number of working days plus the extra days the employer chose, counted on the
// Chinese working calendar with its 调休 days. The minimum is programme data, never a literal here. A period
// that touches a year without holiday data says which years, so the notice can print that the end date is
// uncertain instead of silently assuming Monday–Friday (design.md, "What must never happen").
import { BUNDLED_CALENDAR, type WorkCalendar, publicNoticeWindow, workdaysBetween } from '../calendar/workdays';
import type { PublicNotice } from '../form/schema';
import type { Programme } from '../programmes/schema';

/** The dates of the public notice as printed; same shape as electron/backend/print/types.ts. */
export interface NoticePeriodView {
  /** The first working day on or after the chosen start; null while no start is chosen. */
  start: string | null;
  /** The last working day of the period; null when there is no start or no length. */
  end: string | null;
  /** Working days of the period: the programme's minimum plus the extra days. */
  workdays: number;
  /** Years the computation touched without holiday data: the end date is then uncertain and says so. */
  yearsWithoutData: number[];
}

export interface NoticePeriodSource {
  form: { publicNotice: Pick<PublicNotice, 'startDate' | 'extraWorkdays'> };
  /** null when no programme is chosen: then the length is unknown. */
  programme: { publicNotice: Pick<Programme['publicNotice'], 'value'> } | null;
}

/** Accepts an ApplicationFile (electron/backend/form/load.ts) as it is. */
export function noticePeriod(source: NoticePeriodSource, calendar: WorkCalendar = BUNDLED_CALENDAR): NoticePeriodView {
  const { startDate, extraWorkdays } = source.form.publicNotice;
  const minimum = source.programme?.publicNotice.value ?? null;
  // Without a published minimum only the employer's own days count; zero days is no period at all.
  const workdays = (minimum ?? 0) + extraWorkdays;
  if (startDate === null || workdays < 1) return { start: startDate, end: null, workdays, yearsWithoutData: [] };
  const window = publicNoticeWindow(startDate, workdays, calendar);
  return { start: window.start, end: window.end, workdays, yearsWithoutData: window.missingYears };
}

/**
 * The period as it was held, for the record of its result (公示情况说明): the computed one, or, when HR
 * recorded another last day (an override of the derived end, shared/tracker/noticeDates.ts), from the start
 * to that day with its own count of working days. A recorded day before the start is a contradiction the
 * tracker flags; the computed period is printed then.
 */
export function heldPeriod(period: NoticePeriodView, recordedEnd: string | null, calendar: WorkCalendar = BUNDLED_CALENDAR): NoticePeriodView {
  if (recordedEnd === null || period.start === null || recordedEnd === period.end || recordedEnd < period.start) return period;
  const held = workdaysBetween(period.start, recordedEnd, calendar);
  return { start: period.start, end: recordedEnd, workdays: held.workdays, yearsWithoutData: held.missingYears };
}
