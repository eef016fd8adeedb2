// The automatic backups: at start when the data changed since the newest backup, before every migration,
// and daily while running (an injected clock and timer), each one failing without stopping the app.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Backend, BackendOpenError } from '../../electron/backend';
import { type SnapshotWriter, vacuumInto } from '../../electron/backend/backups/backupStore';
import { DAILY_CHECK_MS, intervalScheduler } from '../../electron/backend/backups/openWithBackups';
import { LATEST_SCHEMA_VERSION } from '../../electron/backend/database/migrations';
import type { BackupEntry } from '../../shared/contract/backupChannels';
import type { ReplyOf } from '../../shared/contract/channels';
import { value } from '../support/result';
import { makeTempDir } from '../support/tempDir';
import { ManualScheduler, TestClock, backupFiles, createApplicant, createDatabaseAtVersion, databasePath, openTestBackend } from './backups-support';

const HOUR = 60 * 60 * 1000;
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).reverse().forEach((cleanup) => cleanup()));

function tempDir(): string {
  const dir = makeTempDir('titleprep-auto-');
  cleanups.push(dir.remove);
  return dir.path;
}

function open(dir: string, clock: TestClock, options: { scheduler?: ManualScheduler; writeSnapshot?: SnapshotWriter } = {}): Backend {
  const backend = openTestBackend(dir, { clock, ...options });
  cleanups.push(() => backend.close());
  return backend;
}

const reasons = (dir: string) => backupFiles(dir).map((name) => /-(\w+(?:-restore)?)\.sqlite3$/.exec(name)?.[1]);
const list = async (backend: Backend) => value<ReplyOf<'backups.list'>>(await backend.invoke('backups.list', {})).backups;

describe('the backup at start', () => {
  it('is not made for a new data folder: there is nothing to protect yet', () => {
    const dir = tempDir();
    open(dir, new TestClock(new Date('2026-07-01T08:00:00Z'))).close();
    expect(backupFiles(dir)).toEqual([]);
  });

  it('is made when the data changed since the newest backup, and only then', async () => {
    const dir = tempDir();
    const clock = new TestClock(new Date('2026-07-01T08:00:00Z'));
    const first = open(dir, clock);
    await createApplicant(first, '张伟');
    first.close();

    clock.advance(HOUR);
    open(dir, clock).close();
    expect(reasons(dir)).toEqual(['start']);

    clock.advance(HOUR);
    const unchanged = open(dir, clock);
    expect(reasons(dir)).toEqual(['start']);
    await createApplicant(unchanged, '李娜');
    unchanged.close();

    clock.advance(HOUR);
    const changed = open(dir, clock);
    expect((await list(changed)).map((entry) => [entry.reason, entry.applicants])).toEqual([
      ['start', 2],
      ['start', 1],
    ]);
  });

  it('is compared with the newest backup of any kind: after "Back up now" an unchanged start makes none', async () => {
    const dir = tempDir();
    const clock = new TestClock(new Date('2026-07-01T08:00:00Z'));
    const backend = open(dir, clock);
    await createApplicant(backend, '张伟');
    value<BackupEntry>(await backend.invoke('backups.create', {}));
    backend.close();
    open(dir, clock).close();
    expect(reasons(dir)).toEqual(['manual']);
  });

  it('does not stop the app when it fails; the failure is shown until the next backup succeeds', async () => {
    const dir = tempDir();
    const clock = new TestClock(new Date('2026-07-01T08:00:00Z'));
    const first = open(dir, clock);
    await createApplicant(first, '张伟');
    first.close();

    let full = true;
    const logged: string[] = [];
    const backend = openTestBackend(dir, {
      clock,
      logged,
      writeSnapshot: (db, target) => {
        if (full) throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
        vacuumInto(db, target);
      },
    });
    cleanups.push(() => backend.close());
    const status = value<ReplyOf<'backups.status'>>(await backend.invoke('backups.status', {}));
    expect(status.lastFailure).toEqual({ at: '2026-07-01T08:00:00.000Z', reason: 'start', key: 'backups.error.diskFull' });
    expect(logged).toEqual(['TitlePrep backend: the start backup failed']);
    expect(await createApplicant(backend, '李娜')).toMatchObject({ nameZh: '李娜' });
    expect(backupFiles(dir)).toEqual([]);

    full = false;
    value<BackupEntry>(await backend.invoke('backups.create', {}));
    expect(value<ReplyOf<'backups.status'>>(await backend.invoke('backups.status', {})).lastFailure).toBeNull();
  });
});

