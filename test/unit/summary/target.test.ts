// The target the count is measured against (wordcount.md, "What to show").
import { describe, expect, it } from 'vitest';
import { getProgramme } from '../../../shared/programmes';
import { greenThreshold, summaryTarget } from '../../../shared/summary/target';

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
