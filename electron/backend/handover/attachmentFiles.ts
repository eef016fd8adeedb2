// The attachment files of the data folder as the package sees them: read one by ranges (a scan may be a
// hundred megabytes: never whole), receive one chunk by chunk and store it by its hash. Built on the
// attachments' own file store, so a stored file lands exactly where an upload's would (written to a
// temporary file in its uploads folder, fsynced, renamed into place whole), and a file already there is not
// written again.
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { FileStore } from '../attachments/fileStore';
import { storedFilePath } from '../attachments/paths';

/** A file arriving for the store; `finish` checks it is the file its hash names and stores it. */
export interface FileReceiver {
  write(chunk: Buffer): void;
  /** Throws when the bytes are not `bytes` long or do not hash to `sha256` (the temporary file is removed). */
  finish(sha256: string, bytes: number): void;
  /** Gives up: the temporary file is removed. */
  abort(): void;
}

/** The attachment files of the data folder, by hash. */
export interface AttachmentFiles {
  /** The stored file's size; null when it is not there. */
  sizeOf(sha256: string): number | null;
  /** Up to `length` bytes from `offset`; null when the file is gone. */
  readRange(sha256: string, offset: number, length: number): Buffer | null;
  receive(): FileReceiver;
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
    receive() {
      store.ensureFolders();
      const temporary = join(store.uploadsFolder, `${randomUUID()}.part`);
      let fd: number | null = openSync(temporary, 'wx');
      const hash = createHash('sha256');
      let received = 0;
      const discard = () => {
        if (fd !== null) closeSync(fd);
        fd = null;
        rmSync(temporary, { force: true });
      };
      return {
        write(chunk) {
          if (fd === null) throw new Error('The file was already finished');
          let written = 0;
          while (written < chunk.length) written += writeSync(fd, chunk, written, chunk.length - written);
          hash.update(chunk);
          received += chunk.length;
        },
        finish(sha256, bytes) {
          if (fd === null) throw new Error('The file was already finished');
          fsyncSync(fd);
          closeSync(fd);
          fd = null;
          if (received !== bytes || hash.digest('hex') !== sha256) {
            rmSync(temporary, { force: true });
            throw new Error(`The file received for ${sha256} is not the one its hash names`);
          }
          store.storeUpload(temporary, sha256, bytes);
        },
        abort: discard,
      };
    },
  };
}
