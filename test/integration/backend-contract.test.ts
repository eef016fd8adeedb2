// The handler table over a real SQLite file: every channel, and the bad input of the issue.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, openBackend } from '../../electron/backend';
import { type ApplicantSummary, type StoredProfile, contract } from '../../shared/contract/channels';
import { LATEST_SCHEMA_VERSION } from '../../electron/backend/database/migrations';
import { sampleProfile } from '../support/profiles';
import { makeTempDir } from '../support/tempDir';
import { value } from '../support/result';

let dir: ReturnType<typeof makeTempDir>;
let backend: Backend;
let clock = new Date('2026-11-23T08:00:00Z');

function open() {
  return openBackend({ dataDirectory: dir.path, transport: 'browser', appVersion: '0.0.0-test', now: () => clock });
}

beforeEach(() => {
  dir = makeTempDir();
  backend = open();
});
afterEach(() => {
  backend.close();
  dir.remove();
});


async function createApplicant(nameZh: string): Promise<ApplicantSummary> {
  return value<ApplicantSummary>(await backend.invoke('applicants.create', { nameZh, nameLatin: '' }));
}

describe('applicants', () => {
  it('are created, listed in creation order, renamed, deleted and restored', async () => {
    const first = await createApplicant('张伟');
    clock = new Date(clock.getTime() + 1000);
    const second = await createApplicant('李娜');
    expect(value<ApplicantSummary[]>(await backend.invoke('applicants.list', {})).map((a) => a.nameZh)).toEqual(['张伟', '李娜']);

    const renamed = value<ApplicantSummary>(await backend.invoke('applicants.rename', { id: first.id, nameZh: '张伟', nameLatin: 'ZHANG WEI' }));
    expect(renamed.nameLatin).toBe('ZHANG WEI');

    await backend.invoke('applicants.delete', { id: second.id });
    expect(value<ApplicantSummary[]>(await backend.invoke('applicants.list', {}))).toHaveLength(1);
    const profileOfDeleted = await backend.invoke('profile.get', { applicantId: second.id });
    expect(profileOfDeleted.ok || profileOfDeleted.error.code).toBe('not-found');

    await backend.invoke('applicants.restore', { id: second.id });
    expect(value<ApplicantSummary[]>(await backend.invoke('applicants.list', {}))).toHaveLength(2);
  });

  it('deleting the current applicant clears the current choice', async () => {
    const applicant = await createApplicant('王芳');
    await backend.invoke('settings.update', { currentApplicantId: applicant.id });
    await backend.invoke('applicants.delete', { id: applicant.id });
    expect(value<{ currentApplicantId: string | null }>(await backend.invoke('settings.get', {})).currentApplicantId).toBeNull();
  });

  it('an applicant with no name at all is refused, naming the field', async () => {
    const result = await backend.invoke('applicants.create', { nameZh: ' ', nameLatin: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: ['nameZh'], key: 'person.nameRequired' }] } });
  });

  it('unknown ids give not-found, malformed ids a validation error', async () => {
    const unknown = await backend.invoke('applicants.rename', { id: crypto.randomUUID(), nameZh: 'x', nameLatin: '' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const malformed = await backend.invoke('profile.get', { applicantId: "1' OR '1'='1" });
    expect(malformed).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: ['applicantId'] }] } });
  });
});

