// The review's messages: every rule has its finding and its why in both languages, with the same
// placeholders, and every parameter a rule gives is one its message uses (nothing vanishes silently).
import { describe, expect, it } from 'vitest';
import { findingMessage, reviewDictionary } from '../../../shared/i18n/review';
import { REVIEW_RULES, reviewApplication } from '../../../shared/review';

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
