// Opens the data folder with its backups: the integrity check and recovery, the backup before a migration,
// the backup at start, and the hourly look at whether the daily backup is due. backend.ts calls this.
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { type SnapshotWriter, createBackupStore } from './backupStore';
import { openDataFile } from './dataFile';
import { recoveryState } from './recoveryNote';
import { type BackupService, createBackupService } from './service';

/** Runs `run` every `everyMs` until the returned function is called. */
export type Scheduler = (run: () => void, everyMs: number) => () => void;

export interface BackupOptions {
  /** How a backup is written (tests inject a failing one: a full disk). */
  writeSnapshot?: SnapshotWriter;
  /** The timer of the daily backup (tests fire it by hand). */
  schedule?: Scheduler;
}

/** How often the app looks whether a day has passed since the newest backup; a sleeping laptop skips ticks. */
export const DAILY_CHECK_MS = 60 * 60 * 1000;

export const intervalScheduler: Scheduler = (run, everyMs) => {
  const timer = setInterval(run, everyMs);
  // The timer alone must never keep a process (tests, the browser-mode server) alive.
  timer.unref();
  return () => clearInterval(timer);
};

export const backupFolder = (dataDirectory: string) => join(dataDirectory, 'backups');

export interface DataWithBackups {
  /** The open connection; a new one after a restore (see onReopen). */
  database(): Database;
  onReopen(listener: (db: Database) => void): void;
  backups: BackupService;
  /** Stops the timer and closes the database. */
  close(): void;
}

export interface OpenWithBackupsOptions {
  dataDirectory: string;
  now(): Date;
  log(message: string, error: unknown): void;
  backups?: BackupOptions;
}

export function openWithBackups(options: OpenWithBackupsOptions): DataWithBackups {
  const { dataDirectory, now, log } = options;
  const recovery = recoveryState(dataDirectory);
  const store = createBackupStore({
    folder: backupFolder(dataDirectory),
    now,
    writeSnapshot: options.backups?.writeSnapshot,
    pinned: (createdAt) => recovery.isFromBeforeDamage(createdAt),
  });
  const dataFile = openDataFile({ dataDirectory, store, recovery, now, log });
  let service: BackupService;
  try {
    service = createBackupService({ dataDirectory, store, dataFile, recovery, now, log });
    service.atStart();
  } catch (error) {
    dataFile.close();
    throw error;
  }
  const cancel = (options.backups?.schedule ?? intervalScheduler)(() => {
    try {
      service.dailyCheck();
    } catch (error) {
      log('TitlePrep backend: the daily backup check failed', error);
    }
  }, DAILY_CHECK_MS);
  let closed = false;
  return {
    database: () => dataFile.database(),
    onReopen: (listener) => dataFile.onReopen(listener),
    backups: service,
    close() {
      if (closed) return;
      closed = true;
      cancel();
      dataFile.close();
    },
  };
}
