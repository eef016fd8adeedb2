// The data file's check at open: a damaged or cut-short file is moved aside (never deleted, never
// overwritten), the app opens on a new file and offers the newest sound backup; a newer file is refused
// without a byte changed.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { type Backend, BackendOpenError } from '../../electron/backend';
import { LATEST_SCHEMA_VERSION } from '../../electron/backend/database/migrations';
import type { BackupEntry } from '../../shared/contract/backupChannels';
import type { ReplyOf } from '../../shared/contract/channels';
import { value } from '../support/result';
import { makeTempDir } from '../support/tempDir';
import { KEEP } from '../../electron/backend/backups/rotation';
import {
  ManualScheduler,
  TestClock,
  applicantNames,
  backupFiles,
  createApplicant,
  databasePath,
  fillWithApplicants,
  folderBytes,
  openTestBackend,
  truncateToHalf,
  writeGarbageIntoMiddlePage,
} from './backups-support';

type Status = ReplyOf<'backups.status'>;

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).reverse().forEach((cleanup) => cleanup()));

function tempDir(): string {
  const dir = makeTempDir('titleprep-recovery-');
  cleanups.push(dir.remove);
  return dir.path;
}

function open(dir: string, clock: TestClock): Backend {
  const backend = openTestBackend(dir, { clock });
  cleanups.push(() => backend.close());
  return backend;
}

/** A data folder with `count` applicants and one manual backup of them; the backend closed. */
async function folderWithBackup(count: number, clock: TestClock): Promise<{ dir: string; backup: BackupEntry }> {
  const dir = tempDir();
  const backend = open(dir, clock);
  await fillWithApplicants(backend, count);
  const backup = value<BackupEntry>(await backend.invoke('backups.create', {}));
  backend.close();
  return { dir, backup };
}

const damagedNames = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('titleprep-damaged-'));

