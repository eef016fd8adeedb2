// One year of the Chinese working calendar: the statutory days off and the adjusted working days (调休上班).
// The same schema validates the bundled years and the years a user enters from the State Council's notice
// (stored in the database by the backend), so both are checked alike before any deadline is computed.
import { z } from 'zod';
import { fail, ok, type Result } from '../contract/result';
import { toFieldIssues } from '../contract/issues';
import { FIRST_YEAR, LAST_YEAR, dayNumber, isIsoDate, weekdayOfDay } from './isoDate';

const isoDate = z.string({ error: 'date.invalid' }).refine(isIsoDate, { message: 'date.invalid' });

export const holidayYearSchema = z
  .object({
    year: z.number({ error: 'field.invalid' }).int().min(FIRST_YEAR).max(LAST_YEAR),
    /** Inclusive ranges; a single day has from === to. */
    daysOff: z.array(z.object({ from: isoDate, to: isoDate })).max(60, { error: 'field.tooMany' }),
    adjustedWorkdays: z.array(isoDate).max(30, { error: 'field.tooMany' }),
    /** Where the dates come from: the notice's name and number, or the data set. */
    source: z.string({ error: 'field.invalid' }).trim().min(1, { error: 'field.required' }),
    userEntered: z.boolean(),
  })
  .superRefine((entry, ctx) => {
    const inYear = (date: string) => date.startsWith(`${entry.year}-`);
    entry.daysOff.forEach((range, index) => {
      if (!isIsoDate(range.from) || !isIsoDate(range.to)) return;
      if (range.to < range.from) ctx.addIssue({ code: 'custom', message: 'date.endBeforeStart', path: ['daysOff', index, 'to'] });
      if (!inYear(range.from) || !inYear(range.to)) {
        ctx.addIssue({ code: 'custom', message: 'calendar.dateOutsideYear', path: ['daysOff', index] });
      }
    });
    entry.adjustedWorkdays.forEach((date, index) => {
      const day = dayNumber(date);
      if (day === null) return;
      const path = ['adjustedWorkdays', index];
      if (!inYear(date)) ctx.addIssue({ code: 'custom', message: 'calendar.dateOutsideYear', path });
      // 调休上班 always falls on a weekend: a weekday here is a typing slip.
      const weekday = weekdayOfDay(day);
      if (weekday !== 0 && weekday !== 6) ctx.addIssue({ code: 'custom', message: 'calendar.adjustedNotWeekend', path });
      if (entry.daysOff.some((range) => range.from <= date && date <= range.to)) {
        ctx.addIssue({ code: 'custom', message: 'calendar.bothOffAndWorking', path });
      }
    });
  });

export type HolidayYear = z.output<typeof holidayYearSchema>;

/** The days of one year that differ from the Monday–Friday pattern, as day numbers. */
export interface YearExceptions {
  year: number;
  daysOff: ReadonlySet<number>;
  adjustedWorkdays: ReadonlySet<number>;
  source: string;
  userEntered: boolean;
}

export type WorkCalendar = ReadonlyMap<number, YearExceptions>;

function toExceptions(entry: HolidayYear): YearExceptions {
  const daysOff = new Set<number>();
  for (const range of entry.daysOff) {
    for (let day = dayNumber(range.from) ?? 0, last = dayNumber(range.to) ?? -1; day <= last; day += 1) daysOff.add(day);
  }
  const adjustedWorkdays = new Set(entry.adjustedWorkdays.map((date) => dayNumber(date) ?? 0));
  return { year: entry.year, daysOff, adjustedWorkdays, source: entry.source, userEntered: entry.userEntered };
}

/**
 * A calendar of the bundled years plus the user's years. A user year replaces a bundled year of the same
 * number (the user may be correcting it); the result says so through `userEntered`. Invalid input is a
 * `validation` error naming the entry, never a half-built calendar.
 */
export function createWorkCalendar(bundled: readonly HolidayYear[], overrides: readonly unknown[] = []): Result<WorkCalendar> {
  const calendar = new Map<number, YearExceptions>();
  for (const entry of bundled) calendar.set(entry.year, toExceptions(entry));
  const seen = new Set<number>();
  for (const [index, input] of overrides.entries()) {
    const parsed = holidayYearSchema.safeParse(input);
    if (!parsed.success) {
      const issues = toFieldIssues(parsed.error).map((issue) => ({ ...issue, path: [index, ...issue.path] }));
      return fail('validation', `holiday year #${index} is invalid`, issues);
    }
    if (seen.has(parsed.data.year)) {
      return fail('validation', `holiday year ${parsed.data.year} is given twice`, [{ path: [index, 'year'], key: 'calendar.yearTwice' }]);
    }
    seen.add(parsed.data.year);
    calendar.set(parsed.data.year, toExceptions({ ...parsed.data, userEntered: true }));
  }
  return ok(calendar);
}
