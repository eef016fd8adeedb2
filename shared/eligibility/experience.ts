// Years of work, counted the way the notices mean "从事相关工作满 N 年".
//
// The rule: periods are merged where they overlap (a day worked for two employers is one day), clipped at the
// round's cut-off (inclusive), and N full years are reached once the merged days number at least 365 × N,
// where a leap year's 28 February is not counted (28 and 29 February weigh one day together). Then every
// year from any start date to the day before its anniversary holds exactly 365 counted days, so for one
// continuous period this is the anniversary rule: 2021-01-01 to 2025-12-31 is five full years, 2023-03-01 to
// 2024-02-28 is not yet one, to 2024-02-29 it is. (Only a start on 29 February reaches a leap anniversary a
// day early.) Summing days makes the count independent of the periods' order and of duplicates.
import { LAST_YEAR, dayNumber, yearOfDay } from '../calendar/isoDate';
import type { CountablePeriod } from './facts';

export const COUNTED_DAYS_PER_YEAR = 365;
/** Stands for "ongoing, with no end" when projecting. */
const FAR_FUTURE = dayNumber(`${LAST_YEAR}-12-31`) ?? Number.MAX_SAFE_INTEGER;

export interface Interval {
  from: number;
  to: number;
}

/** Sorted, non-overlapping, non-adjacent intervals covering the same days. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].filter((interval) => interval.to >= interval.from).sort((a, b) => a.from - b.from || a.to - b.to);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval.from <= last.to + 1) last.to = Math.max(last.to, interval.to);
    else merged.push({ ...interval });
  }
  return merged;
}

/** How many leap years' 28 February fall within [from, to]. */
function uncountedDaysWithin(from: number, to: number): number {
  let count = 0;
  for (let year = yearOfDay(from); year <= yearOfDay(to); year += 1) {
    if (dayNumber(`${String(year).padStart(4, '0')}-02-29`) === null) continue;
    const uncounted = dayNumber(`${String(year).padStart(4, '0')}-02-28`) ?? Number.NaN;
    if (uncounted >= from && uncounted <= to) count += 1;
  }
  return count;
}

/** Counted days (a leap year's 28 February left out) of merged intervals, up to and including `upTo`. */
export function countedDays(merged: readonly Interval[], upTo: number = FAR_FUTURE): number {
  let total = 0;
  for (const interval of merged) {
    if (interval.from > upTo) break;
    const to = Math.min(interval.to, upTo);
    total += to - interval.from + 1 - uncountedDaysWithin(interval.from, to);
  }
  return total;
}

export const fullYears = (days: number): number => Math.floor(days / COUNTED_DAYS_PER_YEAR);

export type PeriodFilter = (period: CountablePeriod) => boolean;

/** The intervals of the periods that pass `filter`, ongoing ones running to `openEnd`. */
export function intervalsOf(periods: readonly CountablePeriod[], filter: PeriodFilter, openEnd: number): Interval[] {
  return mergeIntervals(periods.filter(filter).map((period) => ({ from: period.from, to: period.to ?? openEnd })));
}

/** Counted days of the filtered periods up to the cut-off; ongoing periods run to the cut-off. */
export function daysToCutoff(periods: readonly CountablePeriod[], filter: PeriodFilter, cutoff: number): number {
  return countedDays(intervalsOf(periods, filter, cutoff), cutoff);
}

/**
 * The first day on which the filtered periods reach `years` full years if ongoing work goes on, or null
 * when they never do (nothing is ongoing and what was entered falls short).
 */
export function dayYearsReached(periods: readonly CountablePeriod[], filter: PeriodFilter, years: number): number | null {
  const merged = intervalsOf(periods, filter, FAR_FUTURE);
  const needed = years * COUNTED_DAYS_PER_YEAR;
  const first = merged[0];
  if (!first || countedDays(merged) < needed) return null;
  // countedDays(merged, day) never decreases as day grows: a binary search finds the first day it suffices.
  let low = first.from;
  let high = FAR_FUTURE;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (countedDays(merged, middle) >= needed) high = middle;
    else low = middle + 1;
  }
  return low;
}

