// The attachments' files and uploads in progress (the rows are in the repository, rebuilt with the
// database connection when a backup is restored), and their housekeeping at start: rows deleted longer ago
// than the undo window are purged, then every file that no row names any more (in the data or in a kept
// backup) is removed, as are stale
// uploads and the viewer's copies. A file is never removed while a row names it, even a deleted row that
// can still be restored.
import { DELETED_RETENTION_MS, UPLOAD_IDLE_MS } from '../../../shared/materials/transfer';
import { createFileStore } from './fileStore';
import type { AttachmentRepository } from './repository';
import { createUploads } from './uploads';

export interface AttachmentServiceOptions {
  dataDirectory: string;
  /** Milliseconds since the epoch (injected for tests). */
  clock(): number;
  /** Opens a file in the system's viewer (Electron's shell.openPath); absent in browser mode. */
  openFile?: (path: string) => Promise<string>;
}

export interface HousekeepingReport {
  purgedRows: number;
  removedFiles: number;
  removedTemporary: number;
}

export function createAttachmentService(options: AttachmentServiceOptions) {
  const files = createFileStore(options.dataDirectory);
  const uploads = createUploads(files, options.clock);

  return {
    files,
    uploads,
    openFile: options.openFile ?? null,

    /**
     * Run once when the backend has opened the database; throws only on an I/O failure (the caller logs it).
     * `namedByBackups` gives the hashes the kept backups name (read only when a file is about to go): their
     * files stay, so that restoring a backup finds its scans.
     */
    housekeeping(rows: AttachmentRepository, namedByBackups: () => Set<string> = () => new Set()): HousekeepingReport {
      const now = options.clock();
      let kept: Set<string> | null = null;
      const keptByBackup = (sha256: string) => (kept ??= namedByBackups()).has(sha256);
      const purged = rows.purgeDeletedBefore(new Date(now - DELETED_RETENTION_MS).toISOString());
      let removedFiles = 0;
      for (const sha256 of purged.hashes) {
        if (rows.isReferenced(sha256) || keptByBackup(sha256)) continue;
        files.remove(sha256);
        removedFiles += 1;
      }
      const removedTemporary = files.cleanTemporaryFiles(now, UPLOAD_IDLE_MS);
      removedFiles += files.sweepOrphans((sha256) => rows.isReferenced(sha256) || keptByBackup(sha256), now, UPLOAD_IDLE_MS).length;
      return { purgedRows: purged.rows, removedFiles, removedTemporary };
    },

    close(): void {
      uploads.closeAll();
    },
  };
}

export type AttachmentService = ReturnType<typeof createAttachmentService>;
