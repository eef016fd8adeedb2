// The Chinese working calendar: Monday–Friday, minus statutory days off, plus 调休 weekends; a year with no
// data is never silently treated as Monday–Friday.
import { describe, expect, it } from 'vitest';
import { BUNDLED_HOLIDAY_YEARS, CalendarInputError, addWorkdays, createWorkCalendar, isWorkday, publicNoticeWindow, workdaysInYear } from '../../../shared/calendar/workdays';

describe('working days per year (policy.md table)', () => {
  it.each([
    [2024, 251],
    [2025, 248],
    [2026, 248],
  ])('%i has %i working days, from data', (year, expected) => {
    expect(workdaysInYear(year)).toEqual({ workdays: expected, known: true });
  });

  it('2027 has no bundled data: counted Monday–Friday and said to be unknown', () => {
    expect(workdaysInYear(2027).known).toBe(false);
  });
});

describe('isWorkday', () => {
  const adjusted = BUNDLED_HOLIDAY_YEARS.flatMap((year) => year.adjustedWorkdays);

  it.each(adjusted)('调休上班 %s (a Saturday or Sunday) is a working day', (date) => {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    expect([0, 6]).toContain(weekday);
    expect(isWorkday(date)).toEqual({ workday: true, known: true });
  });

  it('statutory days off on weekdays are not working days', () => {
    for (const date of ['2024-01-01', '2024-10-02', '2025-01-28', '2025-10-08', '2026-02-16', '2026-09-25']) {
      expect(isWorkday(date), date).toEqual({ workday: false, known: true });
    }
  });

  it('an ordinary weekday works and an ordinary weekend does not', () => {
    expect(isWorkday('2025-09-10')).toEqual({ workday: true, known: true });
    expect(isWorkday('2025-09-13')).toEqual({ workday: false, known: true });
  });

  it('a day of 2027 says its answer is a guess (known: false)', () => {
    // 2027-02-08 is a Monday, probably inside the Spring Festival: we cannot know.
    expect(isWorkday('2027-02-08')).toEqual({ workday: true, known: false });
  });

  it('refuses an impossible date with a typed error', () => {
    expect(() => isWorkday('2025-02-29')).toThrow(CalendarInputError);
    expect(() => isWorkday('2025-2-1')).toThrow(CalendarInputError);
  });
});

describe('addWorkdays', () => {
  it('skips the National Day holiday and counts the 调休 Saturday', () => {
    // 2025-09-30 (Tue) + 1 → 10-09 (Thu), since 10-01..10-08 are off; 10-11 (Sat) is an adjusted working day.
    expect(addWorkdays('2025-09-30', 1)).toEqual({ date: '2025-10-09', missingYears: [] });
    expect(addWorkdays('2025-10-09', 2)).toEqual({ date: '2025-10-11', missingYears: [] });
  });

  it('goes backwards for a negative count, and 0 is the date itself', () => {
    expect(addWorkdays('2025-10-09', -1).date).toBe('2025-09-30');
    expect(addWorkdays('2025-10-04', 0).date).toBe('2025-10-04');
  });

  it('reports 2027 when the walk reaches it', () => {
    expect(addWorkdays('2026-12-30', 5).missingYears).toEqual([2027]);
  });

  it('refuses a fractional count', () => {
    expect(() => addWorkdays('2025-01-02', 1.5)).toThrow(CalendarInputError);
  });
});

describe('publicNoticeWindow (公示期不少于 5 个工作日)', () => {
  it('a window opened on a weekday runs five working days, start included', () => {
    expect(publicNoticeWindow('2025-09-01', 5)).toEqual({ start: '2025-09-01', end: '2025-09-05', missingYears: [] });
  });

  it('a window asked for on a day off starts on the next working day, and the 调休 Saturday counts', () => {
    // 10-09 Thu, 10-10 Fri, 10-11 Sat (调休上班), 10-13 Mon, 10-14 Tue.
    expect(publicNoticeWindow('2025-10-01', 5)).toEqual({ start: '2025-10-09', end: '2025-10-14', missingYears: [] });
  });

  it('an adjusted Sunday counts: 2025-09-28 is a working day', () => {
    expect(publicNoticeWindow('2025-09-27', 3)).toEqual({ start: '2025-09-28', end: '2025-09-30', missingYears: [] });
  });

  it('the Spring Festival of 2026 moves the end past the holiday', () => {
    // 02-12 Thu, 02-13 Fri, 02-14 Sat (调休上班), 02-15..23 off, 02-24 Tue, 02-25 Wed.
    expect(publicNoticeWindow('2026-02-12', 5)).toEqual({ start: '2026-02-12', end: '2026-02-25', missingYears: [] });
  });

  it('a window touching 2027 reports missingYears [2027]', () => {
    expect(publicNoticeWindow('2026-12-28', 5)).toEqual({ start: '2026-12-28', end: '2027-01-01', missingYears: [2027] });
  });

  it('a window entirely in 2027 reports it too', () => {
    expect(publicNoticeWindow('2027-03-01', 5).missingYears).toEqual([2027]);
  });

  it('needs at least one working day', () => {
    expect(() => publicNoticeWindow('2025-09-01', 0)).toThrow(CalendarInputError);
  });
});

