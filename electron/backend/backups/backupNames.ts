// File names of backups and of damaged data files moved aside. Both carry the UTC time to the millisecond
// so that they sort by time; a sequence number (backups) or a counter (damaged files) keeps two made in
// the same millisecond apart. UTC, not local time: local time repeats an hour when daylight saving ends.
import { BACKUP_FILE_PATTERN, BACKUP_REASONS, type BackupReason } from '../../../shared/contract/backupChannels';

const MAX_SEQUENCE = 99;

/** 2025-03-14T10:15:30.123Z → 20250314T101530123Z */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function stampToIso(stamp: string): string {
  const [, y, mo, d, h, mi, s, ms] = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp) ?? [];
  return `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`;
}

export interface ParsedBackupName {
  name: string;
  createdAt: string;
  sequence: number;
  reason: BackupReason;
}

export function parseBackupFileName(name: string): ParsedBackupName | null {
  const match = BACKUP_FILE_PATTERN.exec(name);
  if (!match) return null;
  const [, stamp = '', sequence = '', reason = ''] = match;
  const createdAt = stampToIso(stamp);
  if (Number.isNaN(Date.parse(createdAt))) return null;
  const known = BACKUP_REASONS.find((candidate) => candidate === reason);
  return known ? { name, createdAt, sequence: Number(sequence), reason: known } : null;
}

/** A name no existing backup has, for a backup made at `date`. */
export function nextBackupFileName(existing: Iterable<string>, date: Date, reason: BackupReason): string {
  const stamp = fileStamp(date);
  let sequence = 0;
  for (const name of existing) {
    const parsed = parseBackupFileName(name);
    if (parsed && name.startsWith(`titleprep-backup-${stamp}-`)) sequence = Math.max(sequence, parsed.sequence + 1);
  }
  if (sequence > MAX_SEQUENCE) throw new Error(`More than ${MAX_SEQUENCE + 1} backups in one millisecond`);
  return `titleprep-backup-${stamp}-${String(sequence).padStart(2, '0')}-${reason}.sqlite3`;
}

/** Newest first: the names sort by time. */
export function newestFirst<T extends { name: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/**
 * Where a damaged data file goes: `titleprep-damaged-<stamp>[-n].sqlite3`, with `-wal` and `-shm` appended
 * for its companions so that the SQLite tools still find them together.
 */
export function damagedFileName(date: Date, attempt: number): string {
  return `titleprep-damaged-${fileStamp(date)}${attempt === 0 ? '' : `-${attempt}`}.sqlite3`;
}
