// The public notice's period: at least the programme's minimum of working days (data, not a literal), plus
// the employer's extra days, on the Chinese calendar with its 调休 days; a year without holiday data is named.
import { describe, expect, it } from 'vitest';
import { BUNDLED_HOLIDAY_YEARS, createWorkCalendar } from '../../../shared/calendar/workdays';
import { heldPeriod, noticePeriod } from '../../../shared/print/noticePeriod';

const source = (startDate: string | null, minimum: number | null = 5, extraWorkdays = 0) => ({
  form: { publicNotice: { startDate, extraWorkdays } },
  programme: minimum === undefined ? null : { publicNotice: { value: minimum } },
});

describe('the public notice lasts the programme\'s minimum of working days', () => {
  it('an ordinary week: Monday 2025-09-01 to Friday 2025-09-05, 5 working days', () => {
    expect(noticePeriod(source('2025-09-01'))).toEqual({ start: '2025-09-01', end: '2025-09-05', workdays: 5, yearsWithoutData: [] });
  });

  it('starting on the 调休 Sunday 2025-09-28, the National Day holiday (10-01..08) does not count', () => {
    // 09-28 (Sunday, adjusted working day), 09-29, 09-30, then 10-09 and 10-10.
    expect(noticePeriod(source('2025-09-28'))).toEqual({ start: '2025-09-28', end: '2025-10-10', workdays: 5, yearsWithoutData: [] });
  });

  it('a start inside the holiday opens on the first working day after it; the 调休 Saturday 10-11 counts', () => {
    // 10-09, 10-10, 10-11 (Saturday, adjusted working day), 10-13, 10-14.
    expect(noticePeriod(source('2025-10-03'))).toMatchObject({ start: '2025-10-09', end: '2025-10-14' });
  });

  it('a start on an ordinary Saturday opens on the Monday', () => {
    expect(noticePeriod(source('2025-09-06'))).toMatchObject({ start: '2025-09-08', end: '2025-09-12' });
  });

  it('the minimum comes from the programme data: a programme asking 7 days gets 7', () => {
    expect(noticePeriod(source('2025-09-01', 7))).toMatchObject({ end: '2025-09-09', workdays: 7 });
  });

  it('the employer\'s extra working days are added to the minimum', () => {
    expect(noticePeriod(source('2025-09-01', 5, 2))).toMatchObject({ end: '2025-09-09', workdays: 7 });
  });
});

describe('a period that reaches a year without holiday data says so', () => {
  it('a start in 2027 → yearsWithoutData [2027]', () => {
    expect(noticePeriod(source('2027-03-01'))).toEqual({ start: '2027-03-01', end: '2027-03-05', workdays: 5, yearsWithoutData: [2027] });
  });

  it('a period crossing from 2026 into 2027 names 2027 only', () => {
    // 2026-12-28..31 are four working days; 2027-01-01 is assumed a working day (no data).
    expect(noticePeriod(source('2026-12-28'))).toEqual({ start: '2026-12-28', end: '2027-01-01', workdays: 5, yearsWithoutData: [2027] });
  });

  it('a year the user entered counts as known', () => {
    const calendar = createWorkCalendar(BUNDLED_HOLIDAY_YEARS, [
      { year: 2027, daysOff: [{ from: '2027-01-01', to: '2027-01-03' }], adjustedWorkdays: [], source: 'test', userEntered: true },
    ]);
    if (!calendar.ok) throw new Error(calendar.error.message);
    expect(noticePeriod(source('2026-12-28'), calendar.value)).toEqual({ start: '2026-12-28', end: '2027-01-04', workdays: 5, yearsWithoutData: [] });
  });
});

describe('no period without a start or a length', () => {
  it('no start date: no dates, the length still known', () => {
    expect(noticePeriod(source(null))).toEqual({ start: null, end: null, workdays: 5, yearsWithoutData: [] });
  });

  it('no programme (nor extra days): no end date rather than a guess', () => {
    expect(noticePeriod({ form: { publicNotice: { startDate: '2025-09-01', extraWorkdays: 0 } }, programme: null })).toEqual({ start: '2025-09-01', end: null, workdays: 0, yearsWithoutData: [] });
  });

  it('a programme whose notice gives no minimum counts only the extra days', () => {
    expect(noticePeriod(source('2025-09-01', null, 3))).toMatchObject({ end: '2025-09-03', workdays: 3 });
  });
});

describe('the record of the result states the period as it was held', () => {
  const computed = noticePeriod(source('2025-09-15'));

  it('no recorded last day, or the computed one: the computed period', () => {
    expect(heldPeriod(computed, null)).toEqual(computed);
    expect(heldPeriod(computed, '2025-09-19')).toEqual(computed);
  });

  it('extended to 2025-09-24 (after an objection): up to that day, 8 working days', () => {
    expect(heldPeriod(computed, '2025-09-24')).toEqual({ start: '2025-09-15', end: '2025-09-24', workdays: 8, yearsWithoutData: [] });
  });

  it('across the National Day holiday, only working days are counted', () => {
    // 09-29, 09-30, 10-09, 10-10, 10-11 (调休 Saturday), 10-13.
    expect(heldPeriod(noticePeriod(source('2025-09-29')), '2025-10-13')).toMatchObject({ end: '2025-10-13', workdays: 6 });
  });

  it('a recorded day before the start is a contradiction the tracker flags: the computed period is printed', () => {
    expect(heldPeriod(computed, '2025-09-10')).toEqual(computed);
  });
});
