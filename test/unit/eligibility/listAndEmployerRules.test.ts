// The rules of issue 11, each from the notices' words (seed 003 prevails; 000 and 001 agree):
// - "《上海市境外职业资格证书认可清单》C类项目持证人员" (003 二): only Category C holders apply;
// - "事业单位工作人员在专业技术岗位数量和结构比例内，经上级主管部门同意后，可在现有职称基础上申请参加高一级职称的考核认定" (003 二);
// - "持证人员原则上应在本市从事…相关的专业技术工作 1 年以上" (003 三(二)): a rule in principle;
// - whether overseas years count is the committee's judgement (policy.md; 001: counted as domestic for Category A);
// - the round is open only inside its materials window ("2025年9月1日至9月19日", 000).
// Guangzhou (004): "valid overseas qualifications", renewals "accumulated with their original validity".
import { describe, expect, it } from 'vitest';
import { assessEligibility, roundStatusOf } from '../../../shared/eligibility';
import { deriveRound } from '../../../shared/programmes';
import { TODAY_R3, assess, checkOf, levelOf, programme, qualified, workedFrom } from './applicant';

describe('only holders of a Category C certificate of the list the round names (C类项目持证人员)', () => {
  it('a Category A holder fails every level, junior included', () => {
    const assessment = assess({ ...qualified, certificateCategories: ['A'] });
    expect(assessment.levels.map((level) => level.status)).toEqual(['not-eligible', 'not-eligible', 'not-eligible']);
    const check = checkOf({ ...qualified, certificateCategories: ['A'] }, 'junior', 'certificate-category');
    expect(check.status).toBe('fail');
    expect(check.message.zh).toContain('C类');
    expect(check.message.en).toContain('Category C');
  });

  it('A, B and D together still fail; C among several categories suffices', () => {
    expect(checkOf({ ...qualified, certificateCategories: ['A', 'B', 'D'] }, 'intermediate', 'certificate-category').status).toBe('fail');
    expect(checkOf({ ...qualified, certificateCategories: ['A', 'B', 'C'] }, 'intermediate', 'certificate-category').status).toBe('pass');
  });

  it('an unknown category is unknown, and names what to enter', () => {
    for (const categories of [null, undefined, []]) {
      const check = checkOf({ ...qualified, certificateCategories: categories }, 'intermediate', 'certificate-category');
      expect(check.status).toBe('unknown');
      expect(check.missing).toEqual(['certificateCategories']);
    }
  });

  it('shows the list version the round names (round 3: List 2.0)', () => {
    const check = checkOf(qualified, 'intermediate', 'certificate-category');
    expect(check.message.zh).toContain('2.0');
    expect(check.message.en).toContain('2.0');
  });

  it('a certificate recorded under List 3.0 is not passed silently: the user checks the round\'s list (2.0)', () => {
    const check = checkOf({ ...qualified, certificateListVersion: '3.0' }, 'intermediate', 'certificate-category');
    expect(check.status).toBe('unknown');
    expect(check.missing).toEqual(['certificateListVersion']);
    expect(check.message.en).toMatch(/List 3\.0.*List 2\.0/);
  });

  it('round 2 cites its own notice in Chinese, word for word', () => {
    const check = checkOf({ ...qualified, certificateCategories: ['A'] }, 'intermediate', 'certificate-category', { today: '2024-09-10' }, 'shanghai-c-r2');
    expect(check.source).toMatchObject({ type: 'seed', document: '003_01d9550f129ab042.txt', language: 'zh' });
    expect(check.source.type === 'seed' ? check.source.quote : '').toContain('C类项目持证人员');
  });

  it('Guangzhou names no list category: no category check there', () => {
    const level = levelOf({ ...qualified, certificateCategories: ['A'] }, 'intermediate', { today: '2026-01-10' }, 'guangzhou-2025');
    expect(level.checks.some((check) => check.id === 'certificate-category')).toBe(false);
  });
});

