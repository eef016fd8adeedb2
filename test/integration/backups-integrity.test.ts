// The check of the data file at open, on real files: each state it tells apart, and that looking leaves
// the folder exactly as it was (a read-only connection would otherwise leave a -wal and a -shm behind).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import DatabaseConstructor from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { inspectDataFile } from '../../electron/backend/backups/integrity';
import { LATEST_SCHEMA_VERSION } from '../../electron/backend/database/migrations';
import { databasePath, openDatabase } from '../../electron/backend/database/open';
import { makeTempDir } from '../support/tempDir';
import { folderBytes, truncateToHalf, writeGarbageIntoMiddlePage } from './backups-support';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).reverse().forEach((cleanup) => cleanup()));

/** A closed data file at the latest version with enough applicants to span many pages. */
function dataFile(): { dir: string; file: string } {
  const dir = makeTempDir('titleprep-integrity-');
  cleanups.push(dir.remove);
  const file = databasePath(dir.path);
  const db = openDatabase(file);
  const insert = db.prepare("INSERT INTO applicant (id, created_at, updated_at, name_zh) VALUES (?, 't', 't', ?)");
  for (let index = 0; index < 200; index += 1) insert.run(`a${index}`, '张'.repeat(80));
  db.close();
  return { dir: dir.path, file };
}

describe('the data file check', () => {
  it('finds a sound file healthy, at its version, and leaves no file behind', () => {
    const { dir, file } = dataFile();
    const before = folderBytes(dir);
    expect(inspectDataFile(file)).toEqual({ kind: 'healthy', schemaVersion: LATEST_SCHEMA_VERSION });
    expect(folderBytes(dir)).toEqual(before);
  });

  it('tells a missing file and an empty file apart from a damaged one', () => {
    const { dir, file } = dataFile();
    expect(inspectDataFile(`${dir}/none.sqlite3`)).toEqual({ kind: 'missing' });
    writeFileSync(file, '');
    expect(inspectDataFile(file)).toEqual({ kind: 'empty' });
  });

  it('finds garbage in a page in the middle, naming SQLite’s complaint', () => {
    const { file } = dataFile();
    writeGarbageIntoMiddlePage(file);
    expect(inspectDataFile(file)).toMatchObject({ kind: 'damaged', problem: expect.any(String) });
  });

  it('finds a file cut to half, and one cut inside its header, damaged', () => {
    const { file } = dataFile();
    const whole = readFileSync(file);
    truncateToHalf(file);
    expect(inspectDataFile(file).kind).toBe('damaged');
    writeFileSync(file, whole.subarray(0, 10));
    expect(inspectDataFile(file).kind).toBe('damaged');
  });

  it('reads the version of a newer file without judging or touching it', () => {
    const { dir, file } = dataFile();
    const db = new DatabaseConstructor(file);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 3}`);
    db.close();
    const before = folderBytes(dir);
    expect(inspectDataFile(file)).toEqual({ kind: 'newer', schemaVersion: LATEST_SCHEMA_VERSION + 3 });
    expect(folderBytes(dir)).toEqual(before);
  });

  it('leaves a file that is not SQLite to the open, which refuses it', () => {
    const { dir, file } = dataFile();
    writeFileSync(file, 'plain text, no SQLite header here at all');
    expect(inspectDataFile(file)).toEqual({ kind: 'not-database' });
    expect(readdirSync(dir)).toEqual(['titleprep.sqlite3']);
  });
});
