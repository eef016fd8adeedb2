// Restoring a backup through the contract: the current data is backed up first, the file is replaced
// whole, every channel works on the restored data; a backup that cannot be used, or a full disk, leaves
// everything as it was and says why with an i18n key.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import DatabaseConstructor from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend';
import { type SnapshotWriter, vacuumInto } from '../../electron/backend/backups/backupStore';
import { LATEST_SCHEMA_VERSION } from '../../electron/backend/database/migrations';
import type { BackupEntry } from '../../shared/contract/backupChannels';
import type { ReplyOf, StoredProfile } from '../../shared/contract/channels';
import type { Result } from '../../shared/contract/result';
import { isBackupsKey, tb } from '../../shared/i18n/backups';
import { sampleProfile } from '../support/profiles';
import { value } from '../support/result';
import { makeTempDir } from '../support/tempDir';
import { TestClock, applicantNames, backupFiles, createApplicant, createDatabaseAtVersion, databasePath, folderBytes, openTestBackend } from './backups-support';

type List = ReplyOf<'backups.list'>;
type Restored = ReplyOf<'backups.restore'>;

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).reverse().forEach((cleanup) => cleanup()));

function setUp(writeSnapshot?: SnapshotWriter) {
  const dir = makeTempDir('titleprep-restore-');
  cleanups.push(dir.remove);
  const clock = new TestClock(new Date('2026-06-01T08:00:00Z'));
  const backend = openTestBackend(dir.path, { clock, ...(writeSnapshot ? { writeSnapshot } : {}) });
  cleanups.push(() => backend.close());
  return { dir: dir.path, clock, backend };
}

const list = async (backend: Backend) => value<List>(await backend.invoke('backups.list', {})).backups;