describe('profiles', () => {
  it('a saved profile comes back field for field, after closing and reopening the file', async () => {
    const applicant = await createApplicant('张伟');
    const saved = await backend.invoke('profile.save', { applicantId: applicant.id, profile: sampleProfile(), baseRevision: 0 });
    expect(saved).toMatchObject({ ok: true, value: { revision: 1 } });
    backend.close();
    backend = open();
    const stored = value<StoredProfile>(await backend.invoke('profile.get', { applicantId: applicant.id }));
    expect(stored.revision).toBe(1);
    expect(stored.profile).toEqual(contract['profile.save'].request.parse({ applicantId: applicant.id, profile: sampleProfile(), baseRevision: 0 }).profile);
  });

  it('an invalid profile writes nothing, and the error names each field', async () => {
    const applicant = await createApplicant('张伟');
    const profile = sampleProfile();
    profile.person.birthDate = '2025-02-30';
    profile.workPeriods[0]!.endDate = '2014-12-31';
    const result = await backend.invoke('profile.save', { applicantId: applicant.id, profile, baseRevision: 0 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues?.map((issue) => [issue.path.join('.'), issue.key])).toEqual([
      ['profile.person.birthDate', 'date.invalid'],
      ['profile.workPeriods.0.endDate', 'date.endBeforeStart'],
    ]);
    const stored = value<StoredProfile>(await backend.invoke('profile.get', { applicantId: applicant.id }));
    expect(stored.revision).toBe(0);
    expect(stored.profile.workPeriods).toEqual([]);
  });

  it('two saves from the same revision: the first wins, the second gets a conflict, nothing is mixed', async () => {
    const applicant = await createApplicant('张伟');
    const a = sampleProfile();
    const b = sampleProfile();
    b.person.department = '财务部';
    b.workPeriods = [];
    const [first, second] = await Promise.all([
      backend.invoke('profile.save', { applicantId: applicant.id, profile: a, baseRevision: 0 }),
      backend.invoke('profile.save', { applicantId: applicant.id, profile: b, baseRevision: 0 }),
    ]);
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const stored = value<StoredProfile>(await backend.invoke('profile.get', { applicantId: applicant.id }));
    expect(stored.profile.person.department).toBe('研发部');
    expect(stored.profile.workPeriods).toHaveLength(1);
  });

  it('a row id that belongs to another applicant is refused without a partial write', async () => {
    const one = await createApplicant('甲');
    const two = await createApplicant('乙');
    await backend.invoke('profile.save', { applicantId: one.id, profile: sampleProfile(), baseRevision: 0 });
    const result = await backend.invoke('profile.save', { applicantId: two.id, profile: sampleProfile(), baseRevision: 0 });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    const stored = value<StoredProfile>(await backend.invoke('profile.get', { applicantId: two.id }));
    expect(stored.revision).toBe(0);
    expect(stored.profile.person.nameZh).toBe('乙');
  });

  it('SQL-looking strings, emoji in free text and long Extension B names are stored as they are', async () => {
    const applicant = await createApplicant('𠀀'.repeat(100));
    const profile = sampleProfile();
    profile.person.nameZh = '𠀀'.repeat(100);
    profile.person.department = "'); DROP TABLE applicant; -- 🚀";
    await backend.invoke('profile.save', { applicantId: applicant.id, profile, baseRevision: 0 });
    const stored = value<StoredProfile>(await backend.invoke('profile.get', { applicantId: applicant.id }));
    expect(stored.profile.person.department).toBe("'); DROP TABLE applicant; -- 🚀");
    expect(value<ApplicantSummary[]>(await backend.invoke('applicants.list', {}))).toHaveLength(1);
  });
});

describe('settings and the contract itself', () => {
  it('language and current applicant are kept', async () => {
    const applicant = await createApplicant('张伟');
    await backend.invoke('settings.update', { language: 'en', currentApplicantId: applicant.id });
    backend.close();
    backend = open();
    expect(value(await backend.invoke('settings.get', {}))).toEqual({ language: 'en', currentApplicantId: applicant.id });
  });

  it('refuses a current applicant that does not exist, and unknown setting keys', async () => {
    expect(await backend.invoke('settings.update', { currentApplicantId: crypto.randomUUID() })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await backend.invoke('settings.update', { theme: 'dark' })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('an unknown channel or a non-object payload is a typed error, never an exception', async () => {
    expect(await backend.invoke('applicants.drop', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await backend.invoke(42, {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await backend.invoke('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await backend.invoke('applicants.list', null)).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await backend.invoke('profile.save', 'x'.repeat(100_000))).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('app.info names the schema version and the transport', async () => {
    expect(value(await backend.invoke('app.info', {}))).toMatchObject({ name: 'TitlePrep', schemaVersion: LATEST_SCHEMA_VERSION, transport: 'browser' });
  });
});