describe('事业单位: within the post quota, with the supervising authority\'s consent, one level above the title held', () => {
  const institution = { ...qualified, employerKind: 'public-institution' as const, supervisorConsent: true, currentTitleLevel: 'intermediate' as const };

  it('an engineer of a public institution with an intermediate title and consent may apply for associate senior only', () => {
    const assessment = assess(institution);
    const byLevel = Object.fromEntries(assessment.levels.map((level) => [level.level, level.checks.find((check) => check.id === 'public-institution')?.status]));
    expect(byLevel).toEqual({ junior: 'fail', intermediate: 'fail', 'associate-senior': 'pass' });
    expect(assessment.levels.find((level) => level.level === 'associate-senior')?.status).toBe('eligible');
  });

  it('a junior title held opens the intermediate level only', () => {
    const facts = { ...institution, currentTitleLevel: 'junior' as const };
    expect(checkOf(facts, 'intermediate', 'public-institution').status).toBe('pass');
    expect(checkOf(facts, 'associate-senior', 'public-institution').status).toBe('fail');
  });

  it('consent refused fails every level; consent not entered is unknown', () => {
    for (const level of ['junior', 'intermediate', 'associate-senior'] as const) {
      expect(checkOf({ ...institution, supervisorConsent: false }, level, 'public-institution').status).toBe('fail');
    }
    const pending = checkOf({ ...institution, supervisorConsent: null }, 'associate-senior', 'public-institution');
    expect(pending.status).toBe('unknown');
    expect(pending.missing).toEqual(['supervisorConsent']);
  });

  it('the title held not entered is unknown, never a pass', () => {
    const check = checkOf({ ...institution, currentTitleLevel: null }, 'associate-senior', 'public-institution');
    expect(check.status).toBe('unknown');
    expect(check.missing).toEqual(['currentTitleLevel']);
  });

  it('an enterprise employee is not held to the rule; an employer kind not entered is unknown', () => {
    expect(checkOf({ ...qualified, employerKind: 'social-organization' }, 'intermediate', 'public-institution').status).toBe('pass');
    expect(checkOf({ ...qualified, employerKind: 'individual-business' }, 'intermediate', 'public-institution').status).toBe('pass');
    const unknown = checkOf({ ...qualified, employerKind: null }, 'intermediate', 'public-institution');
    expect(unknown.status).toBe('unknown');
    expect(unknown.missing).toEqual(['employerKind']);
  });

  it('quotes 经上级主管部门同意 from the round 2 notice', () => {
    const check = checkOf(institution, 'associate-senior', 'public-institution', { today: '2024-09-10' }, 'shanghai-c-r2');
    expect(check.source.type === 'seed' ? check.source.quote : '').toContain('经上级主管部门同意后，可在现有职称基础上申请参加高一级职称');
  });
});

describe('one year of work in the city holds in principle (原则上)', () => {
  it('8 months in Shanghai fails, marked inPrinciple, and says so in both languages', () => {
    const facts = { ...qualified, workPeriods: [...workedFrom('2010-01-01', '2024-12-31').map((period) => ({ ...period, inCity: false })), ...workedFrom('2025-05-01')] };
    // Counted to 2025-12-31: 2025-05-01..12-31 is 8 months.
    const check = checkOf(facts, 'intermediate', 'work-in-city');
    expect(check.status).toBe('fail');
    expect(check.inPrinciple).toBe(true);
    expect(check.message.zh).toContain('原则上');
    expect(check.message.en).toContain('in principle');
    expect(levelOf(facts, 'intermediate').status).toBe('not-eligible');
  });

  it('other checks are not in principle', () => {
    const level = levelOf(qualified, 'intermediate');
    expect(level.checks.filter((check) => check.inPrinciple).map((check) => check.id)).toEqual(['work-in-city']);
  });
});

