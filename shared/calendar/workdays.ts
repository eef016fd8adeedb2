// Working days on the Chinese calendar: Monday–Friday, minus statutory days off, plus adjusted working days
// (调休上班 Saturdays and Sundays). A year with no data is computed as Monday–Friday, and every answer says
// which years that happened for, so that no deadline is silently wrong (design.md, "What must never happen").
//
// Errors: these primitives throw CalendarInputError for a malformed date or count (their arguments come from
// validated data); createWorkCalendar returns a Result for user-entered years.
import { BUNDLED_HOLIDAY_YEARS } from './holidayData';
import { createWorkCalendar, type WorkCalendar } from './holidayYear';
import { CalendarInputError, fromDay, toDay, weekdayOfDay, yearOfDay } from './isoDate';

export { createWorkCalendar, holidayYearSchema, type HolidayYear, type WorkCalendar } from './holidayYear';
export { BUNDLED_HOLIDAY_YEARS } from './holidayData';
export { CalendarInputError, isIsoDate } from './isoDate';

const bundled = createWorkCalendar(BUNDLED_HOLIDAY_YEARS);
if (!bundled.ok) throw new Error(`bundled holiday data is invalid: ${bundled.error.message}`);
/** The bundled years (2024–2026) only. Pass a calendar from createWorkCalendar to add the user's years. */
export const BUNDLED_CALENDAR: WorkCalendar = bundled.value;

/** No deadline in this domain runs for more than a few hundred working days; the cap stops runaway loops. */
const MAX_WORKDAYS = 5000;

export interface WorkdayAnswer {
  workday: boolean;
  /** false: no data for the year, so Monday–Friday was assumed; show a warning. */
  known: boolean;
}

function answerForDay(day: number, calendar: WorkCalendar): WorkdayAnswer {
  const weekday = weekdayOfDay(day);
  const monToFri = weekday !== 0 && weekday !== 6;
  const year = calendar.get(yearOfDay(day));
  if (!year) return { workday: monToFri, known: false };
  if (year.adjustedWorkdays.has(day)) return { workday: true, known: true };
  return { workday: monToFri && !year.daysOff.has(day), known: true };
}

export function isWorkday(date: string, calendar: WorkCalendar = BUNDLED_CALENDAR): WorkdayAnswer {
  return answerForDay(toDay(date), calendar);
}

function checkCount(count: number, min: number): void {
  if (!Number.isInteger(count) || count < min || Math.abs(count) > MAX_WORKDAYS) throw new CalendarInputError('invalid-count', count);
}

/** Walks day by day from `fromDay` (exclusive) until `count` working days have passed, collecting missing years. */
function walk(fromDayNumber: number, count: number, calendar: WorkCalendar, missing: Set<number>): number {
  const step = count < 0 ? -1 : 1;
  let day = fromDayNumber;
  for (let remaining = Math.abs(count); remaining > 0; ) {
    day += step;
    const answer = answerForDay(day, calendar);
    if (!answer.known) missing.add(yearOfDay(day));
    if (answer.workday) remaining -= 1;
  }
  return day;
}

const sorted = (years: Set<number>) => [...years].sort((a, b) => a - b);

/**
 * The date `workdays` working days after `date` (before it when negative); `date` itself is not counted,
 * so addWorkdays(d, 0) is d.
 */
export function addWorkdays(date: string, workdays: number, calendar: WorkCalendar = BUNDLED_CALENDAR): { date: string; missingYears: number[] } {
  checkCount(workdays, -MAX_WORKDAYS);
  const missing = new Set<number>();
  const start = toDay(date);
  if (!answerForDay(start, calendar).known) missing.add(yearOfDay(start));
  return { date: fromDay(walk(start, workdays, calendar, missing)), missingYears: sorted(missing) };
}

export interface PublicNoticeWindow {
  /** The first working day on or after the requested date. */
  start: string;
  /** The last of the `workdays` consecutive working days, `start` being the first. */
  end: string;
  /** Years touched for which there is no holiday data (Monday–Friday was assumed): warn the user. */
  missingYears: number[];
}

/** The window of a 公示 "不少于 N 个工作日" that opens on `start` (or the next working day). */
export function publicNoticeWindow(start: string, workdays: number, calendar: WorkCalendar = BUNDLED_CALENDAR): PublicNoticeWindow {
  checkCount(workdays, 1);
  const missing = new Set<number>();
  // Step back one day and walk one working day forward: that is the first working day on or after `start`.
  const first = walk(toDay(start) - 1, 1, calendar, missing);
  const last = walk(first, workdays - 1, calendar, missing);
  return { start: fromDay(first), end: fromDay(last), missingYears: sorted(missing) };
}

/** The working days from `from` to `to`, both counted (0 when `to` is before `from`), and the years guessed. */
export function workdaysBetween(from: string, to: string, calendar: WorkCalendar = BUNDLED_CALENDAR): { workdays: number; missingYears: number[] } {
  const missing = new Set<number>();
  const [first, last] = [toDay(from), toDay(to)];
  if (last - first > MAX_WORKDAYS * 2) throw new CalendarInputError('invalid-count', last - first);
  let workdays = 0;
  for (let day = first; day <= last; day += 1) {
    const answer = answerForDay(day, calendar);
    if (!answer.known) missing.add(yearOfDay(day));
    if (answer.workday) workdays += 1;
  }
  return { workdays, missingYears: sorted(missing) };
}

/** How many working days a year has, and whether that comes from data or from the Monday–Friday guess. */
export function workdaysInYear(year: number, calendar: WorkCalendar = BUNDLED_CALENDAR): { workdays: number; known: boolean } {
  let workdays = 0;
  const first = toDay(`${String(year).padStart(4, '0')}-01-01`);
  const last = toDay(`${String(year).padStart(4, '0')}-12-31`);
  for (let day = first; day <= last; day += 1) if (answerForDay(day, calendar).workday) workdays += 1;
  return { workdays, known: calendar.has(year) };
}
