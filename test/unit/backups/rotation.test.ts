// The rotation policy: how many backups of each kind are kept, and the ones never deleted.
import { describe, expect, it } from 'vitest';
import { nextBackupFileName } from '../../../electron/backend/backups/backupNames';
import { KEEP, type RotationCandidate, backupsToDelete } from '../../../electron/backend/backups/rotation';
import type { BackupReason } from '../../../shared/contract/backupChannels';

/** Backups one minute apart, oldest first, with the given reasons. */
function history(reasons: readonly BackupReason[]): RotationCandidate[] {
  const start = Date.parse('2026-01-01T00:00:00Z');
  return reasons.map((reason, index) => ({ name: nextBackupFileName([], new Date(start + index * 60_000), reason), reason }));
}

describe('rotation', () => {
  it('deletes nothing while each kind is within its limit', () => {
    expect(backupsToDelete(history([...Array<BackupReason>(KEEP.automatic).fill('daily'), ...Array<BackupReason>(KEEP.manual).fill('manual')]))).toEqual([]);
  });

  it(`keeps the ${KEEP.automatic} newest automatic backups, whatever made them, and deletes the older ones`, () => {
    const backups = history(['start', 'daily', 'before-restore', 'daily', 'start', 'daily', 'daily', 'start', 'daily', 'daily', 'daily', 'start', 'before-restore']);
    expect(backupsToDelete(backups)).toEqual(backups.slice(0, 3).map((backup) => backup.name).reverse());
  });

  it(`keeps the ${KEEP.manual} newest manual backups apart from the automatic ones`, () => {
    const backups = history([...Array<BackupReason>(KEEP.manual + 2).fill('manual'), ...Array<BackupReason>(KEEP.automatic).fill('daily')]);
    expect(backupsToDelete(backups)).toEqual([backups[1]?.name, backups[0]?.name]);
  });

  it('always keeps the newest backup made before a migration, but not older ones', () => {
    const backups = history(['migration', 'migration', ...Array<BackupReason>(KEEP.automatic).fill('daily')]);
    expect(backupsToDelete(backups)).toEqual([backups[0]?.name]);
  });

  it('never deletes a protected backup (the one being restored)', () => {
    const backups = history(Array<BackupReason>(KEEP.automatic + 2).fill('daily'));
    const oldest = backups[0]?.name ?? '';
    expect(backupsToDelete(backups, [oldest])).toEqual([backups[1]?.name]);
  });
});
