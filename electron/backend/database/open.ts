// Opens the one data file: WAL for crash safety and concurrent reads, foreign keys on, schema migrated.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import DatabaseConstructor, { type Database } from 'better-sqlite3';
import { migrate, schemaVersion, DatabaseNewerError } from './migrate';
import { MIGRATIONS } from './migrations';

export const DATABASE_FILE_NAME = 'titleprep.sqlite3';

export function databasePath(dataDirectory: string): string {
  return join(dataDirectory, DATABASE_FILE_NAME);
}

export interface OpenHooks {
  /** Runs before pending migrations change an existing database (schema version 1 or more); throwing stops the open, nothing migrated. */
  beforeMigrations?(db: Database, fromVersion: number): void;
}

export function openDatabase(file: string, hooks: OpenHooks = {}): Database {
  if (file !== ':memory:') mkdirSync(join(file, '..'), { recursive: true });
  const db = new DatabaseConstructor(file);
  try {
    // Read the version before changing anything, so a newer file is refused untouched (WAL mode is
    // persistent and would rewrite the header of a file in rollback mode).
    const found = schemaVersion(db);
    if (found > MIGRATIONS.length) throw new DatabaseNewerError(found, MIGRATIONS.length);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // FULL: an acknowledged save survives a power cut too, not only a crash of the app.
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    if (found > 0 && found < MIGRATIONS.length) hooks.beforeMigrations?.(db, found);
    migrate(db, MIGRATIONS);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
