// Helpers of the attachment tests: an applicant applying for a programme, and a file sent through the
// chunked upload channels as the renderer sends it.
import type { Backend } from '../../electron/backend';
import type { ReplyOf } from '../../shared/contract/channels';
import type { Result } from '../../shared/contract/result';
import { CHUNK_BYTES, chunkRanges } from '../../shared/materials/transfer';
import { value } from './result';

export type Finished = ReplyOf<'attachments.finish'>;
export type Checklist = ReplyOf<'materials.list'>;

export async function applicantFor(backend: Backend, programmeId: string | null): Promise<string> {
  const { id } = value<{ id: string }>(await backend.invoke('applicants.create', { nameZh: '王芳', nameLatin: 'WANG Fang' }));
  if (programmeId !== null) {
    value(
      await backend.invoke('application.save', {
        applicantId: id,
        application: { programmeId, series: null, earlierRounds: [], countOverseas: true, catalogueLevel: null, targetLevel: null },
      }),
    );
  }
  return id;
}

export async function checklist(backend: Backend, applicantId: string): Promise<Checklist> {
  return value<Checklist>(await backend.invoke('materials.list', { applicantId }));
}

export interface UploadOptions {
  materialItemId?: string | null;
  replaces?: string;
  /** The size to announce instead of the true one. */
  declared?: number;
  chunkBytes?: number;
}

/** begin → chunks in order → finish; the first refusal is returned as it came. */
export async function upload(backend: Backend, applicantId: string, fileName: string, bytes: Buffer, options: UploadOptions = {}): Promise<Result<Finished>> {
  const begun = await backend.invoke('attachments.begin', {
    applicantId,
    materialItemId: options.materialItemId ?? null,
    fileName,
    bytes: options.declared ?? bytes.length,
    ...(options.replaces ? { replaces: options.replaces } : {}),
  });
  if (!begun.ok) return begun;
  const { uploadId } = begun.value as ReplyOf<'attachments.begin'>;
  const ranges = chunkRanges(bytes.length, options.chunkBytes ?? CHUNK_BYTES);
  for (const [index, [start, end]] of ranges.entries()) {
    const sent = await backend.invoke('attachments.chunk', { uploadId, index, contentBase64: bytes.subarray(start, end).toString('base64') });
    if (!sent.ok) return sent;
  }
  return (await backend.invoke('attachments.finish', { uploadId })) as Result<Finished>;
}

/** The stored file read back through attachments.get, chunk by chunk. */
export async function download(backend: Backend, attachmentId: string): Promise<Result<Buffer>> {
  const parts: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const read = await backend.invoke('attachments.get', { attachmentId, offset });
    if (!read.ok) return read;
    const chunk = read.value as ReplyOf<'attachments.get'>;
    parts.push(Buffer.from(chunk.contentBase64, 'base64'));
    offset += parts.at(-1)?.length ?? 0;
    if (chunk.done) return { ok: true, value: Buffer.concat(parts) };
  }
}

/** The issue key of a refusal (fails the test when the call succeeded). */
export function refusalKey(result: Result<unknown>): string | undefined {
  if (result.ok) throw new Error('expected a refusal');
  return result.error.issues?.[0]?.key;
}
