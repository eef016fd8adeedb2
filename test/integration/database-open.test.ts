import { readFileSync, statSync, writeFileSync } from 'node:fs';
import DatabaseConstructor from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { BackendOpenError, openBackend } from '../../electron/backend';
import { databasePath, openDatabase } from '../../electron/backend/database/open';
import { LATEST_SCHEMA_VERSION } from '../../electron/backend/database/migrations';
import { makeTempDir } from '../support/tempDir';

const dirs: { remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => dir.remove()));
function tempDir() {
  const dir = makeTempDir();
  dirs.push(dir);
  return dir.path;
}

describe('opening the data file', () => {
  it('uses WAL, foreign keys and the latest schema', () => {
    const db = openDatabase(databasePath(tempDir()));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('refuses a database from a newer version without touching a byte of it', () => {
    const dir = tempDir();
    const file = databasePath(dir);
    const future = new DatabaseConstructor(file);
    future.exec('CREATE TABLE from_the_future (x INTEGER) STRICT');
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    future.close();
    const before = readFileSync(file);
    const modified = statSync(file).mtimeMs;

    expect(() => openBackend({ dataDirectory: dir, transport: 'browser', appVersion: 'test' })).toThrow(BackendOpenError);
    try {
      openBackend({ dataDirectory: dir, transport: 'browser', appVersion: 'test' });
    } catch (error) {
      expect((error as BackendOpenError).code).toBe('database-newer');
    }
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(modified);
  });

  it('reports a file that is not a database as unreadable', () => {
    const dir = tempDir();
    writeFileSync(databasePath(dir), 'this is not a database, just text that is long enough to have a header'.repeat(20));
    expect(() => openBackend({ dataDirectory: dir, transport: 'browser', appVersion: 'test' })).toThrow(/could not be opened/);
  });
});
