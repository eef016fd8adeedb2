// Properties that must hold for any applicant: more relevant experience never lowers a level's status, and
// neither the order of the work periods nor a duplicated period changes anything.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessEligibility, type EligibilityFacts, type LevelStatus, type WorkPeriodFact } from '../../../shared/eligibility';
import { DEGREES, FIELDS, PROGRAMME_IDS, SERIES } from '../../../shared/programmes';
import { programme } from './applicant';

const TODAY = '2025-09-10';
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const FIRST = Date.UTC(2000, 0, 1);
const LAST = Date.UTC(2025, 8, 10);

const period: fc.Arbitrary<WorkPeriodFact> = fc
  .record({
    start: fc.integer({ min: 0, max: (LAST - FIRST) / DAY }),
    length: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: null }),
    relevant: fc.boolean(),
    inCity: fc.boolean(),
    overseas: fc.boolean(),
  })
  .map(({ start, length, relevant, inCity, overseas }) => ({
    start: iso(FIRST + start * DAY),
    end: length === null ? null : iso(FIRST + (start + length) * DAY),
    relevant,
    inCity,
    overseas,
  }));

const facts: fc.Arbitrary<EligibilityFacts> = fc.record({
  degree: fc.constantFrom(...DEGREES),
  scienceOrEngineeringDegree: fc.boolean(),
  field: fc.constantFrom(...FIELDS),
  series: fc.constantFrom(...SERIES),
  workPeriods: fc.array(period, { maxLength: 6 }),
  certificateVerifiedOn: fc.option(fc.constantFrom('2024-08-01', '2025-08-31', '2025-09-01'), { nil: null }),
  earlierRounds: fc.subarray(['shanghai-c-r1', 'shanghai-c-r2']),
  catalogueLevel: fc.option(fc.constantFrom('junior' as const, 'intermediate' as const, 'associate-senior' as const), { nil: null }),
});

const RANK: Record<LevelStatus, number> = { 'not-eligible': 0, unknown: 1, eligible: 2 };
const options = fc.record({ id: fc.constantFrom(...PROGRAMME_IDS), countOverseas: fc.boolean() });
const run = (input: EligibilityFacts, id: string, countOverseas: boolean) => assessEligibility(programme(id), input, { today: TODAY, countOverseas });

describe('eligibility properties', () => {
  it('adding relevant experience never lowers a level’s status', () => {
    fc.assert(
      fc.property(facts, period, options, (input, extra, { id, countOverseas }) => {
        const before = run(input, id, countOverseas).levels;
        const after = run({ ...input, workPeriods: [...input.workPeriods, { ...extra, relevant: true }] }, id, countOverseas).levels;
        after.forEach((level, index) => expect(RANK[level.status]).toBeGreaterThanOrEqual(RANK[before[index]?.status ?? 'not-eligible']));
      }),
      { numRuns: 300 },
    );
  });

  it('the order of the periods never matters', () => {
    fc.assert(
      fc.property(facts, fc.infiniteStream(fc.nat()), options, (input, randoms, { id, countOverseas }) => {
        const shuffled = [...input.workPeriods];
        const stream = randoms[Symbol.iterator]();
        for (let i = shuffled.length - 1; i > 0; i -= 1) {
          const j = (stream.next().value as number) % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j] as WorkPeriodFact, shuffled[i] as WorkPeriodFact];
        }
        expect(run({ ...input, workPeriods: shuffled }, id, countOverseas).levels).toEqual(run(input, id, countOverseas).levels);
      }),
      { numRuns: 200 },
    );
  });

  it('duplicating a period changes nothing', () => {
    fc.assert(
      fc.property(facts.filter((input) => input.workPeriods.length > 0), fc.nat(), options, (input, pick, { id, countOverseas }) => {
        const copy = input.workPeriods[pick % input.workPeriods.length] as WorkPeriodFact;
        const doubled = run({ ...input, workPeriods: [...input.workPeriods, { ...copy }] }, id, countOverseas);
        const single = run(input, id, countOverseas);
        expect(doubled.levels).toEqual(single.levels);
        expect(doubled.experience).toEqual(single.experience);
      }),
      { numRuns: 200 },
    );
  });

  it('a level with an unknown check is never eligible; a level is eligible only when every check passes', () => {
    fc.assert(
      fc.property(facts, options, (input, { id, countOverseas }) => {
        for (const level of run(input, id, countOverseas).levels) {
          const statuses = level.checks.map((check) => check.status);
          if (statuses.includes('unknown')) expect(level.status).not.toBe('eligible');
          expect(level.status === 'eligible').toBe(statuses.every((status) => status === 'pass'));
        }
      }),
      { numRuns: 200 },
    );
  });
});
