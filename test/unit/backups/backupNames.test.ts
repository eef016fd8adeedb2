// Backup and damaged-file names: they sort by time, never collide, and parse back to what made them.
import { describe, expect, it } from 'vitest';
import { damagedFileName, newestFirst, nextBackupFileName, parseBackupFileName } from '../../../electron/backend/backups/backupNames';
import { BACKUP_REASONS } from '../../../shared/contract/backupChannels';

describe('backup file names', () => {
  it('carry the UTC time to the millisecond, a sequence number and the reason', () => {
    expect(nextBackupFileName([], new Date('2026-03-14T10:15:30.123+08:00'), 'manual')).toBe('titleprep-backup-20260314T021530123Z-00-manual.sqlite3');
  });

  it.each(BACKUP_REASONS)('parse back to their time and reason (%s)', (reason) => {
    const name = nextBackupFileName([], new Date('2026-12-31T23:59:59.999Z'), reason);
    expect(parseBackupFileName(name)).toEqual({ name, createdAt: '2026-12-31T23:59:59.999Z', sequence: 0, reason });
  });

  it('do not collide for backups made in the same millisecond, and keep their order', () => {
    const at = new Date('2026-03-14T02:15:30.123Z');
    const names: string[] = [];
    for (const reason of ['start', 'manual', 'manual', 'before-restore'] as const) names.push(nextBackupFileName(names, at, reason));
    expect(new Set(names).size).toBe(4);
    expect(names.map((name) => parseBackupFileName(name)?.sequence)).toEqual([0, 1, 2, 3]);
    expect(newestFirst(names.map((name) => ({ name }))).map((entry) => entry.name)).toEqual([...names].reverse());
  });

  it('sort by time across seconds, days and years, whatever the reason', () => {
    const times = ['2025-12-31T23:59:59.999Z', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.001Z', '2026-01-01T00:00:01.000Z', '2026-02-01T00:00:00.000Z'];
    const names = times.map((time, index) => nextBackupFileName([], new Date(time), BACKUP_REASONS[index % BACKUP_REASONS.length] ?? 'manual'));
    expect([...names].sort()).toEqual(names);
    expect(newestFirst(names.map((name) => ({ name }))).map((entry) => parseBackupFileName(entry.name)?.createdAt)).toEqual([...times].reverse());
  });

  it('refuse anything that is not one of ours', () => {
    for (const name of [
      'titleprep.sqlite3',
      '../titleprep-backup-20260314T021530123Z-00-manual.sqlite3',
      'titleprep-backup-20260314T021530123Z-00-manual.sqlite3.partial',
      '.titleprep-backup-20260314T021530123Z-00-manual.sqlite3.partial',
      'titleprep-backup-20260314T021530123Z-00-weekly.sqlite3',
      'titleprep-backup-20261314T021530123Z-00-manual.sqlite3',
      'titleprep-damaged-20260314T021530123Z.sqlite3',
    ]) {
      expect(parseBackupFileName(name)).toBeNull();
    }
  });
});

describe('names of damaged files moved aside', () => {
  it('carry the time, and a counter when that name is taken', () => {
    const at = new Date('2026-03-14T02:15:30.123Z');
    expect(damagedFileName(at, 0)).toBe('titleprep-damaged-20260314T021530123Z.sqlite3');
    expect(damagedFileName(at, 2)).toBe('titleprep-damaged-20260314T021530123Z-2.sqlite3');
  });
});