describe('a damaged data file at open', () => {
  it('is moved aside byte for byte, the app opens on a new file, and the newest sound backup is offered', async () => {
    const clock = new TestClock(new Date('2026-03-02T09:00:00Z'));
    const { dir, backup } = await folderWithBackup(40, clock);
    writeGarbageIntoMiddlePage(databasePath(dir));
    const damagedBytes = readFileSync(databasePath(dir));

    clock.advance(60_000);
    const backend = open(dir, clock);
    const status = value<Status>(await backend.invoke('backups.status', {}));
    expect(status.recovery?.problem).toBe('damaged');
    expect(status.recovery?.movedAside).toEqual(['titleprep-damaged-20260302T090100000Z.sqlite3']);
    expect(status.recovery?.latestGood).toMatchObject({ name: backup.name, applicants: 40, check: 'ok' });
    expect(readFileSync(join(dir, 'titleprep-damaged-20260302T090100000Z.sqlite3')).equals(damagedBytes)).toBe(true);
    // The new file is empty, and sound.
    expect(await applicantNames(backend)).toEqual([]);
    expect(await createApplicant(backend, '新申报人')).toMatchObject({ nameZh: '新申报人' });
  });

  it('is restored from the offered backup; what was typed into the new file meanwhile is backed up first', async () => {
    const clock = new TestClock(new Date('2026-03-02T09:00:00Z'));
    const { dir, backup } = await folderWithBackup(30, clock);
    writeGarbageIntoMiddlePage(databasePath(dir));
    clock.advance(60_000);
    const backend = open(dir, clock);
    await createApplicant(backend, '恢复前输入的');

    const restored = value<ReplyOf<'backups.restore'>>(await backend.invoke('backups.restore', { name: backup.name }));
    expect(restored.safetyBackup).toMatchObject({ reason: 'before-restore', applicants: 1 });
    expect(await applicantNames(backend)).toHaveLength(30);
    expect(value<Status>(await backend.invoke('backups.status', {})).recovery).toBeNull();
    // The damaged file stays where it was put.
    expect(damagedNames(dir)).toHaveLength(1);
  });

  it('cut to half its length is moved aside too, and the app opens', async () => {
    const clock = new TestClock(new Date('2026-03-02T09:00:00Z'));
    const { dir } = await folderWithBackup(40, clock);
    const before = statSync(databasePath(dir)).size;
    truncateToHalf(databasePath(dir));
    clock.advance(1000);
    const backend = open(dir, clock);
    expect(value<Status>(await backend.invoke('backups.status', {})).recovery).toMatchObject({ problem: 'damaged' });
    const [moved] = damagedNames(dir);
    expect(moved).toBeDefined();
    expect(statSync(join(dir, moved ?? '')).size).toBe(Math.floor(before / 2));
    expect(await applicantNames(backend)).toEqual([]);
  });

  it('takes its -wal along, under the same new name, so SQLite tools still read them together', async () => {
    const clock = new TestClock(new Date('2026-03-02T09:00:00Z'));
    const source = tempDir();
    const filled = open(source, clock);
    await fillWithApplicants(filled, 40);
    filled.close();
    const running = open(source, clock);
    await createApplicant(running, '最后一位');
    // A crash: the files as they are while the app runs, with the last write still in the -wal.
    const dir = tempDir();
    for (const suffix of ['', '-wal']) copyFileSync(`${databasePath(source)}${suffix}`, `${databasePath(dir)}${suffix}`);
    running.close();
    writeGarbageIntoMiddlePage(databasePath(dir));
    const walBytes = readFileSync(`${databasePath(dir)}-wal`);

    const backend = open(dir, clock);
    const moved = value<Status>(await backend.invoke('backups.status', {})).recovery?.movedAside ?? [];
    expect(moved).toContain('titleprep-damaged-20260302T090000000Z.sqlite3');
    expect(moved).toContain('titleprep-damaged-20260302T090000000Z.sqlite3-wal');
    expect(readFileSync(join(dir, 'titleprep-damaged-20260302T090000000Z.sqlite3-wal')).equals(walBytes)).toBe(true);
    expect(await applicantNames(backend)).toEqual([]);
  });

  it('never overwrites an earlier damaged file moved aside in the same millisecond', async () => {
    const clock = new TestClock(new Date('2026-03-02T09:00:00Z'));
    const { dir } = await folderWithBackup(40, clock);
    const original = readFileSync(databasePath(dir));
    writeGarbageIntoMiddlePage(databasePath(dir));
    open(dir, clock).close();
    // The same damage again, at the same instant.
    writeFileSync(databasePath(dir), original);
    writeGarbageIntoMiddlePage(databasePath(dir));
    truncateToHalf(databasePath(dir));
    open(dir, clock).close();
    expect(damagedNames(dir).sort()).toEqual(['titleprep-damaged-20260302T090000000Z-1.sqlite3', 'titleprep-damaged-20260302T090000000Z.sqlite3']);
    expect(statSync(join(dir, 'titleprep-damaged-20260302T090000000Z.sqlite3')).size).toBe(original.length);
  });

  it('keeps telling the user after a restart, until they restore or dismiss', async () => {
    const clock = new TestClock(new Date('2026-03-02T09:00:00Z'));
    const { dir } = await folderWithBackup(40, clock);
    writeGarbageIntoMiddlePage(databasePath(dir));
    open(dir, clock).close();

    const again = open(dir, clock);
    const status = value<Status>(await again.invoke('backups.status', {}));
    expect(status.recovery).toMatchObject({ problem: 'damaged', movedAside: ['titleprep-damaged-20260302T090000000Z.sqlite3'] });
    expect(value<{ dismissed: boolean }>(await again.invoke('backups.dismissRecovery', {}))).toEqual({ dismissed: true });
    again.close();

    const third = open(dir, clock);
    expect(value<Status>(await third.invoke('backups.status', {})).recovery).toBeNull();
    expect(damagedNames(dir)).toEqual(['titleprep-damaged-20260302T090000000Z.sqlite3']);
  });

  it('keeps offering, and keeps from the rotation, the backups made before the damage until the user decides', async () => {
    const clock = new TestClock(new Date('2026-03-02T09:00:00Z'));
    const dir = tempDir();
    const first = open(dir, clock);
    await fillWithApplicants(first, 40);
    first.close();
    clock.advance(60_000);
    open(dir, clock).close(); // the start backup: automatic, so the rotation would count it
    const [beforeDamage] = backupFiles(dir);
    writeGarbageIntoMiddlePage(databasePath(dir));

    clock.advance(60_000);
    const scheduler = new ManualScheduler();
    const backend = openTestBackend(dir, { clock, scheduler });
    cleanups.push(() => backend.close());
    // Work goes on in the new file for weeks: more automatic backups than the rotation keeps.
    for (let day = 0; day < KEEP.automatic + 2; day += 1) {
      clock.advance(25 * 60 * 60 * 1000);
      await createApplicant(backend, `新${day}`);
      scheduler.tick();
    }
    expect(backupFiles(dir)).toContain(beforeDamage);
    const status = value<Status>(await backend.invoke('backups.status', {}));
    expect(status.recovery?.latestGood).toMatchObject({ name: beforeDamage, applicants: 40 });

    // Dismissed: the rotation is free to let it go with the next backup.
    await backend.invoke('backups.dismissRecovery', {});
    clock.advance(25 * 60 * 60 * 1000);
    await createApplicant(backend, '再一位');
    scheduler.tick();
    expect(backupFiles(dir)).not.toContain(beforeDamage);
  });

  it('offers nothing when no backup is sound, and says so', async () => {
    const clock = new TestClock(new Date('2026-03-02T09:00:00Z'));
    const dir = tempDir();
    const backend = open(dir, clock);
    await fillWithApplicants(backend, 40);
    backend.close();
    writeGarbageIntoMiddlePage(databasePath(dir));
    const status = value<Status>(await open(dir, clock).invoke('backups.status', {}));
    expect(status.recovery).toMatchObject({ problem: 'damaged', latestGood: null });
  });
});