describe('the daily backup', () => {
  it('fires on the timer once the newest backup is a day old and the data changed since', async () => {
    const dir = tempDir();
    const clock = new TestClock(new Date('2026-07-01T08:00:00Z'));
    const scheduler = new ManualScheduler();
    const backend = open(dir, clock, { scheduler });
    expect(scheduler.everyMs).toEqual([DAILY_CHECK_MS]);

    // Nothing changed: no backup, however long it runs.
    clock.advance(30 * HOUR);
    scheduler.tick();
    expect(backupFiles(dir)).toEqual([]);

    await createApplicant(backend, '张伟');
    scheduler.tick();
    expect(reasons(dir)).toEqual(['daily']);

    // Changed again, but the newest backup is not yet a day old.
    await createApplicant(backend, '李娜');
    clock.advance(23 * HOUR);
    scheduler.tick();
    expect(reasons(dir)).toEqual(['daily']);

    clock.advance(HOUR);
    scheduler.tick();
    expect(reasons(dir)).toEqual(['daily', 'daily']);
    expect((await list(backend))[0]).toMatchObject({ reason: 'daily', applicants: 2, createdAt: '2026-07-03T14:00:00.000Z' });

    // A day later with no change since: none.
    clock.advance(25 * HOUR);
    scheduler.tick();
    expect(backupFiles(dir)).toHaveLength(2);
  });

  it('is due a day after the newest backup of any kind', async () => {
    const dir = tempDir();
    const clock = new TestClock(new Date('2026-07-01T08:00:00Z'));
    const scheduler = new ManualScheduler();
    const backend = open(dir, clock, { scheduler });
    await createApplicant(backend, '张伟');
    value<BackupEntry>(await backend.invoke('backups.create', {}));
    await createApplicant(backend, '李娜');
    clock.advance(12 * HOUR);
    scheduler.tick();
    expect(reasons(dir)).toEqual(['manual']);
    clock.advance(12 * HOUR);
    scheduler.tick();
    expect(reasons(dir)).toEqual(['manual', 'daily']);
  });

  it('stops with the backend: close() cancels the timer', () => {
    const scheduler = new ManualScheduler();
    open(tempDir(), new TestClock(new Date('2026-07-01T08:00:00Z')), { scheduler }).close();
    expect(scheduler.cancelled).toBe(1);
  });

  it('runs on a real interval by default, and stops when cancelled', () => {
    vi.useFakeTimers();
    try {
      const run = vi.fn();
      const cancel = intervalScheduler(run, DAILY_CHECK_MS);
      vi.advanceTimersByTime(3 * DAILY_CHECK_MS);
      expect(run).toHaveBeenCalledTimes(3);
      cancel();
      vi.advanceTimersByTime(3 * DAILY_CHECK_MS);
      expect(run).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the backup before a migration', () => {
  it('copies a version-4 data file, as it was, before migrating it; no start backup on top', async () => {
    const dir = tempDir();
    createDatabaseAtVersion(dir, 4, '旧版本的申报人');
    const clock = new TestClock(new Date('2026-07-01T08:00:00Z'));
    const backend = open(dir, clock);

    const [backup, ...others] = await list(backend);
    expect(others).toEqual([]);
    expect(backup).toMatchObject({
      name: 'titleprep-backup-20260701T080000000Z-00-migration.sqlite3',
      reason: 'migration',
      schemaVersion: 4,
      applicants: 1,
      check: 'ok',
    });
    const copy = new DatabaseConstructor(join(dir, 'backups', backup?.name ?? ''), { readonly: true });
    expect(copy.prepare('SELECT name_zh FROM applicant').all()).toEqual([{ name_zh: '旧版本的申报人' }]);
    copy.close();
    expect(value<ReplyOf<'app.info'>>(await backend.invoke('app.info', {})).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
  });

  it('refuses to migrate when the backup cannot be made, leaving the file at its old version, byte for byte', () => {
    const dir = tempDir();
    const file = createDatabaseAtVersion(dir, 4, '旧版本的申报人');
    const before = readFileSync(file);
    const clock = new TestClock(new Date('2026-07-01T08:00:00Z'));
    let refusal: unknown;
    try {
      open(dir, clock, {
        writeSnapshot: () => {
          throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
        },
      });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(BackendOpenError);
    expect((refusal as BackendOpenError).message).toMatch(/backup could not be made/);
    expect(readFileSync(file).equals(before)).toBe(true);
    const db = new DatabaseConstructor(databasePath(dir), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    db.close();
    expect(backupFiles(dir)).toEqual([]);
  });

  it('is not made for a database already at the latest version', () => {
    const dir = tempDir();
    createDatabaseAtVersion(dir, LATEST_SCHEMA_VERSION, '张伟');
    open(dir, new TestClock(new Date('2026-07-01T08:00:00Z'))).close();
    // The start backup (the data is not in any backup yet), but no migration backup.
    expect(reasons(dir)).toEqual(['start']);
  });
});
