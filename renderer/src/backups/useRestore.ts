// Restoring a backup from the page or from the recovery notice. On success the whole UI starts again from
// the restored data (a reload: no screen keeps a stale revision that could save over it), on the backups
// page, which then says what was restored and where the data as it was before went.
import { useState } from 'react';
import type { BackupEntry } from '../../../shared/contract/backupChannels';
import type { AppError } from '../../../shared/contract/result';
import { call } from '../api';
import { hrefOf } from '../router';

export interface Restore {
  /** The backup the confirm dialog asks about, or null when it is closed. */
  asking: BackupEntry | null;
  busy: boolean;
  error: AppError | null;
  ask(entry: BackupEntry): void;
  cancel(): void;
  confirm(): Promise<void>;
}

export function useRestore(): Restore {
  const [asking, setAsking] = useState<BackupEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  return {
    asking,
    busy,
    error,
    ask(entry) {
      setError(null);
      setAsking(entry);
    },
    cancel() {
      if (!busy) setAsking(null);
    },
    async confirm() {
      if (!asking || busy) return;
      setBusy(true);
      const result = await call('backups.restore', { name: asking.name });
      if (result.ok) {
        window.location.hash = hrefOf({ name: 'backups' });
        window.location.reload();
        return;
      }
      setBusy(false);
      setAsking(null);
      setError(result.error);
    },
  };
}
