// Bad input never yields "eligible" by default and never throws: a typed problem and unknown checks instead.
import { describe, expect, it } from 'vitest';
import { assessEligibility, assessEligibilityFor, type EligibilityFacts } from '../../../shared/eligibility';
import { deriveRound, getProgramme } from '../../../shared/programmes';
import { assess, levelOf, programme, qualified } from './applicant';

const broken = (facts: unknown) => assess(facts as Partial<EligibilityFacts>);
/** Intermediate and associate senior use every fact; junior needs no verification (the notice applies it to the committee levels). */
const never = (facts: unknown) => broken(facts).levels.slice(1).every((level) => level.status !== 'eligible');

describe('bad input', () => {
  it('an end before the start: a problem on that period, and levels that need it unknown', () => {
    const assessment = broken({ ...qualified, workPeriods: [{ start: '2020-01-01', end: '2019-01-01', relevant: true, inCity: true }] });
    expect(assessment.problems).toContainEqual({ path: ['workPeriods', 0, 'end'], key: 'eligibility.problem.endBeforeStart' });
    expect(assessment.levels[1]?.status).toBe('unknown');
    expect(assessment.levels[1]?.missing).toContain('workPeriods');
  });

  it.each(['2023-02-29', '2025-13-01', '2025-1-1', 20200101])('an impossible date (%s) is a problem, never counted', (start) => {
    const assessment = broken({ ...qualified, workPeriods: [{ start, end: null, relevant: true, inCity: true }] });
    expect(assessment.problems[0]).toMatchObject({ path: ['workPeriods', 0, 'start'], key: 'eligibility.problem.invalidDate' });
    expect(assessment.experience.unreadablePeriods).toEqual([0]);
    expect(assessment.levels[1]?.status).toBe('unknown');
  });

  it.each(['', null])('a missing start date (%j) is reported as missing, never counted', (start) => {
    const assessment = broken({ ...qualified, workPeriods: [{ start, end: null, relevant: true, inCity: true }] });
    expect(assessment.problems[0]).toMatchObject({ path: ['workPeriods', 0, 'start'], key: 'eligibility.problem.missingStart' });
    expect(assessment.experience.unreadablePeriods).toEqual([0]);
    expect(assessment.levels[1]?.status).toBe('unknown');
  });

  it('a period starting after today is a problem', () => {
    const assessment = broken({ ...qualified, workPeriods: [{ start: '2025-10-01', end: null, relevant: true, inCity: true }] });
    expect(assessment.problems).toContainEqual({ path: ['workPeriods', 0, 'start'], key: 'eligibility.problem.futureStart' });
  });

  it('a broken period does not spoil a count that suffices without it', () => {
    const facts = { ...qualified, workPeriods: [...qualified.workPeriods, { start: 'soon', end: null, relevant: true, inCity: true }] };
    expect(levelOf(facts, 'associate-senior').status).toBe('eligible');
  });

  it('a missing degree makes the years check unknown and lists what is missing', () => {
    const level = levelOf({ ...qualified, degree: null }, 'intermediate');
    expect(level.status).toBe('unknown');
    expect(level.missing).toEqual(['degree']);
  });

  it('every missing fact leaves every level not eligible', () => {
    const assessment = broken({});
    expect(assessment.levels.map((level) => level.status)).not.toContain('eligible');
    expect(assessment.levels[1]?.missing).toEqual(
      expect.arrayContaining(['degree', 'workPeriods', 'field', 'certificateVerifiedOn', 'earlierRounds']),
    );
  });

  it.each([
    ['a degree that is not one of ours', { ...qualified, degree: 'phd' }],
    ['a flag that is not a boolean', { ...qualified, scienceOrEngineeringDegree: 'yes' }],
    ['periods that are not a list', { ...qualified, workPeriods: 'ten years' }],
    ['a period without its flags', { ...qualified, workPeriods: [{ start: '2010-01-01', end: null }] }],
    ['a verification date that does not exist', { ...qualified, certificateVerifiedOn: '2025-02-30' }],
    ['earlier rounds that are not a list of ids', { ...qualified, earlierRounds: 'none' }],
    ['facts that are not an object', null],
    ['facts that are a string', 'master'],
  ])('%s: a problem, never eligible at a committee level, no throw', (_name, facts) => {
    expect(broken(facts).problems.length).toBeGreaterThan(0);
    expect(never(facts)).toBe(true);
  });

  it("an invalid 'today' is a problem and deadlines are not judged against it", () => {
    const assessment = assess({ ...qualified, certificateVerifiedOn: null }, { today: 'tomorrow' });
    expect(assessment.problems).toContainEqual({ path: ['today'], key: 'eligibility.problem.invalidToday' });
    expect(assessment.levels[1]?.checks.find((check) => check.id === 'certificate-verified')?.status).toBe('unknown');
  });

  it('a verification date after today is unknown, not a pass', () => {
    const assessment = assess({ ...qualified, certificateVerifiedOn: '2025-08-20' }, { today: '2025-08-10' });
    expect(assessment.levels[1]?.checks.find((check) => check.id === 'certificate-verified')?.status).toBe('unknown');
  });

  it('an unknown programme id is a not-found error', () => {
    const result = assessEligibilityFor('shanghai-c-r9', qualified);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('not-found');
  });

  it('something that is not a programme yields no levels and a problem, without throwing', () => {
    const result = assessEligibility(getProgramme('shanghai-c-r3') as never, qualified);
    expect(result.levels).toEqual([]);
    expect(result.problems[0]).toMatchObject({ path: ['programme'] });
  });

  it('a malformed user round is refused before it can be assessed', () => {
    expect(deriveRound(programme('shanghai-c-r3'), { id: 'shanghai-c-r4', name: { zh: '', en: '' } }).ok).toBe(false);
  });

  it('a user round with unknown dates gives unknown, not eligible', () => {
    const round = deriveRound(programme('shanghai-c-r3'), { id: 'shanghai-c-r4', name: { zh: '第四批', en: 'Round 4' } });
    if (!round.ok) throw new Error(round.error.message);
    const assessment = assessEligibility(round.value, qualified, { today: '2026-09-01' });
    expect(assessment.levels.map((level) => level.status)).toEqual(['unknown', 'unknown', 'unknown']);
    expect(assessment.levels[1]?.missing).toEqual(expect.arrayContaining(['programme.experienceCountedTo', 'programme.certificateVerifiedBy']));
  });
});
