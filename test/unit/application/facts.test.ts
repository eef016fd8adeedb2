// factsFromProfile: the engine's facts read from a profile and an application. What the profile leaves open
// is left out (or null), so the engine answers unknown rather than guessing.
import { describe, expect, it } from 'vitest';
import { applicationCertificate, factsFromProfile } from '../../../shared/application/facts';
import { type Application, emptyApplication } from '../../../shared/application/schema';
import { assessEligibility } from '../../../shared/eligibility';
import { getProgramme } from '../../../shared/programmes';
import { emptyProfile, newCertificate, newEducation, newWorkPeriod } from '../../../shared/profile/defaults';
import type { Certificate, Education, Profile } from '../../../shared/profile/schema';
import { sampleProfile } from '../../support/profiles';

let nextId = 0;
const id = () => `00000000-0000-4000-8000-${String((nextId += 1)).padStart(12, '0')}`;
const education = (degree: Education['degree'], scienceOrEngineering = false): Education => ({ ...newEducation(id()), degree, scienceOrEngineering });
const certificate = (patch: Partial<Certificate>): Certificate => ({ ...newCertificate(id()), ...patch });
const withEducation = (...rows: Education[]): Profile => ({ ...emptyProfile(), education: rows });
const facts = (profile: Profile, application: Application = emptyApplication()) => factsFromProfile(profile, application);

describe('highest degree: the notices’ ladder, highest first', () => {
  it('a doctorate outranks a master’s and a bachelor’s', () => {
    expect(facts(withEducation(education('bachelor'), education('doctorate'), education('master'))).degree).toBe('doctorate');
  });

  it('a second bachelor’s outranks a bachelor’s', () => {
    expect(facts(withEducation(education('bachelor'), education('second-bachelor'))).degree).toBe('second-bachelor');
  });

  it('senior high school and junior college are below a bachelor’s', () => {
    expect(facts(withEducation(education('senior-high'), education('junior-college'))).degree).toBe('below-bachelor');
  });

  it('an entry without a degree, or "other", says nothing: the degree is unknown', () => {
    expect(facts(withEducation(education(null), education('other'))).degree).toBeNull();
    expect(facts(withEducation()).degree).toBeNull();
  });
});

describe('science or engineering degree', () => {
  it('is true when an entry at the highest degree is in science or engineering', () => {
    expect(facts(withEducation(education('master', false), education('master', true))).scienceOrEngineeringDegree).toBe(true);
  });

  it('is true for an engineering bachelor with a non-science master (学历或学位 at any level counts)', () => {
    expect(facts(withEducation(education('bachelor', true), education('master', false))).scienceOrEngineeringDegree).toBe(true);
  });

  it('is false when no entry above senior high school is in science or engineering', () => {
    expect(facts(withEducation(education('bachelor', false))).scienceOrEngineeringDegree).toBe(false);
    expect(facts(withEducation(education('senior-high', true), education('bachelor', false))).scienceOrEngineeringDegree).toBe(false);
  });

  it('is unknown (null) when no degree is entered', () => {
    expect(facts(withEducation(education(null, true))).scienceOrEngineeringDegree).toBeNull();
  });
});

describe('the certificate the application rests on', () => {
  it('prefers a Category C certificate, whatever its position', () => {
    const certificates = [certificate({ categories: ['A'], field: 'finance-management' }), certificate({ categories: ['A', 'C'], field: 'information-technology' })];
    expect(applicationCertificate(certificates)).toBe(certificates[1]);
    expect(facts({ ...emptyProfile(), certificates }).field).toBe('information-technology');
  });

  it('without a Category C one, takes the first with a field', () => {
    const certificates = [certificate({ categories: ['B'] }), certificate({ categories: ['D'], field: 'engineering' })];
    expect(facts({ ...emptyProfile(), certificates }).field).toBe('engineering');
  });

  it('with no field anywhere, the field is unknown (null)', () => {
    expect(facts({ ...emptyProfile(), certificates: [certificate({ categories: ['A'] })] }).field).toBeNull();
  });
});

