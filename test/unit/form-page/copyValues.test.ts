// What a copy button puts on the clipboard: the trimmed value; 无 for an empty field or list the online
// system requires (templates/form/fields.json), whatever the UI's language; and the suggested lengths.
import { describe, expect, it } from 'vitest';
import { NONE_TEXT, copyValue, lengthOf, noneWhenEmpty, suggestedLength } from '../../../renderer/src/form/copyValues';
import { certificateValues, personValues, workValues } from '../../../renderer/src/form/profileValues';
import { emptyPerson, newCertificate, newWorkPeriod } from '../../../shared/profile/defaults';

describe('copy values', () => {
  it('copies 无 for an empty list the online system requires', () => {
    expect(NONE_TEXT).toBe('无');
    for (const list of ['achievements', 'papers', 'patents', 'standards', 'awards']) expect(copyValue('', [list])).toBe('无');
  });

  it('copies 无 for the other social-insurance unit when it is empty', () => {
    expect(copyValue('  ', ['registration', 'insuranceUnitName'])).toBe('无');
  });

  it('copies an empty field the system does not require as empty, never 无', () => {
    expect(copyValue('', ['registration', 'committee'])).toBe('');
    expect(copyValue('', ['achievements', 0, 'evidence'])).toBe('');
  });

  it('copies the value trimmed, as it is saved', () => {
    expect(copyValue('  集成电路设计 \n', ['registration', 'specialtyGroup'])).toBe('集成电路设计');
  });

  it('finds the rule of a row’s field whatever the row', () => {
    expect(noneWhenEmpty(['papers'])).toBe(true);
    expect(suggestedLength(['achievements', 7, 'work'])).toBe(500);
    expect(suggestedLength(['registration', 'committee'])).toBeUndefined();
  });

  it('counts length in characters, as the report does (a supplementary-plane character is one)', () => {
    expect(lengthOf('𠀀汉字 ')).toBe(3);
  });
});

describe('profile values on the form page', () => {
  it('shows choices in the UI’s language and copies them in Chinese', () => {
    const gender = personValues('en', { ...emptyPerson(), gender: 'male' }).find((value) => value.label === 'Gender');
    expect(gender).toEqual({ label: 'Gender', shown: 'Male', copied: '男' });
  });

  it('writes an ongoing work period’s end as 至今 when copied', () => {
    const end = workValues('en', { ...newWorkPeriod('22222222-2222-4222-8222-222222222222'), endDate: null }).find((value) => value.label === 'End date');
    expect(end?.copied).toBe('至今');
  });

  it('shows an empty value as empty, for the page to say so', () => {
    const certificate = { ...newCertificate('33333333-3333-4333-8333-333333333333'), name: 'CISSP', number: '' };
    expect(certificateValues('zh', certificate).find((value) => value.label === '证书编号')?.shown).toBe('');
  });

  it('shows a certificate with its renewals and verification, as the printed form does', () => {
    const certificate = {
      ...newCertificate('33333333-3333-4333-8333-333333333333'),
      renewals: [
        { renewedOn: '2022-01-01', validUntil: '2025-01-01' },
        { renewedOn: '2025-01-01', validUntil: '2028-01-01' },
      ],
      verificationStatus: 'verified' as const,
      verifiedOn: '2025-08-20',
    };
    const en = certificateValues('en', certificate);
    expect(en.find((value) => value.label === 'Renewals')).toMatchObject({
      shown: 'renewed 2022-01-01, valid until 2025-01-01; renewed 2025-01-01, valid until 2028-01-01',
      copied: '2022年1月1日 续期，有效期至 2025年1月1日；2025年1月1日 续期，有效期至 2028年1月1日',
    });
    expect(en.find((value) => value.label === 'Verification status')).toMatchObject({ shown: 'Verified (2025-08-20)', copied: '已通过查验（2025年8月20日）' });
    const never = certificateValues('zh', newCertificate('44444444-4444-4444-8444-444444444444'));
    expect(never.find((value) => value.label === '续期记录')?.copied).toBe('无');
  });

  it('says what the nationality copies as when it is not the text shown', () => {
    const nationality = personValues('en', { ...emptyPerson(), nationality: 'United Kingdom' }).find((value) => value.label === 'Nationality (region)');
    expect(nationality).toMatchObject({ shown: 'United Kingdom', copied: '英国', copiedNote: 'Copies “英国”' });
    expect(personValues('zh', { ...emptyPerson(), nationality: 'UK' }).find((value) => value.label === '国籍（地区）')).toMatchObject({ shown: '英国', copied: '英国' });
  });
});