/** The error's one issue key, checked to be a sentence of the backups dictionary in both languages. */
function issueKey(result: Result<unknown>): string {
  expect(result.ok).toBe(false);
  const key = result.ok ? '' : (result.error.issues?.[0]?.key ?? '');
  expect(isBackupsKey(key)).toBe(true);
  if (isBackupsKey(key)) for (const language of ['zh', 'en'] as const) expect(tb(language, key, { reason: 'x' })).not.toMatch(/\{|^$/);
  return key;
}

describe('restoring a backup', () => {
  it('round trip: make, list, change, restore, and undo the restore from its safety backup', async () => {
    const { backend, clock } = setUp();
    const first = await createApplicant(backend, '张伟');
    await createApplicant(backend, '李娜');
    const backup = value<BackupEntry>(await backend.invoke('backups.create', {}));
    expect(await list(backend)).toEqual([backup]);

    clock.advance(60_000);
    await createApplicant(backend, '王芳');
    await backend.invoke('applicants.rename', { id: first.id, nameZh: '张伟（改）', nameLatin: '' });

    clock.advance(60_000);
    const restored = value<Restored>(await backend.invoke('backups.restore', { name: backup.name }));
    expect(restored.restored).toEqual(backup);
    expect((await applicantNames(backend)).sort()).toEqual(['张伟', '李娜'].sort());

    // The safety backup holds the data as it was just before, and restoring it undoes the restore.
    expect(restored.safetyBackup).toMatchObject({ reason: 'before-restore', applicants: 3, createdAt: '2026-06-01T08:02:00.000Z' });
    expect((await list(backend)).map((entry) => entry.name)).toEqual([restored.safetyBackup.name, backup.name]);
    clock.advance(60_000);
    value<Restored>(await backend.invoke('backups.restore', { name: restored.safetyBackup.name }));
    expect((await applicantNames(backend)).sort()).toEqual(['张伟（改）', '李娜', '王芳'].sort());
  });

  it('backs up the current data before replacing it, even when the restore then fails', async () => {
    let calls = 0;
    const { backend, dir } = setUp((db, target) => {
      calls += 1;
      vacuumInto(db, target);
    });
    await createApplicant(backend, '张伟');
    const backup = value<BackupEntry>(await backend.invoke('backups.create', {}));
    await createApplicant(backend, '李娜');
    const before = calls;
    value<Restored>(await backend.invoke('backups.restore', { name: backup.name }));
    expect(calls).toBe(before + 1);
    const safety = (await list(backend)).find((entry) => entry.reason === 'before-restore');
    const copy = new DatabaseConstructor(join(dir, 'backups', safety?.name ?? ''), { readonly: true });
    expect(copy.prepare('SELECT name_zh FROM applicant ORDER BY created_at, name_zh').all()).toHaveLength(2);
    copy.close();
  });

  it('leaves every channel working on the restored data (the connection is new)', async () => {
    const { backend } = setUp();
    const applicant = await createApplicant(backend, '张伟');
    const saved = value<{ revision: number }>(await backend.invoke('profile.save', { applicantId: applicant.id, profile: sampleProfile(), baseRevision: 0 }));
    const backup = value<BackupEntry>(await backend.invoke('backups.create', {}));
    await backend.invoke('profile.save', { applicantId: applicant.id, profile: { ...sampleProfile(), person: { ...sampleProfile().person, post: '总工程师' } }, baseRevision: saved.revision });

    value<Restored>(await backend.invoke('backups.restore', { name: backup.name }));
    const profile = value<StoredProfile>(await backend.invoke('profile.get', { applicantId: applicant.id }));
    expect(profile.revision).toBe(saved.revision);
    expect(profile.profile.person.post).toBe(sampleProfile().person.post);
    value(await backend.invoke('profile.save', { applicantId: applicant.id, profile: sampleProfile(), baseRevision: profile.revision }));
    value(await backend.invoke('settings.update', { language: 'en' }));
    expect(value<{ language: string }>(await backend.invoke('settings.get', {})).language).toBe('en');
    expect(value<ReplyOf<'backups.status'>>(await backend.invoke('backups.status', {})).lastRestore?.restored.name).toBe(backup.name);
  });

  it('brings a backup from an older schema version up to date as it restores it', async () => {
    const { backend, dir } = setUp();
    // A backup made before migration 5 by an older TitlePrep: a version-4 file under a backup name.
    const old = makeTempDir('titleprep-old-');
    cleanups.push(old.remove);
    createDatabaseAtVersion(old.path, 4, '旧版本的申报人');
    const name = 'titleprep-backup-20260101T000000000Z-00-migration.sqlite3';
    mkdirSync(join(dir, 'backups'), { recursive: true });
    copyFileSync(databasePath(old.path), join(dir, 'backups', name));

    value<Restored>(await backend.invoke('backups.restore', { name }));
    expect(await applicantNames(backend)).toEqual(['旧版本的申报人']);
    const db = new DatabaseConstructor(databasePath(dir), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    db.close();
    // The backup itself is kept as it was: still version 4.
    expect((await list(backend)).find((entry) => entry.name === name)?.schemaVersion).toBe(4);
  });
});

describe('a restore that cannot happen', () => {
  async function prepared() {
    const context = setUp();
    await createApplicant(context.backend, '张伟');
    const backup = value<BackupEntry>(await context.backend.invoke('backups.create', {}));
    await createApplicant(context.backend, '李娜');
    return { ...context, backup };
  }

  it('refuses a damaged backup, changing nothing and making no safety backup', async () => {
    const { backend, dir, backup } = await prepared();
    const path = join(dir, 'backups', backup.name);
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const backupsBefore = backupFiles(dir);

    const result = await backend.invoke('backups.restore', { name: backup.name });
    expect(result.ok || result.error.code).toBe('validation');
    expect(issueKey(result)).toBe('backups.error.backupDamaged');
    expect(backupFiles(dir)).toEqual(backupsBefore);
    expect((await applicantNames(backend)).sort()).toEqual(['张伟', '李娜'].sort());
  });

  it('refuses a backup written by a newer TitlePrep', async () => {
    const { backend, dir, backup } = await prepared();
    const future = new DatabaseConstructor(join(dir, 'backups', backup.name));
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    future.close();
    const result = await backend.invoke('backups.restore', { name: backup.name });
    expect(issueKey(result)).toBe('backups.error.backupNewer');
    expect((await applicantNames(backend)).sort()).toEqual(['张伟', '李娜'].sort());
  });

  it('answers not-found for a name no backup has, and refuses a path at the contract', async () => {
    const { backend } = await prepared();
    const missing = await backend.invoke('backups.restore', { name: 'titleprep-backup-20990101T000000000Z-00-manual.sqlite3' });
    expect(missing.ok || missing.error.code).toBe('not-found');
    expect(issueKey(missing)).toBe('backups.error.notFound');
    for (const name of ['../titleprep.sqlite3', '/etc/passwd', 'backups/../../x.sqlite3']) {
      const refused = await backend.invoke('backups.restore', { name });
      expect(refused.ok || refused.error.code).toBe('validation');
    }
    expect((await applicantNames(backend)).sort()).toEqual(['张伟', '李娜'].sort());
  });

  it('stops before replacing anything when the disk is full for the safety backup', async () => {
    let full = false;
    const { backend, dir } = setUp((db, target) => {
      if (full) throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
      vacuumInto(db, target);
    });
    await createApplicant(backend, '张伟');
    const backup = value<BackupEntry>(await backend.invoke('backups.create', {}));
    await createApplicant(backend, '李娜');
    const folderBefore = folderBytes(join(dir, 'backups'));

    full = true;
    const result = await backend.invoke('backups.restore', { name: backup.name });
    expect(result.ok || result.error.code).toBe('internal');
    expect(issueKey(result)).toBe('backups.error.diskFull');
    expect(folderBytes(join(dir, 'backups'))).toEqual(folderBefore);
    expect((await applicantNames(backend)).sort()).toEqual(['张伟', '李娜'].sort());
    // No prepared copy of the backup is left in the data folder.
    expect(backupFiles(dir)).toEqual([backup.name]);
  });
});

describe('a full disk', () => {
  it('while backing up now: a typed error with an i18n key, and the earlier backups stay', async () => {
    let full = false;
    const { backend, dir } = setUp((db, target) => {
      if (!full) return vacuumInto(db, target);
      writeFileSync(target, Buffer.alloc(4096));
      throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    });
    await createApplicant(backend, '张伟');
    value<BackupEntry>(await backend.invoke('backups.create', {}));
    const before = folderBytes(join(dir, 'backups'));
    full = true;
    const result = await backend.invoke('backups.create', {});
    expect(issueKey(result)).toBe('backups.error.diskFull');
    expect(folderBytes(join(dir, 'backups'))).toEqual(before);
  });

  it('while saving a profile: the save is refused with an i18n key and the saved profile stays', async () => {
    let live: Database | null = null;
    // The snapshot writer is handed the live connection: the test uses it to cap the file's size, which
    // makes SQLite fail exactly as it does on a full disk (SQLITE_FULL), rolling the transaction back.
    const { backend } = setUp((db, target) => {
      live = db;
      vacuumInto(db, target);
    });
    const applicant = await createApplicant(backend, '张伟');
    const saved = value<{ revision: number }>(await backend.invoke('profile.save', { applicantId: applicant.id, profile: sampleProfile(), baseRevision: 0 }));
    value(await backend.invoke('backups.create', {}));
    const connection = live as Database | null;
    if (!connection) throw new Error('the writer was not called');
    connection.pragma(`max_page_count = ${String(connection.pragma('page_count', { simple: true }))}`);

    const big = { ...sampleProfile(), person: { ...sampleProfile().person, post: '长'.repeat(190) } };
    const bigger = { ...big, education: Array.from({ length: 40 }, (_, index) => ({ ...big.education[0]!, id: `e0000000-0000-4000-8000-${String(index).padStart(12, '0')}`, school: '学'.repeat(190) })) };
    const result = await backend.invoke('profile.save', { applicantId: applicant.id, profile: bigger, baseRevision: saved.revision });
    expect(result.ok || result.error.code).toBe('internal');
    expect(issueKey(result)).toBe('backups.error.saveDiskFull');
    const profile = value<StoredProfile>(await backend.invoke('profile.get', { applicantId: applicant.id }));
    expect(profile.revision).toBe(saved.revision);
    expect(profile.profile.person.post).toBe(sampleProfile().person.post);
  });
});
