// The backups folder: make a backup, list them, delete the ones the rotation policy lets go.
// A backup is written by SQLite itself (VACUUM INTO: a consistent snapshot read inside one transaction,
// so a write from another connection meanwhile is either wholly in it or wholly out), never by copying
// the live file, which may be mid-write and whose recent changes may still be in its -wal. It is written
// under a temporary name, flushed to disk, checked, and only then renamed to its final name, so a
// failure (a full disk) leaves no half backup and touches neither the data nor the earlier backups.
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { BackupEntry, BackupReason } from '../../../shared/contract/backupChannels';
import { newestFirst, nextBackupFileName, parseBackupFileName } from './backupNames';
import { type DatabaseFacts, type Thoroughness, readDatabaseFacts } from './databaseFacts';
import { backupsToDelete } from './rotation';

/** Writes a consistent copy of `db` to `target` (a path that does not exist yet). */
export type SnapshotWriter = (db: Database, target: string) => void;

export const vacuumInto: SnapshotWriter = (db, target) => {
  db.prepare('VACUUM INTO ?').run(target);
};

export type BackupFailure =
  | 'disk-full' // SQLite's SQLITE_FULL or the system's ENOSPC / EDQUOT
  | 'io'; // any other failure to write or check the backup

export class BackupError extends Error {
  constructor(
    readonly failure: BackupFailure,
    readonly reason: string,
    options?: { cause: unknown },
  ) {
    super(`The backup could not be made: ${reason}`, options);
    this.name = 'BackupError';
  }
}

export function isDiskFull(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT';
}

