// "满 N 年": merged days, clipped at the cut-off, 365 counted days a year (a leap year's 28 February left out).
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../shared/calendar/isoDate';
import { countedDays, dayYearsReached, fullYears, mergeIntervals } from '../../../shared/eligibility/experience';
import type { CountablePeriod } from '../../../shared/eligibility/facts';

const day = (date: string) => dayNumber(date) ?? Number.NaN;
const years = (from: string, to: string) => fullYears(countedDays(mergeIntervals([{ from: day(from), to: day(to) }])));
const period = (from: string, to: string | null): CountablePeriod => ({ index: 0, from: day(from), to: to === null ? null : day(to), relevant: true, inCity: true, overseas: false });

describe('whole years (满 N 年)', () => {
  it('2021-01-01 to 2025-12-31 is five full years (the issue’s example)', () => {
    expect(years('2021-01-01', '2025-12-31')).toBe(5);
    expect(years('2021-01-01', '2025-12-30')).toBe(4);
  });

  it('one period reaches N years on the day before the N-th anniversary of its start', () => {
    for (const start of ['2019-03-15', '2020-02-28', '2020-03-01', '2023-03-01', '2023-02-28', '2024-02-27', '2016-07-31', '2019-12-31']) {
      for (const n of [1, 2, 5, 7, 10]) {
        const [y, m, d] = start.split('-').map(Number) as [number, number, number];
        const anniversary = new Date(Date.UTC(y + n, m - 1, d)).getTime() / 86_400_000;
        const dayBefore = anniversary - 1;
        expect(fullYears(countedDays([{ from: day(start), to: dayBefore }])), `${start} +${n}`).toBe(n);
        expect(fullYears(countedDays([{ from: day(start), to: dayBefore - 1 }])), `${start} +${n} - 1 day`).toBe(n - 1);
      }
    }
  });

  it('a year across 29 February still needs the whole calendar year', () => {
    expect(years('2023-03-01', '2024-02-28')).toBe(0);
    expect(years('2023-03-01', '2024-02-29')).toBe(1);
  });

  it('a start on 29 February reaches a leap anniversary one day early (the documented edge)', () => {
    expect(years('2024-02-29', '2025-02-27')).toBe(1);
    expect(years('2024-02-29', '2025-02-26')).toBe(0);
    expect(years('2024-02-29', '2028-02-27')).toBe(4);
  });

  it('overlapping periods count their days once; adjacent ones join', () => {
    const merged = mergeIntervals([
      { from: day('2020-01-01'), to: day('2020-12-31') },
      { from: day('2020-06-01'), to: day('2021-05-31') },
      { from: day('2021-06-01'), to: day('2021-12-31') },
    ]);
    expect(merged).toEqual([{ from: day('2020-01-01'), to: day('2021-12-31') }]);
    expect(fullYears(countedDays(merged))).toBe(2);
  });

  it('separate periods add up: two half-years with a gap make one year', () => {
    const merged = mergeIntervals([
      { from: day('2020-01-01'), to: day('2020-06-30') },
      { from: day('2022-07-01'), to: day('2022-12-31') },
    ]);
    expect(countedDays(merged)).toBe(182 - 1 + 184); // 2020 H1 has 182 days; its 28 February is not counted
    expect(fullYears(countedDays(merged))).toBe(1);
  });
});

describe('the day the years are reached if work goes on', () => {
  it('an ongoing period from 2021-01-01 reaches 7 years on 2027-12-31', () => {
    expect(dayYearsReached([period('2021-01-01', null)], () => true, 7)).toBe(day('2027-12-31'));
  });

  it('a closed period that falls short never reaches them', () => {
    expect(dayYearsReached([period('2021-01-01', '2022-01-01')], () => true, 2)).toBeNull();
  });

  it('earlier closed work shortens the wait', () => {
    const periods = [period('2015-01-01', '2016-12-31'), period('2024-01-01', null)];
    expect(dayYearsReached(periods, () => true, 5)).toBe(day('2026-12-31'));
  });
});
