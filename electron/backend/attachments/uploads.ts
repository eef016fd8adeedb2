// Uploads in progress: each is a temporary file in <data>/attachments/tmp, filled chunk by chunk in order
// while its SHA-256 is computed. Its type is checked by the first bytes as soon as they arrive (a program
// renamed .pdf is stopped at its first chunk) and by the whole file at the end; a client that sends more
// than it declared is stopped at once. Nothing here touches the database.
// The chunk store below (order, declared size, hash, idle expiry, a cap on open transfers) knows nothing of
// scans: the hand-over package's import receives its archive through it too, in a folder of its own.
import { createHash, randomUUID, type Hash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { type AttachmentKind } from '../../../shared/materials/attachmentTypes';
import { type AttachmentLimits, typeAllowed } from '../../../shared/materials/limits';
import { MAX_OPEN_UPLOADS, UPLOAD_IDLE_MS } from '../../../shared/materials/transfer';
import type { FileStore } from './fileStore';
import { uploadFilePath } from './paths';
import { HEAD_BYTES, type RefusalReason, TAIL_BYTES, sniffFile, sniffHead } from './sniff';

/** Why a chunked transfer stopped (or, for `outOfOrder`, paused): each user of the store words it itself. */
export type TransferProblem =
  | { problem: 'expired' }
  | { problem: 'tooMany'; max: number }
  | { problem: 'outOfOrder'; expected: number; index: number }
  | { problem: 'overflow'; declared: number; received: number }
  | { problem: 'emptyChunk' }
  | { problem: 'short'; declared: number; received: number };

export type TransferOutcome<T> = { ok: true; value: T } | { ok: false; problem: TransferProblem };

/** A transfer as its user sees it; `sha256` is set once it is sealed (complete, flushed and closed). */
export interface ReceivedFile<Meta> {
  readonly id: string;
  readonly meta: Meta;
  readonly tempPath: string;
  readonly declared: number;
  readonly received: number;
  readonly sha256: string | null;
}

interface Transfer<Meta> {
  id: string;
  meta: Meta;
  tempPath: string;
  declared: number;
  fd: number | null;
  hash: Hash;
  received: number;
  nextIndex: number;
  sha256: string | null;
  lastActivity: number;
}

export interface ChunkStoreOptions {
  /** Makes the folder of the temporary files (called before each new one). */
  prepare(): void;
  /** The temporary file of a transfer, from its id (a UUID made here). */
  pathOf(id: string): string;
  clock(): number;
  /** A transfer untouched for this long is ended and its file removed. */
  idleMs: number;
  maxOpen: number;
}

export function createChunkStore<Meta>(options: ChunkStoreOptions) {
  const transfers = new Map<string, Transfer<Meta>>();

  function close(transfer: Transfer<Meta>): void {
    if (transfer.fd === null) return;
    try {
      closeSync(transfer.fd);
    } catch {
      // Already closed: nothing left to release.
    }
    transfer.fd = null;
  }

  function end(transfer: Transfer<Meta>): void {
    transfers.delete(transfer.id);
    close(transfer);
    rmSync(transfer.tempPath, { force: true });
  }

  const view = (transfer: Transfer<Meta>): ReceivedFile<Meta> => ({
    id: transfer.id,
    meta: transfer.meta,
    tempPath: transfer.tempPath,
    declared: transfer.declared,
    received: transfer.received,
    sha256: transfer.sha256,
  });

  const stopped = (problem: TransferProblem, transfer?: Transfer<Meta>): { ok: false; problem: TransferProblem } => {
    if (transfer) end(transfer);
    return { ok: false, problem };
  };

  function expire(): void {
    const now = options.clock();
    for (const transfer of [...transfers.values()]) if (now - transfer.lastActivity > options.idleMs) end(transfer);
  }

  return {
    expire,

    /** Opens a transfer of `declared` bytes (the caller has judged the size). */
    begin(meta: Meta, declared: number): TransferOutcome<ReceivedFile<Meta>> {
      expire();
      if (transfers.size >= options.maxOpen) return stopped({ problem: 'tooMany', max: options.maxOpen });
      options.prepare();
      const id = randomUUID();
      const tempPath = options.pathOf(id);
      const fd = openSync(tempPath, 'wx+');
      const transfer: Transfer<Meta> = { id, meta, tempPath, declared, fd, hash: createHash('sha256'), received: 0, nextIndex: 0, sha256: null, lastActivity: options.clock() };
      transfers.set(id, transfer);
      return { ok: true, value: view(transfer) };
    },

    /** Writes chunk `index` (0, 1, 2, … in order). More bytes than declared, or an empty chunk, end the transfer. */
    append(id: string, index: number, bytes: Buffer): TransferOutcome<ReceivedFile<Meta>> {
      expire();
      const transfer = transfers.get(id);
      if (!transfer) return stopped({ problem: 'expired' });
      if (index !== transfer.nextIndex) return { ok: false, problem: { problem: 'outOfOrder', expected: transfer.nextIndex, index } };
      if (transfer.received + bytes.length > transfer.declared) {
        return stopped({ problem: 'overflow', declared: transfer.declared, received: transfer.received + bytes.length }, transfer);
      }
      if (bytes.length === 0) return stopped({ problem: 'emptyChunk' }, transfer);
      // A sealed transfer has all its bytes: any more overflowed above.
      if (transfer.fd === null) return stopped({ problem: 'expired' }, transfer);
      let written = 0;
      while (written < bytes.length) written += writeSync(transfer.fd, bytes, written, bytes.length - written);
      transfer.hash.update(bytes);
      transfer.received += bytes.length;
      transfer.nextIndex += 1;
      transfer.lastActivity = options.clock();
      return { ok: true, value: view(transfer) };
    },

    /**
     * Ends the sending: the size must be the declared one (else the transfer ends). The file is flushed and
     * closed, its hash final; the transfer stays (for `release` or `end`, or to be read again). Sealing a
     * sealed transfer returns it as it is.
     */
    seal(id: string): TransferOutcome<ReceivedFile<Meta>> {
      const transfer = transfers.get(id);
      if (!transfer) return stopped({ problem: 'expired' });
      if (transfer.received !== transfer.declared) return stopped({ problem: 'short', declared: transfer.declared, received: transfer.received }, transfer);
      if (transfer.fd !== null) {
        fsyncSync(transfer.fd);
        close(transfer);
        transfer.sha256 = transfer.hash.digest('hex');
      }
      transfer.lastActivity = options.clock();
      return { ok: true, value: view(transfer) };
    },

    /** The transfer, or null when there is none (any more). */
    get(id: string): ReceivedFile<Meta> | null {
      const transfer = transfers.get(id);
      return transfer ? view(transfer) : null;
    },

    /** Counts as activity: a transfer being used is not idle. */
    touch(id: string): void {
      const transfer = transfers.get(id);
      if (transfer) transfer.lastActivity = options.clock();
    },

    /** Forgets a sealed transfer without removing its file, which now belongs to the caller. */
    release(id: string): void {
      transfers.delete(id);
    },

    /** Ends a transfer and removes its file; false when there was none. */
    end(id: string): boolean {
      const transfer = transfers.get(id);
      if (!transfer) return false;
      end(transfer);
      return true;
    },

    has: (id: string) => transfers.has(id),

    get open(): number {
      return transfers.size;
    },

    closeAll(): void {
      for (const transfer of [...transfers.values()]) end(transfer);
    },
  };
}

export type ChunkStore<Meta> = ReturnType<typeof createChunkStore<Meta>>;

/** Why an upload was refused: an i18n key of shared/i18n/materials.ts and its parameters. */
export interface UploadRefusal {
  key: string;
  params?: Record<string, string | number>;
  /** true when the upload is over (its temporary file removed); false when the client may retry the call. */
  ended: boolean;
}

export interface UploadStart {
  applicantId: string;
  materialItemId: string | null;
  replaces: string | null;
  fileName: string;
  declared: number;
  limits: AttachmentLimits;
}

/** What a scan's upload keeps beside the store's own state: the first bytes, and the kind they showed. */
interface Pending extends UploadStart {
  head: Buffer;
  kind: AttachmentKind | null;
}

export interface CompletedUpload extends UploadStart {
  id: string;
  tempPath: string;
  sha256: string;
  bytes: number;
  kind: AttachmentKind;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; refusal: UploadRefusal };

const KIND_NAMES: Record<AttachmentKind, string> = { pdf: 'PDF', jpeg: 'JPEG', png: 'PNG' };

export const refusalKey = (reason: RefusalReason) => `materials.upload.refused.${reason}`;

/** The store's problem as a scan upload's refusal. */
function refusalOf(problem: TransferProblem, fileName: string): UploadRefusal {
  switch (problem.problem) {
    case 'expired':
      return { key: 'materials.upload.expired', ended: true };
    case 'tooMany':
      return { key: 'materials.upload.tooMany', params: { max: problem.max }, ended: true };
    case 'outOfOrder':
      return { key: 'materials.upload.outOfOrder', params: { expected: problem.expected, index: problem.index }, ended: false };
    case 'overflow':
    case 'short':
      return { key: 'materials.upload.sizeMismatch', params: { fileName, declared: problem.declared, received: problem.received }, ended: true };
    case 'emptyChunk':
      return { key: 'materials.upload.notEncoded', ended: true };
  }
}

function readTail(path: string, size: number): Buffer {
  const tail = Buffer.alloc(Math.min(TAIL_BYTES, size));
  const fd = openSync(path, 'r');
  try {
    readSync(fd, tail, 0, tail.length, size - tail.length);
  } finally {
    closeSync(fd);
  }
  return tail;
}

export function createUploads(files: FileStore, clock: () => number) {
  const store = createChunkStore<Pending>({
    prepare: () => files.ensureFolders(),
    pathOf: (id) => uploadFilePath(files.root, id),
    clock,
    idleMs: UPLOAD_IDLE_MS,
    maxOpen: MAX_OPEN_UPLOADS,
  });

  const refuse = (id: string | null, key: string, params?: UploadRefusal['params']): { ok: false; refusal: UploadRefusal } => {
    if (id !== null) store.end(id);
    return { ok: false, refusal: params ? { key, params, ended: true } : { key, ended: true } };
  };

  /** The kind's verdict against the limits, or a refusal naming the file. */
  function judgeKind(id: string, pending: Pending, verdict: ReturnType<typeof sniffHead>): { ok: false; refusal: UploadRefusal } | null {
    if (!verdict.ok) return refuse(id, refusalKey(verdict.reason), { fileName: pending.fileName });
    if (!typeAllowed(verdict.kind, pending.limits)) {
      return refuse(id, 'materials.upload.typeNotAllowed', {
        fileName: pending.fileName,
        type: KIND_NAMES[verdict.kind],
        allowed: pending.limits.types.map((kind) => KIND_NAMES[kind]).join(', '),
      });
    }
    pending.kind = verdict.kind;
    return null;
  }

  return {
    /** Opens an upload whose declared size the caller has checked against the limits. */
    begin(start: UploadStart): Outcome<{ uploadId: string }> {
      const begun = store.begin({ ...start, head: Buffer.alloc(0), kind: null }, start.declared);
      if (!begun.ok) return { ok: false, refusal: refusalOf(begun.problem, start.fileName) };
      return { ok: true, value: { uploadId: begun.value.id } };
    },

    chunk(uploadId: string, index: number, bytes: Buffer): Outcome<{ received: number }> {
      const fileName = store.get(uploadId)?.meta.fileName ?? '';
      const appended = store.append(uploadId, index, bytes);
      if (!appended.ok) return { ok: false, refusal: refusalOf(appended.problem, fileName) };
      const { meta: pending, received, declared } = appended.value;
      if (pending.kind === null && pending.head.length < HEAD_BYTES) {
        pending.head = Buffer.concat([pending.head, bytes.subarray(0, HEAD_BYTES - pending.head.length)]);
        if (pending.head.length >= HEAD_BYTES || received === declared) {
          const refused = judgeKind(uploadId, pending, sniffHead(pending.head, declared));
          if (refused) return refused;
        }
      }
      return { ok: true, value: { received } };
    },

    /**
     * Ends the transfer: the size must be the declared one, the whole file (head and tail) of an allowed
     * kind under `limits` (read again: the user may have changed them meanwhile). On success the temporary
     * file is fsynced and closed and belongs to the caller, who moves it into place or removes it.
     */
    complete(uploadId: string, limits: AttachmentLimits): Outcome<CompletedUpload> {
      const fileName = store.get(uploadId)?.meta.fileName ?? '';
      const sealed = store.seal(uploadId);
      if (!sealed.ok) return { ok: false, refusal: refusalOf(sealed.problem, fileName) };
      const { meta: pending, received, tempPath, sha256 } = sealed.value;
      if (received > limits.maxBytes) return refuse(uploadId, 'materials.upload.tooLarge', { fileName, maxMb: megabytes(limits.maxBytes) });
      pending.limits = limits;
      const refused = judgeKind(uploadId, pending, sniffFile(pending.head, readTail(tempPath, received), received));
      if (refused) return refused;
      store.release(uploadId);
      return {
        ok: true,
        value: {
          id: uploadId,
          applicantId: pending.applicantId,
          materialItemId: pending.materialItemId,
          replaces: pending.replaces,
          fileName: pending.fileName,
          declared: pending.declared,
          limits,
          tempPath,
          sha256: sha256 ?? '',
          bytes: received,
          kind: pending.kind as AttachmentKind,
        },
      };
    },

    /** Who an open upload is for; null when there is no such upload (any more). */
    peek(uploadId: string): { applicantId: string } | null {
      const upload = store.get(uploadId);
      return upload ? { applicantId: upload.meta.applicantId } : null;
    },

    /** Ends an upload and removes its temporary file; false when there was none. */
    abort(uploadId: string): boolean {
      return store.end(uploadId);
    },

    /** The uploads still open (for tests and for closing). */
    get open(): number {
      return store.open;
    },

    /** Ends every upload (the backend is closing). */
    closeAll(): void {
      store.closeAll();
    },
  };
}

/** Megabytes as the UI shows them (1 MB = 1,000,000 bytes), one decimal at most. */
export function megabytes(bytes: number): number {
  return Math.round(bytes / 100_000) / 10;
}

export type Uploads = ReturnType<typeof createUploads>;