describe('dependsOnOverseas: eligible only because overseas years are counted', () => {
  const overseasThenShanghai = {
    ...qualified,
    workPeriods: [
      { start: '2012-01-01', end: '2022-12-31', relevant: true, inCity: false, overseas: true },
      { start: '2023-01-01', end: null, relevant: true, inCity: true, overseas: false },
    ],
  };

  it('a level met only with overseas years says so; a level met without them does not', () => {
    const assessment = assess(overseasThenShanghai);
    const byLevel = Object.fromEntries(assessment.levels.map((level) => [level.level, level.dependsOnOverseas]));
    // A bachelor's: junior needs 1 year (3 in Shanghai suffice), intermediate 5, associate senior 10.
    expect(byLevel).toEqual({ junior: false, intermediate: true, 'associate-senior': true });
    const note = assessment.levels[1]?.notes.find((entry) => entry.messageKey === 'eligibility.note.dependsOnOverseas');
    expect(note?.message.zh).toContain('认定委员会判断');
  });

  it('the note follows the programme\'s source: the committee weighs overseas years in Shanghai; Guangzhou\'s catalogue counts them as domestic', () => {
    const guangzhou = programme('guangzhou-2025');
    expect(guangzhou.overseasExperience.counts).toBe('as-domestic');
    expect(guangzhou.overseasExperience.source).toMatchObject({ document: '004_082540bca919bae3.txt', quote: expect.stringContaining('treated as equivalent to domestic experience') });
    expect(programme('shanghai-c-r3').overseasExperience.counts).toBe('committee-judgement');
    // Guangzhou publishes no years, so no built-in level rests on overseas years there: the rule is shown on
    // the Shanghai levels with Guangzhou's treatment of overseas experience.
    const asDomestic = { ...programme('shanghai-c-r3'), overseasExperience: guangzhou.overseasExperience };
    const level = assessEligibility(asDomestic, overseasThenShanghai, { today: TODAY_R3 }).levels[1]!;
    const note = level.notes.find((entry) => entry.messageKey === 'eligibility.note.dependsOnOverseasAsDomestic');
    expect(note?.message.zh).toContain('视同境内经历');
    expect(note?.message.zh).not.toContain('委员会');
    expect(note?.message.en).toContain('treats overseas experience as domestic');
    expect(note?.source).toEqual(guangzhou.overseasExperience.source);
    expect(level.notes.some((entry) => entry.messageKey === 'eligibility.note.dependsOnOverseas')).toBe(false);
  });

  it('false when overseas work is excluded (the level then simply fails)', () => {
    const assessment = assess(overseasThenShanghai, { today: '2025-09-10', countOverseas: false });
    expect(assessment.levels.every((level) => !level.dependsOnOverseas)).toBe(true);
  });
});

describe('roundStatus from today and the materials window (2025-09-01 to 2025-09-19)', () => {
  it.each([
    ['2025-08-31', 'upcoming'],
    ['2025-09-01', 'open'],
    ['2025-09-19', 'open'],
    ['2025-09-20', 'closed'],
    ['2026-12-06', 'closed'],
  ] as const)('on %s the round is %s', (today, status) => {
    expect(assess(qualified, { today }).roundStatus).toBe(status);
  });

  it('unknown without today, or when the window is not published', () => {
    expect(assess(qualified, {}).roundStatus).toBe('unknown');
    expect(assess(qualified, { today: '2026-01-10' }, 'guangzhou-2025').roundStatus).toBe('unknown');
    const next = deriveRound(programme('shanghai-c-r3'), { id: 'shanghai-c-r4', name: { zh: '第四批', en: 'Round 4' } });
    expect(next.ok && roundStatusOf(next.value, '2026-09-01')).toBe('unknown');
  });

  it('gives the closing day for "第三批已于2025年9月19日截止"', () => {
    expect(assess(qualified, { today: '2026-12-06' }).roundClosesOn).toBe('2025-09-19');
  });
});

