// The review's messages: every rule has its finding and its why in both languages, with the same
// placeholders, and every parameter a rule gives is one its message uses (nothing vanishes silently).
import { describe, expect, it } from 'vitest';
import { findingMessage, reviewDictionary } from '../../../shared/i18n/review';
import { REVIEW_RULES, reviewApplication } from '../../../shared/review';
import { acknowledgedLines } from '../../../shared/review/acknowledged';
import { reviewContextOf } from '../../../shared/review/fromApplication';
import { emptyApplication } from '../../../shared/application/schema';
import { emptyForm } from '../../../shared/form/schema';
import { emptyProfile } from '../../../shared/profile/defaults';
import { getProgramme } from '../../../shared/programmes';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the review dictionary', () => {
  it.each(Object.keys(reviewDictionary.zh) as (keyof typeof reviewDictionary.zh)[])('%s has the same placeholders in both languages', (key) => {
    expect(reviewDictionary.en[key].trim()).not.toBe('');
    expect(placeholders(reviewDictionary.en[key])).toEqual(placeholders(reviewDictionary.zh[key]));
  });

  it.each(REVIEW_RULES)('%s has a message and a why', (rule) => {
    expect(reviewDictionary.zh).toHaveProperty(`review.rule.${rule}`);
    expect(reviewDictionary.zh).toHaveProperty(`review.why.${rule}`);
  });

  it('fills every placeholder of the findings a rich application gives, in both languages', () => {
    const findings = reviewApplication({
      summaryText: 'I led the team【待填写】 and more English words than Chinese here，2013年至今在甲公司工作，预计2027年完成，申报高级工程师。',
      summaryMinimum: 10,
      employerName: '乙公司',
      workPeriods: [{ employer: '甲公司', start: '2015-01-01', end: null }],
      items: [{ kind: 'paper', title: '某论文题目', date: '2027-01-01' }],
      today: '2026-12-06',
      appliedTitle: '工程师',
      knownTitles: ['工程师', '高级工程师'],
    });
    expect(new Set(findings.map((finding) => finding.rule)).size).toBeGreaterThanOrEqual(8);
    for (const finding of findings) {
      for (const language of ['zh', 'en'] as const) expect(findingMessage(language, finding)).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('the review names the paper the programme has', () => {
  const finding = { rule: 'title-differs' as const, params: { named: '高级工程师', applied: '工程师' } };

  it("names Shanghai's 考核认定表 by default, and TitlePrep's 申报信息汇总 where the programme publishes no form", () => {
    expect(findingMessage('zh', finding)).toBe('总结中申报的是“高级工程师”，考核认定表中申报的是“工程师”');
    expect(findingMessage('zh', finding, 'details')).toBe('总结中申报的是“高级工程师”，申报信息汇总中申报的是“工程师”');
    expect(findingMessage('en', finding, 'details')).toContain('the application details for “工程师”');
  });

  it('the cover sheet lists an acknowledged warning with the same name', () => {
    const [line] = acknowledgedLines([{ ...finding, key: 'k', severity: 'warning', target: { page: 'summary', paragraph: 0 } } as never], 'details');
    expect(line!.zh).toContain('申报信息汇总');
    expect(line!.zh).not.toContain('考核认定表');
  });

  const programmeOf = (id: string) => {
    const result = getProgramme(id);
    if (!result.ok) throw new Error(`no programme ${id}`);
    return result.value;
  };

  it("a programme without a published form (Guangzhou) gives the review context the details sheet's name", () => {
    const context = (id: string) => reviewContextOf({ profile: emptyProfile(), application: { ...emptyApplication(), programmeId: id }, programme: programmeOf(id), form: emptyForm() });
    expect(context('guangzhou-2025').formName).toBe('details');
    expect(context('shanghai-c-r3').formName).toBe('form');
  });
});