describe('verification of the certificate', () => {
  const verification = (patch: Partial<Certificate>) => facts({ ...emptyProfile(), certificates: [certificate({ categories: ['C'], ...patch })] });

  it('verified with a date gives that date', () => {
    expect(verification({ verificationStatus: 'verified', verifiedOn: '2025-08-01' }).certificateVerifiedOn).toBe('2025-08-01');
  });

  it('verified without a date is left out: the engine asks for it', () => {
    expect('certificateVerifiedOn' in verification({ verificationStatus: 'verified', verifiedOn: null })).toBe(false);
  });

  it.each(['not-started', 'submitted', 'rejected'] as const)('%s means not verified yet (null)', (status) => {
    expect(verification({ verificationStatus: status, verifiedOn: null }).certificateVerifiedOn).toBeNull();
  });

  it('no certificate at all is left out', () => {
    expect('certificateVerifiedOn' in facts(emptyProfile())).toBe(false);
  });
});

describe('work periods and the application', () => {
  it('copies each period’s dates and flags, ongoing as a null end', () => {
    const period = { ...newWorkPeriod(id()), startDate: '2019-01-01', endDate: null, relevant: true, inCity: false, overseas: true };
    expect(facts({ ...emptyProfile(), workPeriods: [period] }).workPeriods).toEqual([{ start: '2019-01-01', end: null, relevant: true, inCity: false, overseas: true }]);
  });

  it('passes the series, earlier rounds and catalogue level chosen on the application', () => {
    const application: Application = { programmeId: 'shanghai-c-r3', series: 'economics', earlierRounds: ['shanghai-c-r2'], countOverseas: false, catalogueLevel: 'intermediate', targetLevel: null };
    const result = facts(emptyProfile(), application);
    expect(result.series).toBe('economics');
    expect(result.earlierRounds).toEqual(['shanghai-c-r2']);
    expect(result.catalogueLevel).toBe('intermediate');
  });
});

describe('missing facts are never eligible', () => {
  it('an empty profile makes no level eligible, and says what is missing', () => {
    const programme = getProgramme('shanghai-c-r3');
    if (!programme.ok) throw new Error(programme.error.message);
    const assessment = assessEligibility(programme.value, facts(emptyProfile()), { today: '2025-09-10' });
    expect(assessment.levels.map((level) => level.status)).not.toContain('eligible');
    expect(assessment.levels.flatMap((level) => level.missing)).toEqual(expect.arrayContaining(['degree', 'field', 'certificateVerifiedOn']));
  });

  it('the complete sample profile reads without problems', () => {
    const programme = getProgramme('shanghai-c-r3');
    if (!programme.ok) throw new Error(programme.error.message);
    const assessment = assessEligibility(programme.value, facts(sampleProfile() as Profile), { today: '2025-09-10' });
    expect(assessment.problems).toEqual([]);
    expect(assessment.levels.find((level) => level.level === 'intermediate')?.status).toBe('eligible');
  });
});

describe('the facts of the list category and the public-institution rule (issue 11)', () => {
  it('reads the certificate categories and their list version; no category entered is unknown (null), not "none"', () => {
    const profile = { ...emptyProfile(), certificates: [certificate({ categories: ['A', 'C'], listVersion: '2.0' })] };
    expect(facts(profile)).toMatchObject({ certificateCategories: ['A', 'C'], certificateListVersion: '2.0' });
    expect(facts({ ...emptyProfile(), certificates: [certificate({ categories: [] })] }).certificateCategories).toBeNull();
    expect(facts(emptyProfile()).certificateCategories).toBeNull();
  });

  it('a certificate is valid through its latest renewal ("renewal periods … accumulated with their original validity")', () => {
    const renewed = certificate({ validUntil: '2025-05-31', renewals: [{ renewedOn: '2025-05-01', validUntil: '2028-05-31' }, { renewedOn: null, validUntil: '2026-01-01' }] });
    expect(facts({ ...emptyProfile(), certificates: [renewed] }).certificateValidUntil).toBe('2028-05-31');
    expect(facts({ ...emptyProfile(), certificates: [certificate({ validUntil: null })] }).certificateValidUntil).toBeNull();
  });

  it('passes the employer kind, the consent and the title held from the person', () => {
    const profile = { ...emptyProfile(), person: { ...emptyProfile().person, employerKind: 'public-institution' as const, supervisorConsent: false, currentTitleLevel: 'intermediate' as const } };
    expect(facts(profile)).toMatchObject({ employerKind: 'public-institution', supervisorConsent: false, currentTitleLevel: 'intermediate' });
    expect(facts(emptyProfile())).toMatchObject({ employerKind: null, supervisorConsent: null, currentTitleLevel: null });
  });
});