function toBackupError(error: unknown): BackupError {
  if (error instanceof BackupError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new BackupError(isDiskFull(error) ? 'disk-full' : 'io', reason, { cause: error });
}

/** Flushes a file (or, where the system allows it, a folder's entries) to the disk. */
export function flushToDisk(path: string): void {
  let descriptor: number;
  try {
    descriptor = openSync(path, 'r');
  } catch (error) {
    // Windows cannot open a folder; its renames are already durable enough for us.
    if (statSync(path).isDirectory()) return;
    throw error;
  }
  try {
    fsyncSync(descriptor);
  } catch (error) {
    if (!statSync(path).isDirectory()) throw error;
  } finally {
    closeSync(descriptor);
  }
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // A leftover temporary file is harmless: it never matches the backup pattern and is removed next time.
  }
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

export interface CreateOptions {
  /** Skip (and return null) when the data is byte for byte the newest backup's. */
  onlyIfChanged?: boolean;
  /** Backups the rotation must not delete (one about to be restored). */
  protect?: readonly string[];
}

export interface BackupStore {
  readonly folder: string;
  create(db: Database, reason: BackupReason, options?: CreateOptions): BackupEntry | null;
  /** Newest first. */
  list(): BackupEntry[];
  /** When the newest backup was made (from the names alone, without opening a file); null when none. */
  newestCreatedAt(): string | null;
  /** The full path of a backup by its name, or null when there is no such backup. */
  pathOf(name: string): string | null;
  /** Reads a backup's facts; `full` runs the complete integrity check. */
  facts(name: string, thoroughness: Thoroughness): DatabaseFacts;
}

export interface BackupStoreOptions {
  folder: string;
  now(): Date;
  writeSnapshot?: SnapshotWriter;
  /** Backups the rotation must keep for now, by the time they were made (see recoveryNote.ts). */
  pinned?: (createdAt: string) => boolean;
}

const PARTIAL_SUFFIX = '.partial';

export function createBackupStore(options: BackupStoreOptions): BackupStore {
  const { folder, now } = options;
  const writeSnapshot = options.writeSnapshot ?? vacuumInto;
  // A backup never changes once written, so its facts are read once per name, size and time.
  const factsCache = new Map<string, DatabaseFacts>();

  function backupNames(): string[] {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return [];
      throw error;
    }
    return names.filter((name) => parseBackupFileName(name) !== null);
  }

  function factsOf(name: string, thoroughness: Thoroughness): { facts: DatabaseFacts; sizeBytes: number } {
    const path = join(folder, name);
    const stat = statSync(path);
    const key = `${name}:${stat.size}:${stat.mtimeMs}`;
    const cached = thoroughness === 'quick' ? factsCache.get(key) : undefined;
    let facts = cached;
    if (!facts) {
      try {
        facts = readDatabaseFacts(path, thoroughness);
      } catch (error) {
        facts = { check: 'damaged', schemaVersion: null, applicants: null, problem: error instanceof Error ? error.message : String(error) };
      }
      factsCache.set(key, facts);
    }
    return { facts, sizeBytes: stat.size };
  }

  function entryOf(name: string): BackupEntry | null {
    const parsed = parseBackupFileName(name);
    if (!parsed) return null;
    const { facts, sizeBytes } = factsOf(name, 'quick');
    return {
      name,
      createdAt: parsed.createdAt,
      reason: parsed.reason,
      sizeBytes,
      applicants: facts.applicants,
      schemaVersion: facts.schemaVersion,
      check: facts.check,
    };
  }

  function rotate(protect: readonly string[]): void {
    const parsed = backupNames().flatMap((name) => parseBackupFileName(name) ?? []);
    const pinned = parsed.filter((backup) => options.pinned?.(backup.createdAt)).map((backup) => backup.name);
    for (const name of backupsToDelete(parsed, [...protect, ...pinned])) rmSync(join(folder, name), { force: true });
  }

  // Temporary files of a backup interrupted by a crash: incomplete copies, never the data itself.
  try {
    for (const name of readdirSync(folder)) if (name.endsWith(PARTIAL_SUFFIX)) removeQuietly(join(folder, name));
  } catch {
    // No folder yet.
  }

  return {
    folder,
    create(db, reason, createOptions = {}) {
      let partial: string | null = null;
      try {
        mkdirSync(folder, { recursive: true });
        const existing = backupNames();
        const name = nextBackupFileName(existing, now(), reason);
        partial = join(folder, `.${name}${PARTIAL_SUFFIX}`);
        removeQuietly(partial);
        writeSnapshot(db, partial);
        flushToDisk(partial);
        const newest = newestFirst(existing.map((existingName) => ({ name: existingName })))[0];
        if (createOptions.onlyIfChanged && newest && sha256(partial) === sha256(join(folder, newest.name))) {
          removeQuietly(partial);
          return null;
        }
        const check = readDatabaseFacts(partial, 'quick');
        if (check.check !== 'ok') throw new BackupError('io', `the new backup failed its check: ${check.problem ?? check.check}`);
        renameSync(partial, join(folder, name));
        partial = null;
        flushToDisk(folder);
        try {
          rotate([name, ...(createOptions.protect ?? [])]);
        } catch {
          // The backup is made; an old one that could not be deleted now is deleted after the next one.
        }
        const entry = entryOf(name);
        if (!entry) throw new BackupError('io', `the backup ${name} vanished after it was written`);
        return entry;
      } catch (error) {
        if (partial !== null) removeQuietly(partial);
        throw toBackupError(error);
      }
    },
    list() {
      return newestFirst(backupNames().map((name) => ({ name }))).flatMap(({ name }) => {
        try {
          const entry = entryOf(name);
          return entry ? [entry] : [];
        } catch {
          return []; // deleted between the listing and the reading
        }
      });
    },
    newestCreatedAt() {
      const newest = newestFirst(backupNames().map((name) => ({ name })))[0];
      return newest ? (parseBackupFileName(newest.name)?.createdAt ?? null) : null;
    },
    pathOf(name) {
      return parseBackupFileName(name) !== null && backupNames().includes(name) ? join(folder, name) : null;
    },
    facts(name, thoroughness) {
      return factsOf(name, thoroughness).facts;
    },
  };
}
