// One test per rule of the Shanghai notices (seed 003 for round 2, seed 000 for round 3), with the day before
// and the day of each threshold. Round 3 counts experience to 2025-12-31, round 2 to 2024-12-31.
import { describe, expect, it } from 'vitest';
import { assess, checkOf, levelOf, qualified, workedFrom } from './applicant';

const withDegree = (degree: (typeof qualified)['degree'], workPeriods = qualified.workPeriods) => ({ ...qualified, degree, workPeriods });

describe('degree and years (学历、资历条件)', () => {
  it("junior: a master's or second bachelor's degree suffices without years of work", () => {
    for (const degree of ['master', 'second-bachelor'] as const) {
      const level = levelOf(withDegree(degree, []), 'junior');
      expect(level.checks.find((check) => check.id === 'degree-and-years')?.status).toBe('pass');
      expect(level.requiredYears).toBe(0);
    }
  });

  it("junior: a bachelor's degree needs 1 full year of relevant work — fails on the day before, passes on the day", () => {
    // Worked from 2024-06-01: one full year on 2025-05-31 (the day before the anniversary).
    expect(checkOf(withDegree('bachelor', workedFrom('2024-06-01', '2025-05-30')), 'junior', 'degree-and-years').status).toBe('fail');
    expect(checkOf(withDegree('bachelor', workedFrom('2024-06-01', '2025-05-31')), 'junior', 'degree-and-years').status).toBe('pass');
  });

  it('intermediate: a doctorate suffices without years of work', () => {
    expect(checkOf(withDegree('doctorate', workedFrom('2025-01-01')), 'intermediate', 'degree-and-years').status).toBe('pass');
  });

  it("intermediate: a master's degree needs 2 full years of relevant work — fails on the day before, passes on the day", () => {
    expect(checkOf(withDegree('master', workedFrom('2023-01-01', '2024-12-30')), 'intermediate', 'degree-and-years').status).toBe('fail');
    expect(checkOf(withDegree('master', workedFrom('2023-01-01', '2024-12-31')), 'intermediate', 'degree-and-years').status).toBe('pass');
  });

  it("intermediate: a second bachelor's degree counts like a master's (2 years)", () => {
    expect(checkOf(withDegree('second-bachelor', workedFrom('2023-01-01', '2024-12-31')), 'intermediate', 'degree-and-years').status).toBe('pass');
  });

  it("intermediate: a bachelor's degree needs 5 full years — 2021-01-01 to 2025-12-31 passes, to 2025-12-30 fails", () => {
    expect(checkOf(withDegree('bachelor', workedFrom('2021-01-01', '2025-12-30')), 'intermediate', 'degree-and-years').status).toBe('fail');
    const check = checkOf(withDegree('bachelor', workedFrom('2021-01-01', '2025-12-31')), 'intermediate', 'degree-and-years');
    expect(check.status).toBe('pass');
    expect(check.source).toMatchObject({ type: 'seed', document: '000_1b5f3424c279415a.txt', quote: "Bachelor's degree with at least five years of relevant work experience." });
  });

  it('associate senior: a doctorate needs 2 full years — fails on the day before, passes on the day', () => {
    expect(checkOf(withDegree('doctorate', workedFrom('2024-01-02')), 'associate-senior', 'degree-and-years').status).toBe('fail');
    expect(checkOf(withDegree('doctorate', workedFrom('2024-01-01')), 'associate-senior', 'degree-and-years').status).toBe('pass');
    expect(checkOf(withDegree('doctorate', workedFrom('2023-12-31', '2025-12-29')), 'associate-senior', 'degree-and-years').status).toBe('fail');
    expect(checkOf(withDegree('doctorate', workedFrom('2023-12-31', '2025-12-30')), 'associate-senior', 'degree-and-years').status).toBe('pass');
  });

  it("associate senior: a master's degree needs 7 full years — counted to the cut-off, from 2019-01-01 passes, from 2019-01-02 fails", () => {
    expect(checkOf(withDegree('master', workedFrom('2019-01-02')), 'associate-senior', 'degree-and-years').status).toBe('fail');
    expect(checkOf(withDegree('master', workedFrom('2019-01-01')), 'associate-senior', 'degree-and-years').status).toBe('pass');
  });

  it("associate senior: a bachelor's degree needs 10 full years — from 2016-01-01 passes, from 2016-01-02 fails", () => {
    expect(checkOf(withDegree('bachelor', workedFrom('2016-01-02')), 'associate-senior', 'degree-and-years').status).toBe('fail');
    expect(checkOf(withDegree('bachelor', workedFrom('2016-01-01')), 'associate-senior', 'degree-and-years').status).toBe('pass');
  });

  it("below a bachelor's degree no level is open", () => {
    for (const level of ['junior', 'intermediate', 'associate-senior'] as const) {
      expect(checkOf(withDegree('below-bachelor'), level, 'degree-and-years').status).toBe('fail');
    }
  });

  it("a higher degree meets a route that names a lower one (a doctorate at junior level)", () => {
    expect(checkOf(withDegree('doctorate', []), 'junior', 'degree-and-years').status).toBe('pass');
  });

  it('only relevant work counts', () => {
    const facts = withDegree('bachelor', [{ start: '2010-01-01', end: null, relevant: false, inCity: true }]);
    expect(checkOf(facts, 'junior', 'degree-and-years').status).toBe('fail');
  });

  it('experience is counted to the round’s cut-off: round 3 to 2025-12-31, round 2 to 2024-12-31', () => {
    const facts = withDegree('bachelor', workedFrom('2020-01-01'));
    expect(checkOf(facts, 'intermediate', 'degree-and-years').status).toBe('pass');
    expect(checkOf(facts, 'intermediate', 'degree-and-years', { today: '2024-09-10' }, 'shanghai-c-r2').status).toBe('pass');
    const later = withDegree('bachelor', workedFrom('2020-01-02'));
    expect(checkOf(later, 'intermediate', 'degree-and-years', { today: '2024-09-10' }, 'shanghai-c-r2').status).toBe('fail');
    expect(assess(facts).experience.countedTo).toBe('2025-12-31');
  });
});

