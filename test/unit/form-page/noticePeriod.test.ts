// The public notice's period on the form page: the programme's minimum plus the extra days on the working
// calendar, the same as the printed notice; a half-typed date or an unknown length is said, never guessed.
import { describe, expect, it } from 'vitest';
import { BUNDLED_CALENDAR } from '../../../shared/calendar/workdays';
import { noticePeriodOnPage } from '../../../renderer/src/form/noticePeriod';

const five = { kind: 'known', days: 5 } as const;

describe('the public notice period on the form page', () => {
  it('counts five working days over National Day 2025, with the adjusted Saturday', () => {
    expect(noticePeriodOnPage('2025-09-29', five, 0, BUNDLED_CALENDAR)).toEqual({ kind: 'computed', start: '2025-09-29', end: '2025-10-11', days: 5, requestedStart: '2025-09-29', missingYears: [] });
  });

  it('adds the employer’s extra days to the minimum', () => {
    const period = noticePeriodOnPage('2025-09-29', five, 2, BUNDLED_CALENDAR);
    expect(period).toMatchObject({ kind: 'computed', days: 7, end: '2025-10-14' });
  });

  it('starts on the next working day when the chosen day is not one', () => {
    expect(noticePeriodOnPage('2025-10-01', five, 0, BUNDLED_CALENDAR)).toMatchObject({ start: '2025-10-09', requestedStart: '2025-10-01' });
  });

  it('names a year without holiday data instead of assuming silently', () => {
    expect(noticePeriodOnPage('2030-03-04', five, 0, BUNDLED_CALENDAR)).toMatchObject({ kind: 'computed', missingYears: [2030] });
  });

  it('waits for a whole date: a half-typed one is no start yet', () => {
    expect(noticePeriodOnPage('2025-09', five, 0, BUNDLED_CALENDAR)).toEqual({ kind: 'noStart' });
    expect(noticePeriodOnPage('2025-02-30', five, 0, BUNDLED_CALENDAR)).toEqual({ kind: 'noStart' });
  });

  it('says the length is unknown when the notice gives none and no extra days are chosen', () => {
    expect(noticePeriodOnPage('2025-09-29', { kind: 'unknown' }, 0, BUNDLED_CALENDAR)).toEqual({ kind: 'noLength', reason: 'unknown' });
    expect(noticePeriodOnPage(null, { kind: 'noProgramme' }, 0, BUNDLED_CALENDAR)).toEqual({ kind: 'noLength', reason: 'noProgramme' });
  });

  it('counts only the employer’s days when the notice gives no length, as the printed notice does', () => {
    expect(noticePeriodOnPage('2025-09-29', { kind: 'unknown' }, 3, BUNDLED_CALENDAR)).toMatchObject({ kind: 'computed', days: 3, end: '2025-10-09' });
  });
});
