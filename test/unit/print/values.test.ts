// One printed cell: a value, 待填写 (required and missing wins over empty), 无 (a section the online system
// wants filled), or nothing; and the date formats of the documents.
import { describe, expect, it } from 'vitest';
import { reportForPrinting } from '../../../shared/form/validation';
import { MissingFields, beijingTime, cell, chineseDate, periodText, plainText } from '../../../shared/print/values';
import { sampleApplicationFile } from '../../support/forms';

describe('a cell', () => {
  it('prints the value when there is one, even if the report listed the field', () => {
    expect(cell('张伟', true)).toEqual({ kind: 'text', text: '张伟' });
  });

  it('an empty required value is missing; an empty optional one is blank, or 无 where the system wants a value', () => {
    expect(cell('', true)).toEqual({ kind: 'missing' });
    expect(cell(null, false)).toEqual({ kind: 'blank' });
    expect(cell('', false, true)).toEqual({ kind: 'none' });
    expect(cell('', true, true)).toEqual({ kind: 'missing' });
  });

  it('as plain text: 无, 【待填写】 only when marking', () => {
    expect(plainText({ kind: 'none' }, false)).toBe('无');
    expect(plainText({ kind: 'missing', text: '2025-09-01' }, true)).toBe('2025-09-01 【待填写】');
    expect(plainText({ kind: 'missing', text: '2025-09-01' }, false)).toBe('2025-09-01');
  });
});

describe('missing fields come from the report before printing', () => {
  it('by page and path; hints do not count', () => {
    const file = sampleApplicationFile({ form: { ...sampleApplicationFile().form, achievements: [] } });
    const missing = new MissingFields(file.report);
    expect(missing.size).toBe(0);
    // The empty achievements list is only a hint.
    expect(file.report.items.some((item) => item.severity === 'hint')).toBe(true);
    const report = reportForPrinting({ ...file, profile: { ...file.stored.profile, person: { ...file.stored.profile.person, phone: '' } }, summary: null });
    const withGaps = new MissingFields(report);
    expect(withGaps.has('profile', 'person', 'phone')).toBe(true);
    expect(withGaps.has('summary')).toBe(true);
    expect(withGaps.has('profile', 'person', 'email')).toBe(false);
  });
});

describe('dates', () => {
  it('the notice writes 2025年9月1日', () => {
    expect(chineseDate('2025-09-01')).toBe('2025年9月1日');
    expect(chineseDate('2027-12-31')).toBe('2027年12月31日');
  });

  it('a month or a year alone, and text that is no date, are written as they can be, never guessed', () => {
    expect(chineseDate('2025-09')).toBe('2025年9月');
    expect(chineseDate('2025')).toBe('2025年');
    expect(chineseDate('九月')).toBe('九月');
  });

  it('periods: both ends, ongoing, or a missing end, in the one date style of paper (2025年9月1日)', () => {
    expect(periodText('2006-09-01', '2010-07-01', false)).toBe('2006年9月1日至2010年7月1日');
    expect(periodText('2015-01-01', null, true)).toBe('2015年1月1日至今');
    expect(periodText('2015-01-01', null, false)).toBe('2015年1月1日至');
    expect(periodText(null, null, true)).toBe('');
  });

  it('the draft mark\'s time is Beijing time whatever the machine\'s zone', () => {
    expect(beijingTime('2025-09-01T18:30:00Z')).toBe('2025-09-02 02:30');
    expect(beijingTime('not a time')).toBe('not a time');
  });
});
