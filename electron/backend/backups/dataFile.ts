// The data file's life: checked at open (a damaged one moved aside and a new one started, a newer one
// refused untouched), backed up before a migration, and swapped for a restored backup while running.
import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { BackupEntry } from '../../../shared/contract/backupChannels';
import { DatabaseNewerError } from '../database/migrate';
import { LATEST_SCHEMA_VERSION } from '../database/migrations';
import { databasePath, openDatabase } from '../database/open';
import type { BackupStore } from './backupStore';
import { flushToDisk, isDiskFull } from './backupStore';
import { structuralProblem } from './databaseFacts';
import { carryComputerSettings } from '../settings/computerSettings';
import { inspectDataFile, moveAside } from './integrity';
import type { RecoveryState } from './recoveryNote';

/** A restore that did not happen; the data file is as it was. */
export class RestoreError extends Error {
  constructor(
    readonly reason: string,
    readonly diskFull: boolean,
    options?: { cause: unknown },
  ) {
    super(`The backup could not be restored: ${reason}. The data file was not changed.`, options);
    this.name = 'RestoreError';
  }
}

export interface OpenedDataFile {
  /** The open connection; a different one after a restore. */
  database(): Database;
  /** No data to protect yet: the file was created by this open (first start, or after moving a damaged one aside). */
  fresh: boolean;
  /** The backup made just before this open migrated the file, if it did. */
  migrationBackup: BackupEntry | null;
  /** Closes the connection, puts the prepared file in place of the data file, opens it. */
  replaceWith(prepared: string): void;
  onReopen(listener: (db: Database) => void): void;
  close(): void;
}

const RESTORING_FILE_NAME = 'titleprep-restoring.sqlite3';
const COMPANIONS = ['', '-wal', '-shm'] as const;

/** Removes the prepared copy of a restore that did not go ahead (a copy; the backup itself stays). */
export function removeRestoreLeftovers(dataDirectory: string): void {
  for (const suffix of COMPANIONS) rmSync(join(dataDirectory, `${RESTORING_FILE_NAME}${suffix}`), { force: true });
}

export interface OpenDataFileOptions {
  dataDirectory: string;
  store: BackupStore;
  recovery: RecoveryState;
  now(): Date;
  log(message: string, error: unknown): void;
}

export function openDataFile({ dataDirectory, store, recovery, now, log }: OpenDataFileOptions): OpenedDataFile {
  const file = databasePath(dataDirectory);
  // A copy of a backup left by a restore that crashed half-way: the backup itself is still in the folder.
  removeRestoreLeftovers(dataDirectory);
  const state = inspectDataFile(file);
  // Refused before anything is written, and without moving it: the newer TitlePrep can still open it.
  if (state.kind === 'newer') throw new DatabaseNewerError(state.schemaVersion, LATEST_SCHEMA_VERSION);

  // An empty file where backups exist is data lost (a disk or a sync tool cut it to nothing), not a first start.
  const emptiedWithBackups = state.kind === 'empty' && store.newestCreatedAt() !== null;
  const recovered = state.kind === 'damaged' || emptiedWithBackups;
  if (recovered) {
    const detectedAt = now();
    const movedAside = moveAside(file, detectedAt);
    recovery.record({ detectedAt: detectedAt.toISOString(), problem: state.kind === 'damaged' ? 'damaged' : 'empty', movedAside }, log);
  }

  let migrationBackup: BackupEntry | null = null;
  let db = openDatabase(file, {
    // The backup's own failure (a full disk) stops the open before the migration: nothing is changed.
    beforeMigrations: (connection) => {
      migrationBackup = store.create(connection, 'migration');
    },
  });
  const listeners: ((db: Database) => void)[] = [];

  return {
    database: () => db,
    fresh: state.kind === 'missing' || state.kind === 'empty' || recovered,
    migrationBackup,
    replaceWith(prepared) {
      db.close();
      // After a clean close SQLite has folded the -wal into the file and removed it. One still there
      // belongs to a connection we do not know of: replacing the file under it would mix the two.
      const wal = `${file}-wal`;
      if (existsSync(wal) && statSync(wal).size > 0) {
        db = openDatabase(file);
        throw new RestoreError('the data file is in use by another program', false);
      }
      try {
        renameSync(prepared, file);
        flushToDisk(dataDirectory);
      } catch (error) {
        db = openDatabase(file);
        throw new RestoreError(error instanceof Error ? error.message : String(error), false, { cause: error });
      }
      db = openDatabase(file);
      for (const listener of listeners) listener(db);
    },
    onReopen(listener) {
      listeners.push(listener);
    },
    close() {
      db.close();
    },
  };
}

/**
 * A backup, copied into the data folder (same disk, so the final rename is atomic), brought to the current
 * schema, given this computer's own settings from `current` (see settings/computerSettings.ts) and checked.
 * Returns its path; the caller renames it over the data file or removes it.
 */
export function prepareRestore(dataDirectory: string, backupPath: string, current: Database): string {
  removeRestoreLeftovers(dataDirectory);
  const prepared = join(dataDirectory, RESTORING_FILE_NAME);
  try {
    // Copying is right here: a backup is a closed file in rollback mode, with no -wal of its own.
    copyFileSync(backupPath, prepared);
    const db = openDatabase(prepared);
    let problem: string | null;
    try {
      carryComputerSettings(current, db);
      problem = structuralProblem(db, 'quick');
    } finally {
      db.close();
    }
    if (problem !== null) throw new Error(`the restored copy failed its check: ${problem}`);
    flushToDisk(prepared);
    return prepared;
  } catch (error) {
    removeRestoreLeftovers(dataDirectory);
    throw new RestoreError(error instanceof Error ? error.message : String(error), isDiskFull(error), { cause: error });
  }
}
