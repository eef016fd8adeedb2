// Calendar dates as ISO strings (YYYY-MM-DD) and whole-day numbers. All arithmetic is in UTC on day
// numbers: local time zones and daylight saving never move a date here.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** Dates outside this range are typing slips in this domain (a work period in 1066, a deadline in 9999). */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;

/** Thrown by the date primitives for a malformed argument; callers at a trust boundary validate first. */
export class CalendarInputError extends Error {
  override readonly name = 'CalendarInputError';
  constructor(
    readonly code: 'invalid-date' | 'invalid-count',
    readonly value: unknown,
  ) {
    super(`${code}: ${JSON.stringify(value)}`);
  }
}

/** The day number (days since 1970-01-01) of a real calendar date, or null (2025-02-30, 2023-02-29, '2025-1-1'). */
export function dayNumber(value: string): number | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1) return null;
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 02-30 over into March: a round trip that changes the month means the day does not exist.
  if (new Date(ms).getUTCMonth() !== month - 1) return null;
  return ms / MS_PER_DAY;
}

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && dayNumber(value) !== null;
}

/** Like dayNumber, for values that must already be valid. */
export function toDay(value: string): number {
  const day = dayNumber(value);
  if (day === null) throw new CalendarInputError('invalid-date', value);
  return day;
}

export function fromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromDay(toDay(date) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOfDay(day: number): number {
  // 1970-01-01 was a Thursday.
  return (((day + 4) % 7) + 7) % 7;
}

export function yearOfDay(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}
