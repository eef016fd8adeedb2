// What the backups screen and the timers ask for: the list, a backup now, a restore, the state of the
// data file at open. Automatic backups never stop the app: a failure is logged and shown on the screen.
import type { Database } from 'better-sqlite3';
import type { BackupEntry, BackupReason, RecoveryNotice } from '../../../shared/contract/backupChannels';
import type { ReplyOf } from '../../../shared/contract/channels';
import { BackupError, type BackupStore } from './backupStore';
import { type OpenedDataFile, prepareRestore, removeRestoreLeftovers } from './dataFile';
import type { RecoveryState } from './recoveryNote';
import { KEEP } from './rotation';
import { hashesInBackups } from './attachmentHashes';

/** A restore asked for a backup that cannot be used; nothing was changed. */
export class BackupRefusal extends Error {
  constructor(
    readonly refusal: 'not-found' | 'damaged' | 'newer',
    message: string,
  ) {
    super(message);
    this.name = 'BackupRefusal';
  }
}

/** The daily backup is due when the newest backup is this old. */
export const DAILY_MS = 24 * 60 * 60 * 1000;

export type RestoreResult = ReplyOf<'backups.restore'>;
type Failure = NonNullable<ReplyOf<'backups.status'>['lastFailure']>;

export interface BackupService {
  list(): ReplyOf<'backups.list'>;
  /** "Back up now": always makes one. Throws BackupError. */
  createManual(): BackupEntry;
  /** Before a hand-over package replaces an applicant: always makes one ('before-import'). Throws BackupError. */
  createBeforeImport(): BackupEntry;
  /** Throws BackupRefusal, BackupError (the safety backup failed) or RestoreError; in each case nothing changed. */
  restore(name: string): RestoreResult;
  status(): ReplyOf<'backups.status'>;
  dismissRecovery(): boolean;
  /** At open: a backup when the data changed since the newest one (not for a new file, nor after a migration's). */
  atStart(): void;
  /** On the timer: a backup when the newest is a day old and the data changed since. */
  dailyCheck(): void;
  /** The attachment hashes the kept backups name: their files must stay for a restore to find them. */
  attachmentHashes(): Set<string>;
}

export interface BackupServiceOptions {
  dataDirectory: string;
  store: BackupStore;
  dataFile: OpenedDataFile;
  recovery: RecoveryState;
  now(): Date;
  log(message: string, error: unknown): void;
}

/** Changes since the connection opened, by it (total_changes) and by any other (data_version). */
function changeMark(db: Database): string {
  const { changes } = db.prepare('SELECT total_changes() AS changes').get() as { changes: number };
  return `${changes}:${String(db.pragma('data_version', { simple: true }))}`;
}

export function failureKey(error: BackupError): Pick<Failure, 'key' | 'params'> {
  return error.failure === 'disk-full' ? { key: 'backups.error.diskFull' } : { key: 'backups.error.writeFailed', params: { reason: error.reason } };
}

export function createBackupService(options: BackupServiceOptions): BackupService {
  const { dataDirectory, store, dataFile, recovery, now, log } = options;
  let lastRestore: RestoreResult | null = null;
  let lastFailure: Failure | null = null;
  /** The change mark when the data was last known to equal the newest backup. */
  let backedUpMark = changeMark(dataFile.database());
  dataFile.onReopen((db) => {
    backedUpMark = changeMark(db);
  });

  function automatic(reason: BackupReason): void {
    const mark = changeMark(dataFile.database());
    try {
      store.create(dataFile.database(), reason, { onlyIfChanged: true });
      backedUpMark = mark;
      lastFailure = null;
    } catch (error) {
      log(`TitlePrep backend: the ${reason} backup failed`, error);
      if (error instanceof BackupError) lastFailure = { at: now().toISOString(), reason, ...failureKey(error) };
      else lastFailure = { at: now().toISOString(), reason, key: 'backups.error.writeFailed', params: { reason: String(error) } };
    }
  }

  /** The newest sound backup made before the damage: a later one holds only what was typed since. */
  function latestGoodBeforeDamage(): BackupEntry | null {
    return store.list().find((entry) => entry.check === 'ok' && recovery.isFromBeforeDamage(entry.createdAt)) ?? null;
  }

  return {
    list: () => ({ folder: store.folder, backups: store.list(), keep: { ...KEEP } }),
    attachmentHashes: () => hashesInBackups(store.list().flatMap((entry) => store.pathOf(entry.name) ?? [])),
    createManual() {
      const entry = store.create(dataFile.database(), 'manual');
      if (!entry) throw new BackupError('io', 'no backup was written');
      // The disk takes backups again: an earlier automatic failure is no longer news.
      lastFailure = null;
      return entry;
    },
    createBeforeImport() {
      const entry = store.create(dataFile.database(), 'before-import');
      if (!entry) throw new BackupError('io', 'no backup was written');
      return entry;
    },
    restore(name) {
      const source = store.pathOf(name);
      if (source === null) throw new BackupRefusal('not-found', `No backup named ${name}`);
      // The full check, not the list's quick one: this file is about to become the data.
      const facts = store.facts(name, 'full');
      if (facts.check === 'newer') throw new BackupRefusal('newer', `The backup ${name} is from a newer TitlePrep (schema ${facts.schemaVersion})`);
      if (facts.check !== 'ok') throw new BackupRefusal('damaged', `The backup ${name} is damaged: ${facts.problem ?? 'unknown'}`);
      const restored = store.list().find((entry) => entry.name === name);
      if (!restored) throw new BackupRefusal('not-found', `No backup named ${name}`);
      const prepared = prepareRestore(dataDirectory, source, dataFile.database());
      let safetyBackup: BackupEntry | null;
      try {
        safetyBackup = store.create(dataFile.database(), 'before-restore', { protect: [name] });
        if (!safetyBackup) throw new BackupError('io', 'no backup of the current data was written');
        dataFile.replaceWith(prepared);
      } catch (error) {
        removeRestoreLeftovers(dataDirectory);
        throw error;
      }
      lastRestore = { restored, safetyBackup, restoredAt: now().toISOString() };
      // The user has acted on the damaged file's notice.
      recovery.clear();
      return lastRestore;
    },
    status() {
      const note = recovery.current();
      const notice: RecoveryNotice | null = note ? { ...note, latestGood: latestGoodBeforeDamage() } : null;
      return { recovery: notice, lastRestore, lastFailure };
    },
    dismissRecovery() {
      const had = recovery.current() !== null;
      recovery.clear();
      return had;
    },
    atStart() {
      if (dataFile.fresh || dataFile.migrationBackup) return;
      automatic('start');
    },
    dailyCheck() {
      if (changeMark(dataFile.database()) === backedUpMark) return;
      const newest = store.newestCreatedAt();
      if (newest !== null && now().getTime() - Date.parse(newest) < DAILY_MS) return;
      automatic('daily');
    },
  };
}
