// Guangzhou: the catalogue gives the corresponding level; the annual evaluation's thresholds and dates are
// unknown, so no level is ever "eligible" — at best unknown, with the reason shown.
import { describe, expect, it } from 'vitest';
import type { EligibilityFacts } from '../../../shared/eligibility';
import { assess, qualified } from './applicant';

const inGuangzhou: EligibilityFacts = { ...qualified, catalogueLevel: 'intermediate' };
const guangzhou = (facts: typeof inGuangzhou) => assess(facts, { today: '2026-01-10' }, 'guangzhou-2025');
const check = (facts: typeof inGuangzhou, level: number, id: string) => guangzhou(facts).levels[level]?.checks.find((entry) => entry.id === id);

describe('Guangzhou 2025 catalogue', () => {
  it('no level is eligible: the annual evaluation decides, thresholds unknown', () => {
    const assessment = guangzhou(inGuangzhou);
    expect(assessment.levels.map((level) => level.status)).toEqual(['unknown', 'unknown', 'unknown']);
    for (const level of assessment.levels) {
      expect(level.checks.find((entry) => entry.id === 'annual-evaluation')?.status).toBe('unknown');
      expect(level.checks.find((entry) => entry.id === 'degree-and-years')?.messageKey).toBe('eligibility.years.thresholdsUnknown');
    }
  });

  it('the corresponding level passes the catalogue check; a higher level is unknown (years not published)', () => {
    expect(check(inGuangzhou, 1, 'catalogue-level')?.status).toBe('pass');
    expect(check(inGuangzhou, 2, 'catalogue-level')?.messageKey).toBe('eligibility.catalogue.higher');
    expect(check({ ...inGuangzhou, catalogueLevel: null }, 1, 'catalogue-level')?.status).toBe('unknown');
  });

  it('work in Guangzhou is required: none entered fails, some is unknown (duration not published)', () => {
    const nowhere = { ...inGuangzhou, workPeriods: [{ start: '2015-01-01', end: null, relevant: true, inCity: false }] };
    expect(guangzhou(nowhere).levels[1]?.status).toBe('not-eligible');
    expect(check(inGuangzhou, 1, 'work-in-city')?.status).toBe('unknown');
  });

  it('the catalogue benchmarks engineering titles only: the finance field is not covered', () => {
    const finance = { ...inGuangzhou, field: 'finance-management' as const, series: 'accounting' as const };
    expect(check(finance, 2, 'series-for-field')?.status).toBe('fail');
  });

  it('has no verification or earlier-round checks (no such rule is published)', () => {
    const ids = guangzhou(inGuangzhou).levels[1]?.checks.map((entry) => entry.id);
    expect(ids).not.toContain('certificate-verified');
    expect(ids).not.toContain('earlier-rounds');
  });
});
