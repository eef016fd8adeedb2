// The notice's dates as one fact: the end derived from the start, HR's end only when it differs, and the
// stage the dashboard shows by the app's today.
import { describe, expect, it } from 'vitest';
import { noticeDates, noticeStage, recordedNoticeEnd } from '../../../shared/tracker/noticeDates';

const window = { from: '2025-09-15', to: '2025-09-19' };

describe('the notice end is derived from the start', () => {
  it('without a record of HR, the end is the computed one', () => {
    expect(noticeDates(window, '2025-09-15', null)).toEqual({ start: '2025-09-15', plannedEnd: '2025-09-19', endOverride: null, end: '2025-09-19' });
  });

  it('a start on a day off reads as the working day the notice starts on', () => {
    expect(noticeDates(window, '2025-09-13', null).start).toBe('2025-09-15');
  });

  it('a record equal to the computed end is no override', () => {
    expect(noticeDates(window, '2025-09-15', '2025-09-19').endOverride).toBeNull();
  });

  it('a different record is the override, and the end that holds', () => {
    expect(noticeDates(window, '2025-09-15', '2025-09-24')).toMatchObject({ plannedEnd: '2025-09-19', endOverride: '2025-09-24', end: '2025-09-24' });
  });

  it('no computed period (no length known): the start entered, and only HR’s end if any', () => {
    expect(noticeDates(null, '2025-09-15', null)).toEqual({ start: '2025-09-15', plannedEnd: null, endOverride: null, end: null });
    expect(noticeDates(null, '2025-09-15', '2025-09-22')).toMatchObject({ endOverride: '2025-09-22', end: '2025-09-22' });
  });

  it('what HR types is stored only when it differs from the computed end', () => {
    expect(recordedNoticeEnd('2025-09-19', '2025-09-19')).toBeNull();
    expect(recordedNoticeEnd('2025-09-24', '2025-09-19')).toBe('2025-09-24');
    expect(recordedNoticeEnd(null, '2025-09-19')).toBeNull();
    expect(recordedNoticeEnd('2025-09-24', null)).toBe('2025-09-24');
  });
});

describe('posted means the start is on or before today', () => {
  const dates = { start: '2025-09-15', end: '2025-09-19' };
  it.each([
    ['2025-09-01', 'scheduled'],
    ['2025-09-14', 'scheduled'],
    ['2025-09-15', 'posted'],
    ['2025-09-19', 'posted'],
    ['2025-09-20', 'ended'],
  ] as const)('on %s the notice is %s', (today, stage) => {
    expect(noticeStage(dates, today)).toBe(stage);
  });

  it('no start: undated; no end known: posted from the start on', () => {
    expect(noticeStage({ start: null, end: null }, '2025-09-20')).toBe('undated');
    expect(noticeStage({ start: '2025-09-15', end: null }, '2026-01-01')).toBe('posted');
  });
});
