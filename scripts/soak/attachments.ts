// Attachments in the soak: the saver's upload through the real chunked channels, the verifier's read-back
// through `attachments.get`, and the look at the files themselves: a stored file is named by its hash, so
// one whose bytes do not hash to its name was left half-written (or changed) and counts as corrupt.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Backend } from '../../electron/backend';
import { UPLOADS_FOLDER, attachmentsRoot } from '../../electron/backend/attachments/paths';
import type { ReplyOf } from '../../shared/contract/channels';
import type { Result } from '../../shared/contract/result';
import { CHUNK_BYTES, chunkRanges } from '../../shared/materials/transfer';
import type { RandomSource } from './random';
import type { Scan } from './scans';

export const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const failure = (result: Result<unknown>) => (result.ok ? '' : `${result.error.code} ${result.error.message}`);

/** A chunk size for one upload: often small, so that a kill lands between the chunks of a file. */
export function chunkSizeFor(random: RandomSource, total: number): number {
  const size = random.pick([CHUNK_BYTES, 64 * 1024, 8 * 1024, 1024]);
  // No more than 64 chunks: a large scan in 1 kB pieces would spend the saver's whole life on one file.
  return Math.max(size, Math.ceil(total / 64));
}

/** begin → chunk 0, 1, … → finish (with the client's hash, as the renderer sends it); throws on a refusal. */
export async function uploadScan(backend: Backend, applicantId: string, scan: Scan, chunkBytes: number): Promise<ReplyOf<'attachments.finish'>> {
  const begun = await backend.invoke('attachments.begin', { applicantId, materialItemId: null, fileName: scan.fileName, bytes: scan.bytes.length });
  if (!begun.ok) throw new Error(`attachments.begin: ${failure(begun)}`);
  const { uploadId } = begun.value as ReplyOf<'attachments.begin'>;
  for (const [index, [start, end]] of chunkRanges(scan.bytes.length, chunkBytes).entries()) {
    const sent = await backend.invoke('attachments.chunk', { uploadId, index, contentBase64: scan.bytes.subarray(start, end).toString('base64') });
    if (!sent.ok) throw new Error(`attachments.chunk ${index}: ${failure(sent)}`);
  }
  const finished = await backend.invoke('attachments.finish', { uploadId, sha256: sha256Of(scan.bytes) });
  if (!finished.ok) throw new Error(`attachments.finish: ${failure(finished)}`);
  return finished.value as ReplyOf<'attachments.finish'>;
}

export type ReadBack = { ok: true; bytes: Buffer; chunks: number } | { ok: false; problem: string };

/** The stored file as the app hands it out: `attachments.get` from offset 0 until `done`. */
export async function readBack(backend: Backend, attachmentId: string): Promise<ReadBack> {
  const parts: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const reply = await backend.invoke('attachments.get', { attachmentId, offset });
    if (!reply.ok) return { ok: false, problem: `attachments.get at ${offset}: ${failure(reply)}` };
    const chunk = reply.value as ReplyOf<'attachments.get'>;
    const bytes = Buffer.from(chunk.contentBase64, 'base64');
    if (chunk.offset !== offset) return { ok: false, problem: `attachments.get at ${offset} answered offset ${chunk.offset}` };
    parts.push(bytes);
    offset += bytes.length;
    if (chunk.done) return { ok: true, bytes: Buffer.concat(parts), chunks: parts.length };
    if (bytes.length === 0) return { ok: false, problem: `attachments.get at ${offset} sent nothing and is not done` };
  }
}

export interface StoredFiles {
  /** Files under attachments/<xx>/ read and hashed. */
  hashed: number;
  /** Temporary files of uploads a kill interrupted (attachments/tmp): expected, and left to the next start. */
  unfinishedUploads: number;
  /** A file whose bytes do not hash to its name, or that is not named by a hash at all. */
  problems: string[];
}

function list(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

/** Every stored file must hash to its own name: a rename into place is all or nothing. */
export function checkStoredFiles(dataDirectory: string): StoredFiles {
  const root = attachmentsRoot(dataDirectory);
  const result: StoredFiles = { hashed: 0, unfinishedUploads: list(join(root, UPLOADS_FOLDER)).length, problems: [] };
  for (const prefix of list(root)) {
    if (!/^[0-9a-f]{2}$/.test(prefix)) continue;
    for (const name of list(join(root, prefix))) {
      const path = join(root, prefix, name);
      if (!statSync(path).isFile() || !/^[0-9a-f]{64}$/.test(name) || !name.startsWith(prefix)) {
        result.problems.push(`attachments/${prefix}/${name} is not a stored file named by its hash`);
        continue;
      }
      const bytes = readFileSync(path);
      result.hashed += 1;
      const actual = sha256Of(bytes);
      if (actual !== name) result.problems.push(`attachments/${prefix}/${name} (${bytes.length} bytes) hashes to ${actual}: half-written or changed`);
    }
  }
  return result;
}
