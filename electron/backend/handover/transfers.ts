// Packages on their way in and out, as temporary files in <data>/handover/tmp: a package being received
// (the attachments' chunk store: in order, the size announced first, hashed as it arrives) waits there to
// be inspected and imported; an exported package waits there to be read out in slices. Each is removed when
// it has served (imported or refused; read to its end), when it is left idle for half an hour, when the
// backend closes, and, for what a crash left behind, at the next start. Nothing here touches the database.
import { randomUUID } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type ChunkStore, createChunkStore } from '../attachments/uploads';

export const HANDOVER_FOLDER = 'handover';
export const TEMPORARY_FOLDER = 'tmp';
/** Long enough to read the preview and decide; an upload or export untouched for longer is removed. */
export const TRANSFER_IDLE_MS = 30 * 60 * 1000;
/** Packages received at the same time (one per window importing; more means a stuck client). */
export const MAX_OPEN_UPLOADS = 4;
/** Exports waiting to be read; a new one beyond this removes the oldest. */
export const MAX_WAITING_EXPORTS = 4;

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface UploadMeta {
  fileName: string;
}

interface WaitingExport {
  id: string;
  path: string;
  fileName: string;
  bytes: number;
  sha256: string;
  lastActivity: number;
}

export interface ExportSlice {
  bytes: Buffer;
  offset: number;
  total: number;
  done: boolean;
}

export interface TransferOptions {
  dataDirectory: string;
  /** Milliseconds since the epoch (injected for tests). */
  clock(): number;
}

export function createHandoverTransfers(options: TransferOptions) {
  const folder = resolve(options.dataDirectory, HANDOVER_FOLDER, TEMPORARY_FOLDER);
  const ensureFolder = () => mkdirSync(folder, { recursive: true });
  // Every name is made here from a UUID, never from a request's text.
  const pathOf = (id: string, suffix: string) => {
    if (!ID.test(id)) throw new Error('Not a transfer id');
    return join(folder, `${id}${suffix}`);
  };
  const uploads: ChunkStore<UploadMeta> = createChunkStore<UploadMeta>({
    prepare: ensureFolder,
    pathOf: (id) => pathOf(id, '.upload'),
    clock: options.clock,
    idleMs: TRANSFER_IDLE_MS,
    maxOpen: MAX_OPEN_UPLOADS,
  });
  const exports = new Map<string, WaitingExport>();
  /** Uploads being checked or imported right now: not to be changed, ended or checked twice meanwhile. */
  const inUse = new Set<string>();

  function dropExport(waiting: WaitingExport): void {
    exports.delete(waiting.id);
    rmSync(waiting.path, { force: true });
  }

  /** Ends idle transfers, and removes files no transfer of this backend owns once they are idle too. */
  function expire(): void {
    const now = options.clock();
    uploads.expire();
    for (const waiting of [...exports.values()]) if (now - waiting.lastActivity > TRANSFER_IDLE_MS) dropExport(waiting);
    sweep(now, TRANSFER_IDLE_MS);
  }

  /** Files of the folder that no open transfer owns, untouched for `olderThanMs` (another copy of the app may be using fresh ones). */
  function sweep(now: number, olderThanMs: number): number {
    const owned = new Set([...exports.values()].map((waiting) => waiting.path));
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return 0;
    }
    let removed = 0;
    for (const name of names) {
      const path = join(folder, name);
      const id = name.slice(0, 36);
      if (owned.has(path) || (ID.test(id) && (uploads.has(id) || inUse.has(id)))) continue;
      try {
        if (now - statSync(path).mtimeMs < olderThanMs) continue;
        rmSync(path, { force: true, recursive: true });
        removed += 1;
      } catch {
        // Gone meanwhile, or locked by another program: it goes at a later start.
      }
    }
    return removed;
  }

  return {
    folder,
    uploads,

    /** At start: what a crash or an abandoned window left behind; returns how many files went. */
    cleanAtStart(): number {
      return sweep(options.clock(), TRANSFER_IDLE_MS);
    },

    expire,

    /** Marks an upload as in use until the returned function is called. */
    claim(id: string): () => void {
      inUse.add(id);
      return () => inUse.delete(id);
    },

    inUse: (id: string) => inUse.has(id),

    /**
     * Writes an export through `write(partialPath)`, then renames it into place and keeps it to be read
     * (with its id); null, leaving nothing behind, when `write` wrote nothing and said null.
     */
    async createExport<T extends { fileName: string; bytes: number; sha256: string }>(write: (partialPath: string) => Promise<T | null>): Promise<{ exportId: string; written: T } | null> {
      expire();
      ensureFolder();
      const id = randomUUID();
      const partial = pathOf(id, '.titleprep.partial');
      const path = pathOf(id, '.titleprep');
      let written: T | null;
      try {
        written = await write(partial);
        if (written) renameSync(partial, path);
      } finally {
        rmSync(partial, { force: true });
      }
      if (!written) return null;
      const oldest = [...exports.values()].sort((a, b) => a.lastActivity - b.lastActivity);
      while (oldest.length >= MAX_WAITING_EXPORTS) dropExport(oldest.shift() as WaitingExport);
      exports.set(id, { id, path, fileName: written.fileName, bytes: written.bytes, sha256: written.sha256, lastActivity: options.clock() });
      return { exportId: id, written };
    },

    /** Up to `length` bytes of an export from `offset`; the file goes once its last byte is read. Null when there is none. */
    readExport(id: string, offset: number, length: number): ExportSlice | null {
      expire();
      const waiting = exports.get(id);
      if (!waiting) return null;
      const start = Math.min(offset, waiting.bytes);
      const buffer = Buffer.alloc(Math.min(length, waiting.bytes - start));
      const fd = openSync(waiting.path, 'r');
      let read = 0;
      try {
        while (read < buffer.length) {
          const got = readSync(fd, buffer, read, buffer.length - read, start + read);
          if (got === 0) break;
          read += got;
        }
      } finally {
        closeSync(fd);
      }
      const done = start + read >= waiting.bytes;
      if (done) dropExport(waiting);
      else waiting.lastActivity = options.clock();
      return { bytes: buffer.subarray(0, read), offset: start, total: waiting.bytes, done };
    },

    /** Exports waiting to be read (for tests). */
    get waitingExports(): number {
      return exports.size;
    },

    /** Ends every transfer and removes its file (the backend is closing). */
    closeAll(): void {
      uploads.closeAll();
      for (const waiting of [...exports.values()]) dropExport(waiting);
    },
  };
}

export type HandoverTransfers = ReturnType<typeof createHandoverTransfers>;
