// The backups folder over real SQLite files: make, list, rotate; a backup taken while another connection
// writes is a consistent snapshot; a full disk leaves the data and every earlier backup as they were.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import DatabaseConstructor, { type Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { BackupError, type SnapshotWriter, createBackupStore, vacuumInto } from '../../electron/backend/backups/backupStore';
import { KEEP } from '../../electron/backend/backups/rotation';
import { databasePath, openDatabase } from '../../electron/backend/database/open';
import { makeTempDir } from '../support/tempDir';
import { TestClock, folderBytes } from './backups-support';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).reverse().forEach((cleanup) => cleanup()));

function setUp(writeSnapshot?: SnapshotWriter) {
  const dir = makeTempDir('titleprep-store-');
  cleanups.push(dir.remove);
  const db = openDatabase(databasePath(dir.path));
  cleanups.push(() => db.close());
  const clock = new TestClock(new Date('2026-05-01T08:00:00Z'));
  const folder = join(dir.path, 'backups');
  const store = createBackupStore({ folder, now: clock.now, ...(writeSnapshot ? { writeSnapshot } : {}) });
  return { dir: dir.path, db, clock, folder, store };
}

function addApplicant(db: Database, id: string): void {
  db.prepare("INSERT INTO applicant (id, created_at, updated_at, name_zh) VALUES (?, 't', 't', '张伟')").run(id);
}

describe('making and listing backups', () => {
  it('writes a sound copy and lists it with its time, reason, applicants and size', () => {
    const { db, store, folder } = setUp();
    addApplicant(db, 'a1');
    addApplicant(db, 'a2');
    const entry = store.create(db, 'manual');
    expect(entry).toMatchObject({
      name: 'titleprep-backup-20260501T080000000Z-00-manual.sqlite3',
      createdAt: '2026-05-01T08:00:00.000Z',
      reason: 'manual',
      applicants: 2,
      check: 'ok',
    });
    expect(entry?.sizeBytes).toBe(readFileSync(join(folder, entry?.name ?? '')).length);
    expect(store.list()).toEqual([entry]);
    // Nothing else is left in the folder: no temporary file, no -wal or -shm.
    expect(readdirSync(folder)).toEqual([entry?.name]);
  });

  it('counts only applicants not in the bin', () => {
    const { db, store } = setUp();
    addApplicant(db, 'a1');
    addApplicant(db, 'a2');
    db.prepare("UPDATE applicant SET deleted_at = 't' WHERE id = 'a2'").run();
    expect(store.create(db, 'manual')?.applicants).toBe(1);
  });

  it('gives two backups made in the same millisecond different names, in the order they were made', () => {
    const { db, store } = setUp();
    const first = store.create(db, 'manual');
    const second = store.create(db, 'manual');
    const third = store.create(db, 'daily');
    expect([first?.name, second?.name, third?.name]).toEqual([
      'titleprep-backup-20260501T080000000Z-00-manual.sqlite3',
      'titleprep-backup-20260501T080000000Z-01-manual.sqlite3',
      'titleprep-backup-20260501T080000000Z-02-daily.sqlite3',
    ]);
    expect(store.list().map((entry) => entry.name)).toEqual([third?.name, second?.name, first?.name]);
  });

  it('lists newest first by time, across days and reasons', () => {
    const { db, store, clock } = setUp();
    const made = (['start', 'daily', 'manual', 'migration', 'before-restore'] as const).map((reason) => {
      clock.advance(36 * 60 * 60 * 1000);
      return store.create(db, reason)?.name;
    });
    expect(store.list().map((entry) => entry.name)).toEqual([...made].reverse());
  });

  it('skips a backup asked "only if changed" when the data is the newest backup byte for byte', () => {
    const { db, store, clock } = setUp();
    addApplicant(db, 'a1');
    store.create(db, 'manual');
    clock.advance(1000);
    expect(store.create(db, 'start', { onlyIfChanged: true })).toBeNull();
    addApplicant(db, 'a2');
    expect(store.create(db, 'start', { onlyIfChanged: true })?.applicants).toBe(2);
    expect(store.list()).toHaveLength(2);
  });

  it('marks a damaged backup in the list instead of hiding it', () => {
    const { db, store } = setUp();
    addApplicant(db, 'a1');
    const entry = store.create(db, 'manual');
    const path = store.pathOf(entry?.name ?? '') ?? '';
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, bytes.length / 2));
    expect(store.list()).toMatchObject([{ name: entry?.name, check: 'damaged', applicants: null }]);
  });

  it('knows only names of its own pattern: no path leads out of the folder', () => {
    const { db, store, dir } = setUp();
    store.create(db, 'manual');
    expect(store.pathOf('../titleprep.sqlite3')).toBeNull();
    expect(store.pathOf(databasePath(dir))).toBeNull();
    expect(store.pathOf('titleprep-backup-20990101T000000000Z-00-manual.sqlite3')).toBeNull();
  });
});

