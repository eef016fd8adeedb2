// The certificate's verification is one fact: marked verified in the profile (with its date), the tracker's
// verification step is done with that date and its "overdue" reminder goes; marked done in the tracker, the
// profile's certificate says verified with that date. With no certificate, or several, the tracker says to
// set it in the profile instead of guessing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, openBackend } from '../../electron/backend';
import type { ReplyOf, StoredProfile } from '../../shared/contract/channels';
import { emptyApplication } from '../../shared/application/schema';
import { newCertificate } from '../../shared/profile/defaults';
import type { Profile } from '../../shared/profile/schema';
import { makeTempDir } from '../support/tempDir';
import { value } from '../support/result';

type View = ReplyOf<'tracker.get'>;
let dir: ReturnType<typeof makeTempDir>;
let backend: Backend;
let applicantId: string;

const profile = async () => value<StoredProfile>(await backend.invoke('profile.get', { applicantId }));
async function saveCertificates(certificates: Profile['certificates']) {
  const stored = await profile();
  value(await backend.invoke('profile.save', { applicantId, profile: { ...stored.profile, certificates }, baseRevision: stored.revision }));
}
const certificate = (id: string, patch: Partial<Profile['certificates'][number]> = {}) => ({ ...newCertificate(id), name: 'FCCA', issuingBody: 'ACCA', obtainedOn: '2020-01-01', ...patch });
const stepOf = (view: View) => view.steps.find((entry) => entry.step.id === 'certificate-verification')?.record;
const deadlineOf = (view: View) => view.deadlines.find((deadline) => deadline.id === 'certificate-verification');
const trackerOn = async (today: string) => value<View>(await backend.invoke('tracker.get', { applicantId, today }));

beforeEach(async () => {
  dir = makeTempDir();
  backend = openBackend({ dataDirectory: dir.path, transport: 'browser', appVersion: 'test', now: () => new Date('2025-09-02T02:00:00Z') });
  applicantId = value<{ id: string }>(await backend.invoke('applicants.create', { nameZh: '张伟', nameLatin: '' })).id;
  value(await backend.invoke('application.save', { applicantId, application: { ...emptyApplication(), programmeId: 'shanghai-c-r3', targetLevel: 'intermediate' } }));
});

afterEach(() => {
  backend.close();
  dir.remove();
});

describe('the certificate verification is one fact, in the profile and the tracker', () => {
  it('verified in the profile: the tracker’s step is done with that date and nothing is overdue', async () => {
    await saveCertificates([certificate('11111111-1111-4111-8111-111111111111')]);
    expect(deadlineOf(await trackerOn('2025-09-02'))?.state).toBe('overdue');

    await saveCertificates([certificate('11111111-1111-4111-8111-111111111111', { verificationStatus: 'verified', verifiedOn: '2025-08-20' })]);
    const view = await trackerOn('2025-09-02');
    expect(stepOf(view)).toMatchObject({ status: 'done', doneOn: '2025-08-20' });
    expect(deadlineOf(view)?.state).toBe('done');
    const reminders = value<ReplyOf<'tracker.reminders'>>(await backend.invoke('tracker.reminders', { today: '2025-09-02' }));
    expect(reminders.items.map((item) => item.deadline.id)).not.toContain('certificate-verification');
  });

  it('done in the tracker: the profile’s certificate is verified on that date; notes stay the tracker’s', async () => {
    await saveCertificates([certificate('11111111-1111-4111-8111-111111111111')]);
    const view = value<View>(
      await backend.invoke('tracker.updateStep', { applicantId, stepId: 'certificate-verification', patch: { status: 'done', doneOn: '2025-08-21', notes: 'platform receipt 42' }, today: '2025-09-02' }),
    );
    expect(stepOf(view)).toMatchObject({ status: 'done', doneOn: '2025-08-21', notes: 'platform receipt 42' });
    expect((await profile()).profile.certificates[0]).toMatchObject({ verificationStatus: 'verified', verifiedOn: '2025-08-21' });

    value(await backend.invoke('tracker.updateStep', { applicantId, stepId: 'certificate-verification', patch: { status: 'in-progress' }, today: '2025-09-02' }));
    expect((await profile()).profile.certificates[0]).toMatchObject({ verificationStatus: 'submitted', verifiedOn: null });
  });

  it('refuses, with a reason, a tracker edit with no certificate or several, and a date before the certificate was obtained', async () => {
    const none = await backend.invoke('tracker.updateStep', { applicantId, stepId: 'certificate-verification', patch: { status: 'done' } });
    expect(none.ok ? null : none.error.issues?.[0]?.key).toBe('tracker.error.verificationNoCertificate');

    await saveCertificates([certificate('11111111-1111-4111-8111-111111111111'), certificate('22222222-2222-4222-8222-222222222222')]);
    const several = await backend.invoke('tracker.updateStep', { applicantId, stepId: 'certificate-verification', patch: { status: 'done' } });
    expect(several.ok ? null : several.error.issues?.[0]?.key).toBe('tracker.error.verificationSeveralCertificates');

    await saveCertificates([certificate('11111111-1111-4111-8111-111111111111')]);
    const early = await backend.invoke('tracker.updateStep', { applicantId, stepId: 'certificate-verification', patch: { status: 'done', doneOn: '2019-01-01' } });
    expect(early.ok ? null : early.error.issues?.[0]?.path).toEqual(['patch', 'doneOn']);
    expect((await profile()).profile.certificates[0]?.verificationStatus).toBe('not-started');
  });

  it('with several certificates, one verified is enough, dated by the earliest verification', async () => {
    await saveCertificates([
      certificate('11111111-1111-4111-8111-111111111111', { verificationStatus: 'verified', verifiedOn: '2025-08-25' }),
      certificate('22222222-2222-4222-8222-222222222222', { verificationStatus: 'verified', verifiedOn: '2025-08-10' }),
      certificate('33333333-3333-4333-8333-333333333333', { verificationStatus: 'rejected' }),
    ]);
    expect(stepOf(await trackerOn('2025-09-02'))).toMatchObject({ status: 'done', doneOn: '2025-08-10' });
  });
});
