// The target the count is measured against (wordcount.md, "What to show").
import { describe, expect, it } from 'vitest';
import { getProgramme } from '../../../shared/programmes';
import { t } from '../../../shared/i18n/app';
import { farBeyondTarget, greenThreshold, summaryTarget } from '../../../shared/summary/target';

describe('summary length target', () => {
  it('is the programme minimum when the notice gives one (Shanghai: at least 3,000 字)', () => {
    const programme = getProgramme('shanghai-c-r3');
    if (!programme.ok) throw new Error(programme.error.message);
    expect(summaryTarget(programme.value)).toEqual({ words: 3000, fromProgramme: true, green: 3090 });
  });

  it('falls back to the default, and says so, when the programme gives none (Guangzhou)', () => {
    const programme = getProgramme('guangzhou-2025');
    if (!programme.ok) throw new Error(programme.error.message);
    expect(programme.value.summaryMinChars.value).toBeNull();
    expect(summaryTarget(programme.value)).toMatchObject({ words: 3000, fromProgramme: false });
  });

  it('turns green only at target + 3 %, rounded up', () => {
    expect(greenThreshold(3000)).toBe(3090);
    expect(greenThreshold(1000)).toBe(1030);
    expect(greenThreshold(3001)).toBe(3092);
  });
});

describe('a summary far beyond its target', () => {
  it('is named from twice the target (the factor of count-target.json), with how many times over', () => {
    expect(farBeyondTarget(3000 * 13, 3000)).toBe(13);
    expect(farBeyondTarget(6000, 3000)).toBe(2);
    expect(farBeyondTarget(5999, 3000)).toBeNull();
    expect(farBeyondTarget(3090, 3000)).toBeNull();
  });

  it('says so in both languages instead of only "Target reached"', () => {
    expect(t('en', 'count.farBeyond', { count: '39,000', target: '3,000', times: '13' })).toContain('13 times the 3,000 字');
    expect(t('zh', 'count.farBeyond', { count: '39,000', target: '3,000', times: '13' })).toContain('13 倍');
  });
});
