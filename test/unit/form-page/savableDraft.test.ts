// An invalid field never holds back the valid ones: what of a draft is saved at once, with each invalid
// field at its saved value (a never-saved row with an invalid field waits, whole, until it is fixed).
import { describe, expect, it } from 'vitest';
import { toFieldIssues } from '../../../shared/contract/issues';
import { emptyProfile, newCertificate } from '../../../shared/profile/defaults';
import { type ProfileInput, profileSchema } from '../../../shared/profile/schema';
import { savableDraft } from '../../../renderer/src/savableDraft';
import { unsavedFieldsText } from '../../../renderer/src/unsavedText';

/** A valid saved profile: a name, contact details and one certificate. */
function sampleProfile(): ProfileInput {
  const profile = emptyProfile();
  profile.person = { ...profile.person, nameZh: '王芳', phone: '13800138000', email: 'wang.fang@example.com' };
  profile.certificates = [{ ...newCertificate('11111111-1111-4111-8111-111111111111'), name: 'FCCA', issuingBody: 'ACCA', obtainedOn: '2020-01-01', validUntil: '2030-01-01' }];
  return profile;
}

const issuesOf = (profile: ProfileInput) => {
  const result = profileSchema.safeParse(profile);
  return result.success ? [] : toFieldIssues(result.error);
};

describe('saving the valid fields of an invalid profile', () => {
  it('saves the phone typed beside an invalid e-mail, and keeps the saved e-mail', () => {
    const saved = sampleProfile();
    const draft = { ...saved, person: { ...saved.person, phone: '13900001111', email: 'not an address' } };
    const sent = savableDraft(draft, saved, issuesOf);
    expect(sent?.person.phone).toBe('13900001111');
    expect(sent?.person.email).toBe(saved.person.email);
    expect(issuesOf(sent as ProfileInput)).toEqual([]);
  });

  it('a new row with an invalid date stays out; a changed saved row keeps its valid edits', () => {
    const saved = sampleProfile();
    const first = saved.certificates[0]!;
    const added = { ...newCertificate('99999999-9999-4999-8999-999999999999'), name: 'CFA', obtainedOn: '2025-13-40' };
    const draft = { ...saved, certificates: [{ ...first, number: 'NEW-1', validUntil: 'soon' }, added] };
    const sent = savableDraft(draft, saved, issuesOf);
    expect(sent?.certificates.map((certificate) => certificate.id)).toEqual([first.id]);
    expect(sent?.certificates[0]).toMatchObject({ number: 'NEW-1', validUntil: first.validUntil });
  });

  it('nothing to send when only the invalid field changed', () => {
    const saved = sampleProfile();
    expect(savableDraft({ ...saved, person: { ...saved.person, email: 'x' } }, saved, issuesOf)).toBeNull();
  });
});

describe('what is not saved yet, named in the user’s language', () => {
  it('lists each invalid field once, in Chinese or English', () => {
    const issues = [{ path: ['person', 'email'] }, { path: ['person', 'email'] }, { path: ['person', 'phone'] }];
    expect(unsavedFieldsText('zh', 'profile', issues)).toBe('其余内容已保存。尚未保存（改正后自动保存，刷新页面也会保留在这里）：电子邮箱、手机号码');
    expect(unsavedFieldsText('en', 'profile', issues)).toContain('Not saved yet (saved as soon as fixed; kept here even after a reload): E-mail; Mobile phone');
    expect(unsavedFieldsText('en', 'form', [])).toBeUndefined();
  });
});
