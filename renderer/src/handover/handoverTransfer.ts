// A package in and out of the page through the chunked channels (a package with scans is far larger than
// the 4 MiB a request may carry). In: the File is read slice by slice (File.slice: never whole), each slice
// sent as base64 in order, progress reported, and the upload cancelled when the user asks or a slice
// cannot be read. Out: the exported file is read back in slices and joined into a Blob (the browser keeps a
// large one on disk), then handed over as a download.
import type { ReplyOf } from '../../../shared/contract/channels';
import { type Result, fail } from '../../../shared/contract/result';
import { CHUNK_BYTES, chunkRanges } from '../../../shared/materials/transfer';
import { call } from '../api';
import { fromBase64, toBase64 } from '../files';

export type Progress = (done: number, total: number) => void;

/** Stops an upload between two slices when `cancelled()` turns true. */
export interface UploadControl {
  cancelled(): boolean;
}

const readFailed = () => fail('validation', 'The file could not be read', [{ path: [], key: 'handover.import.readFailed' }]);

/**
 * Sends a chosen package; the upload's id once every byte arrived, the first refusal, or null when the
 * user cancelled (the backend has removed what it received).
 */
export async function sendPackage(file: File, onProgress: Progress, control: UploadControl): Promise<Result<string> | null> {
  const begun = await call('handover.upload.begin', { fileName: file.name.slice(0, 255) || 'package.titleprep', bytes: file.size });
  if (!begun.ok) return begun;
  const { uploadId, chunkBytes } = begun.value;
  onProgress(0, file.size);
  for (const [index, [start, end]] of chunkRanges(file.size, Math.min(chunkBytes, CHUNK_BYTES)).entries()) {
    if (control.cancelled()) {
      await call('handover.upload.abort', { uploadId });
      return null;
    }
    let contentBase64: string;
    try {
      contentBase64 = toBase64(new Uint8Array(await file.slice(start, end).arrayBuffer()));
    } catch {
      await call('handover.upload.abort', { uploadId });
      return readFailed();
    }
    const sent = await call('handover.upload.chunk', { uploadId, index, contentBase64 });
    if (!sent.ok) {
      // A refusal has ended the upload already; a transport failure has not: end it either way.
      await call('handover.upload.abort', { uploadId });
      return sent;
    }
    onProgress(end, file.size);
  }
  return { ok: true, value: uploadId };
}

/** The exported package's bytes, slice by slice, as a Blob. */
export async function fetchPackage(exported: ReplyOf<'handover.export'>, onProgress: Progress): Promise<Result<Blob>> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  onProgress(0, exported.bytes);
  for (;;) {
    const read = await call('handover.export.read', { exportId: exported.exportId, offset });
    if (!read.ok) return read;
    const bytes = fromBase64(read.value.contentBase64);
    parts.push(bytes);
    offset += bytes.length;
    onProgress(offset, read.value.total);
    if (read.value.done || bytes.length === 0) break;
  }
  if (offset !== exported.bytes) return fail('internal', `Read ${offset} bytes of ${exported.bytes}`);
  return { ok: true, value: new Blob(parts, { type: 'application/zip' }) };
}
