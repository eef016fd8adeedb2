// Bad input from the issue: impossible dates, end before start, empty required fields, 10,000-character
// names, emoji and control characters, SQL-looking strings. Each must give a field-level i18n key.
import { describe, expect, it } from 'vitest';
import { toFieldIssues } from '../../../shared/contract/issues';
import { isIsoDate } from '../../../shared/profile/text';
import { missingFields } from '../../../shared/profile/completeness';
import { emptyProfile } from '../../../shared/profile/defaults';
import { profileSchema, type ProfileInput } from '../../../shared/profile/schema';
import { sampleProfile } from '../../support/profiles';

function issuesOf(profile: ProfileInput) {
  const parsed = profileSchema.safeParse(profile);
  return parsed.success ? [] : toFieldIssues(parsed.error);
}

function withPerson(changes: Partial<ProfileInput['person']>): ProfileInput {
  const profile = sampleProfile();
  return { ...profile, person: { ...profile.person, ...changes } };
}

describe('dates', () => {
  it('a date must exist on the calendar: 2025-02-30 and 2023-02-29 are refused, 2024-02-29 accepted', () => {
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('25-01-01')).toBe(false);
    expect(issuesOf(withPerson({ birthDate: '2025-02-30' }))).toEqual([{ path: ['person', 'birthDate'], key: 'date.invalid' }]);
  });

  it('an end before its start is refused on the end field', () => {
    const profile = sampleProfile();
    profile.workPeriods[0] = { ...profile.workPeriods[0]!, startDate: '2020-05-01', endDate: '2020-04-30' };
    expect(issuesOf(profile)).toEqual([{ path: ['workPeriods', 0, 'endDate'], key: 'date.endBeforeStart' }]);
  });

  it('an end on the day of the start is accepted', () => {
    const profile = sampleProfile();
    profile.workPeriods[0] = { ...profile.workPeriods[0]!, startDate: '2020-05-01', endDate: '2020-05-01' };
    expect(issuesOf(profile)).toEqual([]);
  });
});

describe('names and text', () => {
  it('an applicant needs a Chinese name or a passport name', () => {
    expect(issuesOf(withPerson({ nameZh: '  ', nameLatin: '' }))).toEqual([{ path: ['person', 'nameZh'], key: 'person.nameRequired' }]);
    expect(issuesOf(withPerson({ nameZh: '', nameLatin: 'ZHANG WEI' }))).toEqual([]);
  });

  it('a 10,000-character name is refused with the limit', () => {
    expect(issuesOf(withPerson({ nameZh: '张'.repeat(10_000) }))).toEqual([
      { path: ['person', 'nameZh'], key: 'field.tooLong', params: { max: 100 } },
    ]);
  });

  it('length counts characters, not UTF-16 units: 100 Extension B ideographs fit a 100 limit', () => {
    expect(issuesOf(withPerson({ nameZh: '𠀀'.repeat(100) }))).toEqual([]);
  });

  it('control characters and lone surrogates are refused', () => {
    expect(issuesOf(withPerson({ department: 'R&D\u0007' }))[0]?.key).toBe('field.controlChars');
    expect(issuesOf(withPerson({ department: 'bad\uD800' }))[0]?.key).toBe('field.brokenText');
    expect(issuesOf(withPerson({ post: 'line\nbreak' }))[0]?.key).toBe('field.lineBreak');
  });

  it('emoji are refused in names but kept in free text', () => {
    expect(issuesOf(withPerson({ nameZh: '张伟😀' }))[0]?.key).toBe('field.pictograph');
    expect(issuesOf(withPerson({ department: '研发部 🚀' }))).toEqual([]);
  });

  it('SQL-looking text is ordinary text', () => {
    expect(issuesOf(withPerson({ department: "'); DROP TABLE applicant; --" }))).toEqual([]);
  });

  it('text is trimmed', () => {
    const parsed = profileSchema.parse(withPerson({ department: '  研发部  ' }));
    expect(parsed.person.department).toBe('研发部');
  });
});

describe('identifiers in the profile', () => {
  it('a resident ID number must pass its check digit; a passport number must be letters and digits', () => {
    expect(issuesOf(withPerson({ idType: 'resident-id', idNumber: '110105194912310021' }))).toEqual([
      { path: ['person', 'idNumber'], key: 'person.idNumber.resident-id' },
    ]);
    expect(issuesOf(withPerson({ idType: 'passport', idNumber: 'E 123' }))[0]?.key).toBe('person.idNumber.passport');
  });
  it('the employer credit code must pass its check character', () => {
    expect(issuesOf(withPerson({ employerCreditCode: '91350100M000100Y44' }))[0]?.key).toBe('person.creditCode');
  });
});

describe('rows', () => {
  it('two rows with the same id are refused before they reach the database', () => {
    const profile = sampleProfile();
    profile.workPeriods.push({ ...profile.workPeriods[0]! });
    expect(issuesOf(profile)).toEqual([{ path: ['workPeriods', 1, 'id'], key: 'field.duplicateRow' }]);
  });
  it('a period cannot be both in the city and overseas', () => {
    const profile = sampleProfile();
    profile.workPeriods[0] = { ...profile.workPeriods[0]!, inCity: true, overseas: true };
    expect(issuesOf(profile)[0]).toEqual({ path: ['workPeriods', 0, 'overseas'], key: 'work.inCityAndOverseas' });
  });
});

describe('completeness', () => {
  it('an empty profile lists what the application needs, without being invalid', () => {
    const profile = { ...emptyProfile(), person: { ...emptyProfile().person, nameZh: '王芳' } };
    expect(profileSchema.safeParse(profile).success).toBe(true);
    const missing = missingFields(profile).map((field) => field.path.join('.'));
    expect(missing).toContain('person.birthDate');
    expect(missing).not.toContain('person.nameZh');
  });
  it('a complete sample profile misses nothing', () => {
    expect(missingFields(profileSchema.parse(sampleProfile()))).toEqual([]);
  });
});