describe('Guangzhou: a valid overseas qualification (renewals counted)', () => {
  const gz = (certificateValidUntil: string | null | undefined) => checkOf({ ...qualified, catalogueLevel: 'intermediate', certificateValidUntil }, 'intermediate', 'qualification-valid', { today: '2026-01-10' }, 'guangzhou-2025');
  it('lapsed before today fails; valid on today passes; no known validity is unknown', () => {
    expect(gz('2026-01-09').status).toBe('fail');
    expect(gz('2026-01-10').status).toBe('pass');
    expect(gz(null).status).toBe('unknown');
    expect(gz(undefined).missing).toEqual(['certificateValidUntil']);
  });
  it('Shanghai has no such check', () => {
    expect(levelOf(qualified, 'intermediate').checks.some((check) => check.id === 'qualification-valid')).toBe(false);
  });
});

describe('the contract holds for a caller that passes only the earlier facts', () => {
  const earlier = {
    degree: 'bachelor' as const,
    scienceOrEngineeringDegree: true,
    field: 'information-technology' as const,
    series: 'engineering' as const,
    workPeriods: [{ start: '2010-01-01', end: null, relevant: true, inCity: true }],
    certificateVerifiedOn: '2025-06-01',
    earlierRounds: [],
  };

  it('the new facts absent are unknown (never a crash, never a pass), with no problems reported', () => {
    const assessment = assessEligibility(programme('shanghai-c-r3'), earlier, { today: '2025-09-10' });
    expect(assessment.problems).toEqual([]);
    expect(assessment.levels.map((level) => level.status)).toEqual(['unknown', 'unknown', 'unknown']);
    for (const level of assessment.levels) {
      expect(level.missing).toEqual(expect.arrayContaining(['certificateCategories', 'employerKind']));
      expect(typeof level.dependsOnOverseas).toBe('boolean');
      for (const check of level.checks) expect(typeof check.inPrinciple).toBe('boolean');
    }
    expect(assessment.roundStatus).toBe('open');
  });

  it('malformed new facts become problems with their paths', () => {
    const assessment = assessEligibility(programme('shanghai-c-r3'), { ...earlier, certificateCategories: ['E'], employerKind: 'ministry', supervisorConsent: 'yes', currentTitleLevel: 'senior' } as never, { today: '2025-09-10' });
    expect(assessment.problems.map((problem) => problem.path[0])).toEqual(expect.arrayContaining(['certificateCategories', 'employerKind', 'supervisorConsent', 'currentTitleLevel']));
  });
});

describe("Guangzhou's six catalogue sectors lead to the engineering titles", () => {
  it.each(['it-ai', 'engineering-construction-transport', 'advanced-manufacturing', 'biomedicine-health', 'green-development', 'energy-chemicals-materials'] as const)('%s', (field) => {
    const check = checkOf({ ...qualified, field, catalogueLevel: 'intermediate' }, 'intermediate', 'series-for-field', { today: '2026-01-10' }, 'guangzhou-2025');
    expect(check.status).toBe('pass');
    expect(check.message.zh).toContain('工程师');
  });

  it('a Guangzhou sector is not a Shanghai list field', () => {
    expect(checkOf({ ...qualified, field: 'green-development' }, 'intermediate', 'series-for-field').status).toBe('fail');
  });
});

describe('事业单位: the supervising authority confirms the post at the employer review (还须…确认事业单位岗位情况)', () => {
  it('a public-institution applicant gets the note on every committee level, quoted from the notice; others do not', () => {
    const institution = assess({ ...qualified, employerKind: 'public-institution', supervisorConsent: true, currentTitleLevel: 'intermediate' });
    const noted = institution.levels.filter((level) => level.notes.some((note) => note.messageKey === 'eligibility.note.postConfirmation'));
    expect(noted.map((level) => level.level)).toEqual(['intermediate', 'associate-senior']);
    const source = noted[0]?.notes.find((note) => note.messageKey === 'eligibility.note.postConfirmation')?.source;
    expect(source?.type === 'seed' ? source.quote : '').toContain('确认事业单位岗位情况');
    expect(assess(qualified).levels.every((level) => level.notes.every((note) => note.messageKey !== 'eligibility.note.postConfirmation'))).toBe(true);
  });
});
