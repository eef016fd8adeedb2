// A finding's link: the summary at its paragraph (the route keeps the paragraph, and only a number), the form
// at the item's title field, the profile at the work period's employer.
import { describe, expect, it } from 'vitest';
import type { ReviewFinding } from '../../../shared/review';
import { hrefOfFinding } from '../../../renderer/src/review/reviewLinks';
import { hrefOf, parseRoute } from '../../../renderer/src/router';

const ID = '11111111-1111-4111-8111-111111111111';
const base = { severity: 'warning', key: 'k', params: {} } as const;

describe('links of the review', () => {
  it('round-trips the summary paragraph through the address, and ignores one that is not a number', () => {
    expect(parseRoute(hrefOf({ name: 'summary', applicantId: ID, paragraph: 4 }))).toEqual({ name: 'summary', applicantId: ID, paragraph: 4 });
    expect(parseRoute(`#/applicants/${ID}/summary?paragraph=abc`)).toEqual({ name: 'summary', applicantId: ID });
    expect(parseRoute(`#/applicants/${ID}/summary`)).toEqual({ name: 'summary', applicantId: ID });
  });

  it('leads a paragraph finding to the summary at that paragraph', () => {
    const finding: ReviewFinding = { ...base, rule: 'future-date', paragraph: 2, target: { page: 'summary', paragraph: 2 } };
    expect(hrefOfFinding(ID, finding, [])).toBe(`#/applicants/${ID}/summary?paragraph=2`);
  });

  it('leads an item finding to its row’s title field, an award to its name', () => {
    const rows = [{ list: 'papers', index: 3 }, { list: 'awards', index: 0 }] as const;
    const paper: ReviewFinding = { ...base, rule: 'item-not-mentioned', item: 0, target: { page: 'form', kind: 'paper', itemIndex: 0 } };
    const award: ReviewFinding = { ...base, rule: 'item-not-mentioned', item: 1, target: { page: 'form', kind: 'award', itemIndex: 1 } };
    expect(hrefOfFinding(ID, paper, [...rows])).toBe(`#/applicants/${ID}/form?field=papers.3.title`);
    expect(hrefOfFinding(ID, award, [...rows])).toBe(`#/applicants/${ID}/form?field=awards.0.name`);
  });

  it('leads the employer’s name to the work period in the profile', () => {
    const finding: ReviewFinding = { ...base, rule: 'employer-name-differs', target: { page: 'profile', path: ['workPeriods', 1, 'employer'] } };
    expect(hrefOfFinding(ID, finding, [])).toBe(`#/applicants/${ID}/profile?field=workPeriods.1.employer`);
  });
});
