// An invalid field never holds back the valid ones: what of a draft is saved at once, with each invalid
// field at its saved value (a never-saved row with an invalid field waits, whole, until it is fixed).
import { describe, expect, it } from 'vitest';
import { toFieldIssues } from '../../../shared/contract/issues';
import { newCertificate } from '../../../shared/profile/defaults';
import { type ProfileInput, profileSchema } from '../../../shared/profile/schema';
import { savableDraft } from '../../../renderer/src/savableDraft';
import { sampleProfile } from '../../support/profiles';

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