describe('an empty data file at open', () => {
  it('is data lost when backups exist: moved aside, and the newest backup offered', async () => {
    const clock = new TestClock(new Date('2026-03-02T09:00:00Z'));
    const { dir, backup } = await folderWithBackup(3, clock);
    writeFileSync(databasePath(dir), '');
    clock.advance(1000);
    const status = value<Status>(await open(dir, clock).invoke('backups.status', {}));
    expect(status.recovery).toMatchObject({ problem: 'empty', latestGood: { name: backup.name } });
  });

  it('is a first start when there is no backup: no notice, nothing moved', async () => {
    const clock = new TestClock(new Date('2026-03-02T09:00:00Z'));
    const dir = tempDir();
    writeFileSync(databasePath(dir), '');
    const backend = open(dir, clock);
    expect(value<Status>(await backend.invoke('backups.status', {})).recovery).toBeNull();
    expect(damagedNames(dir)).toEqual([]);
    expect(await createApplicant(backend, '张伟')).toMatchObject({ nameZh: '张伟' });
  });
});

describe('a database from a newer TitlePrep', () => {
  it('is refused with database-newer, and neither it nor anything else in the folder changes', () => {
    const clock = new TestClock(new Date('2026-03-02T09:00:00Z'));
    const dir = tempDir();
    const future = new DatabaseConstructor(databasePath(dir));
    future.exec('CREATE TABLE from_the_future (x INTEGER) STRICT');
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    future.close();
    mkdirSync(join(dir, 'backups'));
    const before = folderBytes(dir);
    const modified = statSync(databasePath(dir)).mtimeMs;

    let refusal: unknown;
    try {
      open(dir, clock);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(BackendOpenError);
    expect((refusal as BackendOpenError).code).toBe('database-newer');
    expect(folderBytes(dir)).toEqual(before);
    expect(statSync(databasePath(dir)).mtimeMs).toBe(modified);
    expect(backupFiles(dir)).toEqual([]);
    expect(damagedNames(dir)).toEqual([]);
  });
});

describe('a file that is not a database at all', () => {
  it('is still refused as unreadable, and left where it is', () => {
    const clock = new TestClock(new Date('2026-03-02T09:00:00Z'));
    const dir = tempDir();
    writeFileSync(databasePath(dir), 'notes, not a database; '.repeat(100));
    expect(() => open(dir, clock)).toThrow(/could not be opened/);
    expect(existsSync(databasePath(dir))).toBe(true);
    expect(damagedNames(dir)).toEqual([]);
  });
});