describe('a year of relevant work in Shanghai (在本市从事相关工作 1 年以上)', () => {
  const elsewhere = { start: '2010-01-01', end: '2024-12-31', relevant: true, inCity: false };

  it('fails on the day before a full year in the city, passes on the day', () => {
    const from = (start: string) => ({ ...qualified, workPeriods: [elsewhere, { start, end: null, relevant: true, inCity: true }] });
    expect(checkOf(from('2025-01-02'), 'intermediate', 'work-in-city').status).toBe('fail');
    expect(checkOf(from('2025-01-01'), 'intermediate', 'work-in-city').status).toBe('pass');
  });

  it('work in the city that is not relevant does not count', () => {
    const facts = { ...qualified, workPeriods: [elsewhere, { start: '2020-01-01', end: null, relevant: false, inCity: true }] };
    expect(levelOf(facts, 'intermediate').status).toBe('not-eligible');
  });
});

describe('engineering titles need a science or engineering degree (理工科学历或学位)', () => {
  it('fails without one, passes with one', () => {
    expect(checkOf({ ...qualified, scienceOrEngineeringDegree: false }, 'intermediate', 'science-or-engineering-degree').status).toBe('fail');
    expect(checkOf(qualified, 'intermediate', 'science-or-engineering-degree').status).toBe('pass');
  });

  it('is not required for the accounting or economics series', () => {
    const facts = { ...qualified, field: 'finance-management' as const, series: 'accounting' as const, scienceOrEngineeringDegree: false };
    expect(checkOf(facts, 'associate-senior', 'science-or-engineering-degree').status).toBe('pass');
  });
});

describe('finance and management leads to 高级会计师 or 高级经济师, associate senior only', () => {
  const finance = { ...qualified, field: 'finance-management' as const, series: 'accounting' as const };

  it('junior and intermediate are not open to the field', () => {
    expect(levelOf(finance, 'junior').status).toBe('not-eligible');
    expect(checkOf(finance, 'intermediate', 'series-for-field').status).toBe('fail');
  });

  it('associate senior in accounting is open, titled 高级会计师', () => {
    const level = levelOf(finance, 'associate-senior');
    expect(level.status).toBe('eligible');
    expect(level.titles).toEqual([{ zh: '高级会计师', en: 'Senior Accountant' }]);
  });

  it('the engineering series does not fit the field; an open series is unknown until chosen', () => {
    expect(checkOf({ ...finance, series: 'engineering' }, 'associate-senior', 'series-for-field').status).toBe('fail');
    expect(checkOf({ ...finance, series: null }, 'associate-senior', 'series-for-field').status).toBe('unknown');
  });
});

describe('junior titles are appointed by the employer (专业技术职务聘任表)', () => {
  it('the junior level says so, names the form, and has no verification check', () => {
    const level = levelOf(qualified, 'junior');
    expect(level.procedure).toBe('employer-appointment');
    expect(level.notes[0]?.message.zh).toContain('专业技术职务聘任表');
    expect(level.notes[0]?.message.en).toMatch(/appointed by the employer/);
    expect(level.checks.some((check) => check.id === 'certificate-verified')).toBe(false);
  });
});