describe('rotation', () => {
  it(`keeps the ${KEEP.automatic} newest automatic and the ${KEEP.manual} newest manual backups`, () => {
    const { db, store, clock } = setUp();
    for (let index = 0; index < 25; index += 1) {
      clock.advance(60_000);
      store.create(db, 'manual');
      clock.advance(60_000);
      store.create(db, index % 2 === 0 ? 'daily' : 'start');
    }
    const reasons = store.list().map((entry) => entry.reason);
    expect(reasons.filter((reason) => reason === 'manual')).toHaveLength(KEEP.manual);
    expect(reasons.filter((reason) => reason !== 'manual')).toHaveLength(KEEP.automatic);
    // The newest of each survived, the oldest went.
    expect(store.list()[0]?.createdAt).toBe('2026-05-01T08:50:00.000Z');
  });

  it('keeps the newest backup made before a migration however many automatic ones follow', () => {
    const { db, store, clock } = setUp();
    const migration = store.create(db, 'migration');
    for (let index = 0; index < 15; index += 1) {
      clock.advance(60_000);
      store.create(db, 'daily');
    }
    const names = store.list().map((entry) => entry.name);
    expect(names).toContain(migration?.name);
    expect(names.filter((name) => name.endsWith('-daily.sqlite3'))).toHaveLength(KEEP.automatic);
  });
});

describe('a full disk while backing up', () => {
  it('is a typed error; the data, the earlier backups and the folder are exactly as they were', () => {
    let full = false;
    // Writes part of the file, as SQLite does before the disk fills, then fails the way SQLite fails.
    const fillingDisk: SnapshotWriter = (db, target) => {
      if (!full) return vacuumInto(db, target);
      writeFileSync(target, Buffer.alloc(8192, 1));
      throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    };
    const { db, store, folder, dir } = setUp(fillingDisk);
    addApplicant(db, 'a1');
    const earlier = store.create(db, 'manual');
    db.pragma('wal_checkpoint(TRUNCATE)');
    const backupsBefore = folderBytes(folder);
    const dataBefore = readFileSync(databasePath(dir));

    full = true;
    let failure: unknown;
    try {
      store.create(db, 'manual');
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(BackupError);
    expect((failure as BackupError).failure).toBe('disk-full');
    expect(folderBytes(folder)).toEqual(backupsBefore);
    expect(readFileSync(databasePath(dir)).equals(dataBefore)).toBe(true);
    expect(store.list().map((entry) => entry.name)).toEqual([earlier?.name]);
    expect(db.prepare('SELECT count(*) AS n FROM applicant').get()).toEqual({ n: 1 });
  });

  it('reports the system’s ENOSPC as a full disk too, and other failures as input/output errors', () => {
    const { db, store } = setUp(() => {
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    });
    expect(() => store.create(db, 'manual')).toThrow(expect.objectContaining({ failure: 'disk-full' }));
    const other = setUp(() => {
      throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
    });
    expect(() => other.store.create(other.db, 'manual')).toThrow(expect.objectContaining({ failure: 'io' }));
    expect(existsSync(other.folder) ? readdirSync(other.folder) : []).toEqual([]);
  });
});

// The writer runs in its own thread with its own connection, truly at the same time as the backup. Each
// transaction writes a pair of rows that cancel out: a torn snapshot would hold half a pair.
const WRITER = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const flag = new Int32Array(workerData.stop);
const insert = db.prepare('INSERT INTO ledger (pair, amount, note) VALUES (?, ?, ?)');
const pair = db.transaction((id) => {
  insert.run(id, id, 'x'.repeat(200));
  insert.run(id, -id, 'y'.repeat(200));
});
let id = 0;
parentPort.postMessage('started');
while (Atomics.load(flag, 0) === 0) pair(++id);
db.close();
parentPort.postMessage(id);
`;

describe('a backup made while another connection writes', () => {
  it('is a consistent snapshot: every pair whole, sound structure', async () => {
    const { db, store, dir } = setUp();
    db.exec('CREATE TABLE ledger (pair INTEGER NOT NULL, amount INTEGER NOT NULL, note TEXT NOT NULL) STRICT');
    const stop = new SharedArrayBuffer(4);
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    const worker = new Worker(WRITER, { eval: true, workerData: { driver, file: databasePath(dir), stop } });
    const messages: unknown[] = [];
    const finished = new Promise<number>((resolve, reject) => {
      worker.on('message', (message: unknown) => {
        messages.push(message);
        if (typeof message === 'number') resolve(message);
      });
      worker.on('error', reject);
    });
    await new Promise<void>((resolve) => worker.once('message', () => resolve()));

    const backups = [];
    for (let index = 0; index < 5; index += 1) {
      // Let the writer get some pairs in between.
      await new Promise((resolve) => setTimeout(resolve, 20));
      backups.push(store.create(db, 'manual'));
    }
    Atomics.store(new Int32Array(stop), 0, 1);
    const written = await finished;
    expect(written).toBeGreaterThan(0);

    const counts = backups.map((entry) => {
      expect(entry?.check).toBe('ok');
      const copy = new DatabaseConstructor(store.pathOf(entry?.name ?? '') ?? '', { readonly: true });
      try {
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        const torn = copy.prepare('SELECT count(*) AS n FROM (SELECT pair FROM ledger GROUP BY pair HAVING count(*) != 2 OR sum(amount) != 0)').get();
        expect(torn).toEqual({ n: 0 });
        return (copy.prepare('SELECT count(*) AS n FROM ledger').get() as { n: number }).n;
      } finally {
        copy.close();
      }
    });
    // The writer was really writing during the backups: they hold different amounts of it.
    expect(new Set(counts).size).toBeGreaterThan(1);
  });
});
