// Channels of the backups screen (issue 7): list the backups, make one now, restore one, and what the
// backend found when it opened the data file (a damaged file moved aside, a restore, a failed automatic
// backup). Part of the one contract table (channels.ts spreads them in).
import { z } from 'zod';

export const BACKUP_REASONS = [
  'start', // at start, when the data changed since the newest backup
  'migration', // just before the data file is upgraded to a newer schema
  'daily', // while running, when the newest backup is a day old and the data changed
  'manual', // "Back up now"
  'before-restore', // the data as it was just before a backup was restored over it
  'before-import', // the data as it was just before a hand-over package replaced an applicant
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/**
 * A backup's file name: UTC time to the millisecond, a sequence number for two backups in the same
 * millisecond, the reason. Names sort by time, which is the order the list and the rotation use.
 */
export const BACKUP_FILE_PATTERN = /^titleprep-backup-(\d{8}T\d{9}Z)-(\d{2})-(start|migration|daily|manual|before-restore|before-import)\.sqlite3$/;

const timestamp = z.string(); // ISO 8601 instant, written by the backend

export const BACKUP_CHECKS = [
  'ok', // passes SQLite's check and is from this TitlePrep or an older one: it can be restored
  'damaged', // fails the check or cannot be read
  'newer', // written by a newer TitlePrep: this one cannot restore it
] as const;

export const backupEntrySchema = z.object({
  name: z.string(),
  createdAt: timestamp,
  reason: z.enum(BACKUP_REASONS),
  sizeBytes: z.number().int().nonnegative(),
  /** Applicants not in the bin; null when the backup cannot be read. */
  applicants: z.number().int().nonnegative().nullable(),
  schemaVersion: z.number().int().nullable(),
  check: z.enum(BACKUP_CHECKS),
});
export type BackupEntry = z.infer<typeof backupEntrySchema>;

export const RECOVERY_PROBLEMS = [
  'damaged', // the data file failed SQLite's integrity check or could not be read as a database
  'empty', // the data file was empty (0 bytes) although backups exist
] as const;

/** Told at open when the data file was unusable: it was moved aside, never deleted, and a new one started. */
export const recoveryNoticeSchema = z.object({
  detectedAt: timestamp,
  problem: z.enum(RECOVERY_PROBLEMS),
  /** The names, in the data folder, the damaged file (and its -wal and -shm) now have. */
  movedAside: z.array(z.string()),
  /** The newest backup that passes the check, offered for restore; null when there is none. */
  latestGood: backupEntrySchema.nullable(),
});
export type RecoveryNotice = z.infer<typeof recoveryNoticeSchema>;

const backupName = z.string().max(100).regex(BACKUP_FILE_PATTERN, { error: 'field.invalid' });
const empty = z.object({}).strict();

export const restoreResultSchema = z.object({
  restored: backupEntrySchema,
  /** The backup of the data as it was just before the restore. */
  safetyBackup: backupEntrySchema,
  restoredAt: timestamp,
});

export const backupChannels = {
  /** Newest first, with the folder they are in and the rotation policy (how many of each kind are kept). */
  'backups.list': {
    request: empty,
    reply: z.object({
      folder: z.string(),
      backups: z.array(backupEntrySchema),
      keep: z.object({ automatic: z.number().int(), manual: z.number().int() }),
    }),
  },
  /** "Back up now": always makes one, even when nothing changed. */
  'backups.create': { request: empty, reply: backupEntrySchema },
  /** Backs up the current data first ('before-restore'), then makes the named backup the data file. */
  'backups.restore': { request: z.object({ name: backupName }).strict(), reply: restoreResultSchema },
  'backups.status': {
    request: empty,
    reply: z.object({
      recovery: recoveryNoticeSchema.nullable(),
      lastRestore: restoreResultSchema.nullable(),
      /** The last automatic backup that failed (cleared by the next one that succeeds); `key` is an i18n key. */
      lastFailure: z
        .object({ at: timestamp, reason: z.enum(BACKUP_REASONS), key: z.string(), params: z.record(z.string(), z.string()).optional() })
        .nullable(),
    }),
  },
  /** The user read the recovery notice and chose not to restore: stop showing it. */
  'backups.dismissRecovery': { request: empty, reply: z.object({ dismissed: z.boolean() }) },
} as const;
