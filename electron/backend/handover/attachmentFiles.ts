// The attachment files of the data folder as the package sees them: read one by ranges (a scan may be a
// hundred megabytes: never whole), or adopt one the parser process unpacked from a received package,
// checked by its hash. Built on the attachments' own file store, so a stored file lands exactly where an
// upload's would (a complete, fsynced file renamed into place whole), and a file already there is not
// written again.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import type { FileStore } from '../attachments/fileStore';
import { storedFilePath } from '../attachments/paths';

/** The attachment files of the data folder, by hash. */
export interface AttachmentFiles {
  /** The stored file's size; null when it is not there. */
  sizeOf(sha256: string): number | null;
  /** Up to `length` bytes from `offset`; null when the file is gone. */
  readRange(sha256: string, offset: number, length: number): Buffer | null;
  /**
   * Stores the complete file at `path` (unpacked by the parser process) under its hash, moved into place;
   * throws when it is not `bytes` long or does not hash to `sha256`. The file is gone afterwards either way.
   */
  adopt(path: string, sha256: string, bytes: number): void;
}

/** How much of a file is hashed at a time. */
const HASH_BYTES = 1024 * 1024;

function hashOfFile(path: string): { sha256: string; bytes: number } {
  const hash = createHash('sha256');
  const buffer = Buffer.alloc(HASH_BYTES);
  const fd = openSync(path, 'r');
  let total = 0;
  try {
    for (let read = readSync(fd, buffer, 0, HASH_BYTES, null); read > 0; read = readSync(fd, buffer, 0, HASH_BYTES, null)) {
      hash.update(buffer.subarray(0, read));
      total += read;
    }
  } finally {
    closeSync(fd);
  }
  return { sha256: hash.digest('hex'), bytes: total };
}

export function attachmentFilesOf(store: FileStore): AttachmentFiles {
  return {
    sizeOf(sha256) {
      try {
        const stats = statSync(storedFilePath(store.root, sha256));
        return stats.isFile() ? stats.size : null;
      } catch {
        return null;
      }
    },
    readRange: (sha256, offset, length) => store.readRange(sha256, offset, length),
    adopt(path, sha256, bytes) {
      try {
        const found = hashOfFile(path);
        if (found.bytes !== bytes || found.sha256 !== sha256) throw new Error(`The file unpacked for ${sha256} is not the one its hash names`);
        store.ensureFolders();
        store.storeUpload(path, sha256, bytes);
      } finally {
        rmSync(path, { force: true });
      }
    },
  };
}
