// Which backups to delete after a new one: our own policy, so its numbers live here.
// - Backups the user asked for ("Back up now"): the 20 newest are kept.
// - Automatic ones (at start, before a migration, daily, before a restore or a hand-over import that
//   replaces an applicant): the 10 newest are kept. With at most one daily backup a day, that covers at
//   least the last ten days of work.
// - The newest backup made before a migration is kept in any case: it is the last copy an older
//   TitlePrep can still open.
// - The backup just made, and any other named by the caller (one being restored), are never deleted.
import type { BackupReason } from '../../../shared/contract/backupChannels';
import { newestFirst } from './backupNames';

export const KEEP = { automatic: 10, manual: 20 } as const;

export interface RotationCandidate {
  name: string;
  reason: BackupReason;
}

export function backupsToDelete(backups: readonly RotationCandidate[], protect: readonly string[] = []): string[] {
  const kept = { automatic: 0, manual: 0 };
  let migrationKept = false;
  const doomed: string[] = [];
  for (const backup of newestFirst(backups)) {
    const kind = backup.reason === 'manual' ? 'manual' : 'automatic';
    const keepAsLastMigration = backup.reason === 'migration' && !migrationKept;
    if (backup.reason === 'migration') migrationKept = true;
    if (kept[kind] < KEEP[kind]) {
      kept[kind] += 1;
    } else if (!keepAsLastMigration && !protect.includes(backup.name)) {
      doomed.push(backup.name);
    }
  }
  return doomed;
}
