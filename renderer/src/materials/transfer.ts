// Scans in and out of the page through the chunked channels. Upload: the File is read slice by slice
// (never whole: a scan may be tens of megabytes), each slice sent as base64 in order, progress reported;
// a refusal ends the upload (the backend removes its temporary file). Download: the chunks are joined
// into a Blob, handed over as a download or shown as an image through a blob: URL (the CSP allows blob:
// images; PDFs are not framed, the CSP's default-src 'none' would block it).
import type { ReplyOf } from '../../../shared/contract/channels';
import { type Result, fail } from '../../../shared/contract/result';
import { CHUNK_BYTES, chunkRanges } from '../../../shared/materials/transfer';
import { call } from '../api';
import { fromBase64, toBase64 } from '../files';

export type Finished = ReplyOf<'attachments.finish'>;

export interface UploadTarget {
  applicantId: string;
  materialItemId: string | null;
  /** An attachment (one whose file went missing) the new file takes the place of. */
  replaces?: string;
}

/** Sends a file; `onProgress` gets the bytes sent so far. The reply of `attachments.finish`, or the first refusal. */
export async function uploadFile(file: File, target: UploadTarget, onProgress: (sent: number, total: number) => void): Promise<Result<Finished>> {
  const begun = await call('attachments.begin', {
    applicantId: target.applicantId,
    materialItemId: target.materialItemId,
    fileName: file.name,
    bytes: file.size,
    ...(target.replaces ? { replaces: target.replaces } : {}),
  });
  if (!begun.ok) return begun;
  const { uploadId, chunkBytes } = begun.value;
  onProgress(0, file.size);
  for (const [index, [start, end]] of chunkRanges(file.size, Math.min(chunkBytes, CHUNK_BYTES)).entries()) {
    let contentBase64: string;
    try {
      contentBase64 = toBase64(new Uint8Array(await file.slice(start, end).arrayBuffer()));
    } catch {
      await call('attachments.abort', { uploadId });
      return fail('validation', 'The file could not be read', [{ path: [], key: 'materials.upload.readFailed', params: { fileName: file.name } }]);
    }
    const sent = await call('attachments.chunk', { uploadId, index, contentBase64 });
    if (!sent.ok) {
      // A refusal has ended the upload already; a transport failure has not: end it either way.
      await call('attachments.abort', { uploadId });
      return sent;
    }
    onProgress(end, file.size);
  }
  return call('attachments.finish', { uploadId });
}

export interface FetchedFile {
  blob: Blob;
  downloadName: string;
}

/** The stored file, chunk by chunk. */
export async function fetchAttachment(attachmentId: string): Promise<Result<FetchedFile>> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  for (;;) {
    const read = await call('attachments.get', { attachmentId, offset });
    if (!read.ok) return read;
    const bytes = fromBase64(read.value.contentBase64);
    parts.push(bytes);
    offset += bytes.length;
    if (read.value.done || bytes.length === 0) return { ok: true, value: { blob: new Blob(parts, { type: read.value.mime }), downloadName: read.value.downloadName } };
  }
}