describe('certificate verification (2025-08-31 前通过查验)', () => {
  const verified = (certificateVerifiedOn: string | null, today: string | null = '2025-09-10') =>
    checkOf({ ...qualified, certificateVerifiedOn }, 'intermediate', 'certificate-verified', { today }).status;

  it('verified on the deadline passes; the day after fails', () => {
    expect(verified('2025-08-31')).toBe('pass');
    expect(verified('2025-09-01')).toBe('fail');
  });

  it('not verified yet is unknown up to the deadline and fails the day after', () => {
    expect(verified(null, '2025-08-31')).toBe('unknown');
    expect(verified(null, '2025-09-01')).toBe('fail');
  });

  it('without a today, not verified stays unknown (no clock is read)', () => {
    expect(verified(null, null)).toBe('unknown');
  });
});

describe('applicants of excluded earlier rounds (rounds 1 and 2 for round 3)', () => {
  it('an applicant of round 2 fails round 3 at every level', () => {
    const assessment = assess({ ...qualified, earlierRounds: ['shanghai-c-r2'] });
    expect(assessment.levels.map((level) => level.status)).toEqual(['not-eligible', 'not-eligible', 'not-eligible']);
  });

  it('the refusal names the earlier rounds as the notice does, never by an id', () => {
    const check = checkOf({ ...qualified, earlierRounds: ['shanghai-c-r1', 'shanghai-c-r2'] }, 'intermediate', 'earlier-rounds');
    expect(check.status).toBe('fail');
    expect(check.message.en).toContain('Shanghai title recognition for holders of listed overseas qualifications, round 1; Shanghai title recognition for holders of listed overseas qualifications, round 2 (2024)');
    expect(check.message.zh).toContain('第一批职称考核认定、上海市');
    expect(`${check.message.en} ${check.message.zh}`).not.toMatch(/shanghai-c-r/);
  });

  it('round 2 excludes nobody', () => {
    const facts = { ...qualified, certificateVerifiedOn: '2024-08-01', earlierRounds: ['shanghai-c-r1'] };
    expect(checkOf(facts, 'intermediate', 'earlier-rounds', { today: '2024-09-10' }, 'shanghai-c-r2').status).toBe('pass');
  });
});

describe('overseas work counts, labelled, and can be left out', () => {
  const overseasThenShanghai = {
    ...qualified,
    workPeriods: [
      { start: '2016-01-01', end: '2022-12-31', relevant: true, inCity: false, overseas: true },
      { start: '2023-01-01', end: null, relevant: true, inCity: true },
    ],
  };

  it('counted by default, with a note saying how many years are overseas', () => {
    const assessment = assess(overseasThenShanghai);
    expect(assessment.experience).toMatchObject({ relevantYears: 10, overseasYears: 7, overseasCounted: true });
    expect(assessment.levels[2]?.status).toBe('eligible');
    expect(assessment.notes.some((note) => note.messageKey === 'eligibility.note.overseasCounted')).toBe(true);
  });

  it('left out when the caller excludes it', () => {
    const assessment = assess(overseasThenShanghai, { today: '2025-09-10', countOverseas: false });
    expect(assessment.experience.relevantYears).toBe(3);
    expect(assessment.levels[2]?.status).toBe('not-eligible');
  });
});

describe('projection: when the years will suffice if the current work goes on', () => {
  it("a bachelor working since 2023-01-01 reaches 5 years on 2027-12-31", () => {
    const level = levelOf(withDegree('bachelor', workedFrom('2023-01-01')), 'intermediate');
    expect(level.status).toBe('not-eligible');
    expect(level.projectedEligibleOn).toBe('2027-12-31');
  });

  it('nothing ongoing, or a failure that time does not cure, gives no projection', () => {
    expect(levelOf(withDegree('bachelor', workedFrom('2023-01-01', '2024-01-01')), 'intermediate').projectedEligibleOn).toBeNull();
    expect(levelOf({ ...withDegree('bachelor', workedFrom('2023-01-01')), scienceOrEngineeringDegree: false }, 'intermediate').projectedEligibleOn).toBeNull();
  });

  it('the later of the years and the year in the city', () => {
    const facts = { ...qualified, workPeriods: [{ start: '2010-01-01', end: '2025-01-31', relevant: true, inCity: false }, { start: '2025-02-01', end: null, relevant: true, inCity: true }] };
    expect(levelOf(facts, 'associate-senior').projectedEligibleOn).toBe('2026-01-31');
  });
});

describe('a qualified applicant', () => {
  it('is eligible at every level of round 3, every check passing with a source', () => {
    const assessment = assess(qualified);
    expect(assessment.levels.map((level) => level.status)).toEqual(['eligible', 'eligible', 'eligible']);
    for (const level of assessment.levels) for (const check of level.checks) expect(check.source).toBeDefined();
    expect(assessment.problems).toEqual([]);
  });
});
