// The attachment files in the data folder, by content hash. A file arrives as an upload's temporary file
// (already fsynced) and is renamed into place, so a stored file is always whole; the same content is kept
// once however often it is attached. Removing a file is the caller's decision (no row names it any more).
import { closeSync, copyFileSync, fsyncSync, mkdirSync, openSync, readSync, readdirSync, realpathSync, renameSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { OPEN_FOLDER, UPLOADS_FOLDER, UnsafePathError, attachmentsRoot, isInside, isSha256, openCopyPath, storedFilePath } from './paths';

export type FileStatus = 'present' | 'missing';

/** Makes a rename durable: the directory entry is flushed too (not possible on Windows, where it is not needed). */
function syncDirectory(folder: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // EISDIR/EPERM on Windows: NTFS journals the rename itself.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

function sizeOf(path: string): number | null {
  try {
    const stats = statSync(path);
    return stats.isFile() ? stats.size : null;
  } catch {
    return null;
  }
}

function ageOf(path: string, now: number): number {
  try {
    return now - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

export function createFileStore(dataDirectory: string) {
  const root = attachmentsRoot(dataDirectory);
  const uploads = join(root, UPLOADS_FOLDER);
  const opened = join(root, OPEN_FOLDER);

  /** The stored file's path, refusing one that a link leads out of the attachments folder. */
  function realStoredPath(sha256: string): string {
    const path = storedFilePath(root, sha256);
    const real = realpathSync(path);
    if (!isInside(realpathSync(root), real)) throw new UnsafePathError('a linked file');
    return path;
  }

  return {
    root,
    uploadsFolder: uploads,

    ensureFolders(): void {
      mkdirSync(uploads, { recursive: true });
    },

    /**
     * Puts an upload's complete, fsynced temporary file in place under its hash. When the same content is
     * already stored (same size), the temporary file is dropped instead: `existed` says which.
     */
    storeUpload(tempPath: string, sha256: string, bytes: number): { existed: boolean } {
      const target = storedFilePath(root, sha256);
      if (sizeOf(target) === bytes) {
        unlinkSync(tempPath);
        return { existed: true };
      }
      mkdirSync(dirname(target), { recursive: true });
      renameSync(tempPath, target);
      syncDirectory(dirname(target));
      return { existed: false };
    },

    /**
     * Missing when the file is gone, is not the size it was stored with (changed outside TitlePrep), or is
     * a link to somewhere outside the attachments folder (never followed).
     */
    status(sha256: string, bytes: number): FileStatus {
      try {
        return sizeOf(realStoredPath(sha256)) === bytes ? 'present' : 'missing';
      } catch {
        return 'missing';
      }
    },

    /** Up to `length` bytes from `offset`; null when the file is gone. */
    readRange(sha256: string, offset: number, length: number): Buffer | null {
      let path: string;
      try {
        path = realStoredPath(sha256);
      } catch (error) {
        if (error instanceof UnsafePathError) throw error;
        return null;
      }
      let fd: number;
      try {
        fd = openSync(path, 'r');
      } catch {
        return null;
      }
      try {
        const buffer = Buffer.alloc(length);
        const read = readSync(fd, buffer, 0, length, offset);
        return buffer.subarray(0, read);
      } finally {
        closeSync(fd);
      }
    },

    remove(sha256: string): void {
      rmSync(storedFilePath(root, sha256), { force: true });
    },

    /** A copy with an extension the system viewer understands (the stored file has none). */
    copyForViewer(sha256: string, extension: string, bytes: number): string {
      const source = realStoredPath(sha256);
      const target = openCopyPath(root, sha256, extension);
      if (sizeOf(target) !== bytes) {
        mkdirSync(opened, { recursive: true });
        copyFileSync(source, target);
      }
      return target;
    },

    /** Removes uploads left by a crash or an abandoned client, and the viewer's copies; returns how many. */
    cleanTemporaryFiles(now: number, uploadsOlderThanMs: number): number {
      let removed = 0;
      for (const name of safeList(uploads)) {
        const path = join(uploads, name);
        // Another copy of the app on the same folder may be receiving it right now: only stale ones go.
        if (ageOf(path, now) < uploadsOlderThanMs) continue;
        rmSync(path, { force: true, recursive: true });
        removed += 1;
      }
      for (const name of safeList(opened)) {
        try {
          rmSync(join(opened, name), { force: true });
          removed += 1;
        } catch {
          // Still open in a viewer (Windows locks it): it goes at a later start.
        }
      }
      return removed;
    },

    /**
     * Removes stored files no row names (left by a crash between the file and its row, or by rows purged
     * or deleted with their applicant). Files younger than `minAgeMs` are left: their row may be on its way.
     */
    sweepOrphans(isReferenced: (sha256: string) => boolean, now: number, minAgeMs: number): string[] {
      const removed: string[] = [];
      for (const prefix of safeList(root)) {
        if (!/^[0-9a-f]{2}$/.test(prefix)) continue;
        const folder = join(root, prefix);
        for (const name of safeList(folder)) {
          if (!isSha256(name) || !name.startsWith(prefix) || isReferenced(name)) continue;
          if (ageOf(join(folder, name), now) < minAgeMs) continue;
          rmSync(join(folder, name), { force: true });
          removed.push(name);
        }
      }
      return removed;
    },
  };
}

function safeList(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

export type FileStore = ReturnType<typeof createFileStore>;