describe('user-entered years (overrides)', () => {
  const year2027 = {
    year: 2027,
    daysOff: [{ from: '2027-02-06', to: '2027-02-12' }],
    adjustedWorkdays: ['2027-02-14'],
    source: 'typed by hand for the test',
    userEntered: true,
  };

  it('a user year removes the warning and applies its days off and 调休', () => {
    const calendar = createWorkCalendar(BUNDLED_HOLIDAY_YEARS, [year2027]);
    if (!calendar.ok) throw new Error(calendar.error.message);
    expect(isWorkday('2027-02-08', calendar.value)).toEqual({ workday: false, known: true });
    expect(isWorkday('2027-02-14', calendar.value)).toEqual({ workday: true, known: true });
    expect(publicNoticeWindow('2026-12-28', 5, calendar.value).missingYears).toEqual([]);
    expect(calendar.value.get(2027)?.userEntered).toBe(true);
  });

  it('a user year replaces the bundled year of the same number, marked user-entered', () => {
    const calendar = createWorkCalendar(BUNDLED_HOLIDAY_YEARS, [{ year: 2026, daysOff: [], adjustedWorkdays: [], source: 'x', userEntered: true }]);
    if (!calendar.ok) throw new Error(calendar.error.message);
    expect(calendar.value.get(2026)?.userEntered).toBe(true);
    expect(workdaysInYear(2026, calendar.value).workdays).toBe(261);
  });

  it.each([
    ['a date outside the year', { ...year2027, adjustedWorkdays: ['2028-01-08'] }, 'calendar.dateOutsideYear'],
    ['an adjusted working day on a weekday', { ...year2027, adjustedWorkdays: ['2027-02-15'] }, 'calendar.adjustedNotWeekend'],
    ['a day both off and working', { ...year2027, adjustedWorkdays: ['2027-02-06'] }, 'calendar.bothOffAndWorking'],
    ['an impossible date', { ...year2027, daysOff: [{ from: '2027-02-30', to: '2027-03-01' }] }, 'date.invalid'],
    ['a range ending before it starts', { ...year2027, daysOff: [{ from: '2027-02-12', to: '2027-02-06' }] }, 'date.endBeforeStart'],
    ['no source', { ...year2027, source: ' ' }, 'field.required'],
  ])('refuses %s with a validation error', (_name, input, key) => {
    const calendar = createWorkCalendar(BUNDLED_HOLIDAY_YEARS, [input]);
    expect(calendar.ok).toBe(false);
    if (!calendar.ok) {
      expect(calendar.error.code).toBe('validation');
      expect(calendar.error.issues?.map((issue) => issue.key)).toContain(key);
    }
  });

  it('refuses the same year twice', () => {
    const calendar = createWorkCalendar(BUNDLED_HOLIDAY_YEARS, [year2027, year2027]);
    expect(calendar.ok).toBe(false);
  });

  it('refuses something that is not a year at all, without throwing', () => {
    expect(createWorkCalendar(BUNDLED_HOLIDAY_YEARS, [null, 'x']).ok).toBe(false);
  });
});

describe('bundled data', () => {
  it('every bundled year validates and cites the State Council notice by its title', () => {
    const calendar = createWorkCalendar([], BUNDLED_HOLIDAY_YEARS.map((year) => ({ ...year, userEntered: false })));
    expect(calendar.ok).toBe(true);
    for (const year of BUNDLED_HOLIDAY_YEARS) expect(year.source).toBe(`国务院办公厅关于${year.year}年部分节假日安排的通知`);
  });
});
