// The chunked upload over the real backend: a large scan goes in chunk by chunk and comes back identical;
// the same content is stored once; a declared 2 GB file, a lying size, a disguised file and a file over the
// programme's (user-set) limits are refused with their own keys, leaving no temporary file behind.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, openBackend } from '../../electron/backend';
import type { ReplyOf } from '../../shared/contract/channels';
import { CHUNK_BYTES } from '../../shared/materials/transfer';
import { type Finished, applicantFor, checklist, download, refusalKey, upload } from '../support/attachments';
import { jpegBytes, pdfScan, pngScan, webPage, windowsProgram, zipArchive } from '../support/scans';
import { value } from '../support/result';
import { makeTempDir } from '../support/tempDir';

let dir: ReturnType<typeof makeTempDir>;
let backend: Backend;
let applicantId: string;
let itemIds: string[];

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const storedPath = (hash: string) => join(dir.path, 'attachments', hash.slice(0, 2), hash);
const temporaryFiles = () => (existsSync(join(dir.path, 'attachments', 'tmp')) ? readdirSync(join(dir.path, 'attachments', 'tmp')) : []);

beforeEach(async () => {
  dir = makeTempDir();
  backend = openBackend({ dataDirectory: dir.path, transport: 'browser', appVersion: 'test' });
  applicantId = await applicantFor(backend, 'shanghai-c-r3');
  itemIds = (await checklist(backend, applicantId)).items.map((item) => item.id);
});
afterEach(() => {
  backend.close();
  dir.remove();
});

describe('a chunked upload', () => {
  it('stores a 7 MB scan sent in 2 MiB chunks under its hash, and reads it back identical', async () => {
    const scan = pngScan(1600, 1300, true);
    expect(scan.length).toBeGreaterThan(3 * CHUNK_BYTES);
    const finished = value<Finished>(await upload(backend, applicantId, '学位证书.png', scan, { materialItemId: itemIds[0] }));
    expect(finished.attachment).toMatchObject({ sha256: sha256(scan), bytes: scan.length, mime: 'image/png', materialItemId: itemIds[0], missing: false, pages: null });
    expect(finished).toMatchObject({ duplicate: false, notice: null });
    expect(readFileSync(storedPath(sha256(scan))).equals(scan)).toBe(true);
    expect(temporaryFiles()).toEqual([]);

    const back = await download(backend, finished.attachment.id);
    expect(back.ok && back.value.equals(scan)).toBe(true);
    const first = value<ReplyOf<'attachments.get'>>(await backend.invoke('attachments.get', { attachmentId: finished.attachment.id }));
    expect(first).toMatchObject({ offset: 0, total: scan.length, done: false, mime: 'image/png', downloadName: '学位证书.png' });
  });

  it('counts a PDF’s pages and lists the attachment under its item', async () => {
    const pdf = await pdfScan(3);
    const finished = value<Finished>(await upload(backend, applicantId, 'form.pdf', pdf, { materialItemId: itemIds[1] }));
    expect(finished.attachment).toMatchObject({ mime: 'application/pdf', pages: 3 });
    const listed = value<ReplyOf<'attachments.list'>>(await backend.invoke('attachments.list', { applicantId }));
    expect(listed.attachments.map((attachment) => [attachment.originalName, attachment.materialItemId])).toEqual([['form.pdf', itemIds[1]]]);
    expect(listed.limits).toMatchObject({ programmeId: 'shanghai-c-r3', userSet: false });
  });

  it('keeps the same content once on disk: two items, two rows, one file; the same item twice is one row', async () => {
    const scan = pngScan();
    const first = value<Finished>(await upload(backend, applicantId, 'a.png', scan, { materialItemId: itemIds[0] }));
    const second = value<Finished>(await upload(backend, applicantId, 'b.png', scan, { materialItemId: itemIds[1] }));
    expect(second.attachment.id).not.toBe(first.attachment.id);
    expect(readdirSync(join(dir.path, 'attachments', sha256(scan).slice(0, 2)))).toEqual([sha256(scan)]);

    const again = value<Finished>(await upload(backend, applicantId, 'a-again.png', scan, { materialItemId: itemIds[0] }));
    expect(again).toMatchObject({ duplicate: true, attachment: { id: first.attachment.id } });
    const listed = value<ReplyOf<'attachments.list'>>(await backend.invoke('attachments.list', { applicantId }));
    expect(listed.attachments).toHaveLength(2);
  });
});

describe('sizes', () => {
  it('refuses a declared 2 GB file at once, before any chunk, with nothing written', async () => {
    const begun = await backend.invoke('attachments.begin', { applicantId, materialItemId: itemIds[0], fileName: 'huge-scan.pdf', bytes: 2 * 1024 ** 3 });
    expect(refusalKey(begun)).toBe('materials.upload.tooLarge');
    expect(!begun.ok && begun.error.issues?.[0]?.params).toEqual({ fileName: 'huge-scan.pdf', maxMb: 20 });
    expect(temporaryFiles()).toEqual([]);
  });

  it('refuses an empty file at begin', async () => {
    expect(refusalKey(await upload(backend, applicantId, 'empty.pdf', Buffer.alloc(0)))).toBe('materials.upload.refused.empty');
  });

  it('stops a client that sends more than it declared, at the chunk that overflows', async () => {
    const scan = pngScan(300, 300, true);
    const result = await upload(backend, applicantId, 'liar.png', scan, { declared: 1000, chunkBytes: 600 });
    expect(refusalKey(result)).toBe('materials.upload.sizeMismatch');
    expect(temporaryFiles()).toEqual([]);
  });

  it('refuses a file shorter than declared at finish', async () => {
    const scan = pngScan();
    expect(refusalKey(await upload(backend, applicantId, 'short.png', scan, { declared: scan.length + 10 }))).toBe('materials.upload.sizeMismatch');
    expect(temporaryFiles()).toEqual([]);
  });

  it('refuses chunks out of order but keeps the upload for the right one', async () => {
    const scan = pngScan();
    const { uploadId } = value<ReplyOf<'attachments.begin'>>(await backend.invoke('attachments.begin', { applicantId, fileName: 'x.png', bytes: scan.length }));
    const wrong = await backend.invoke('attachments.chunk', { uploadId, index: 1, contentBase64: scan.toString('base64') });
    expect(refusalKey(wrong)).toBe('materials.upload.outOfOrder');
    value(await backend.invoke('attachments.chunk', { uploadId, index: 0, contentBase64: scan.toString('base64') }));
    expect(value<Finished>(await backend.invoke('attachments.finish', { uploadId })).attachment.bytes).toBe(scan.length);
  });

  it('refuses a chunk larger than 2 MiB by the contract, and an upload that is gone', async () => {
    const { uploadId } = value<ReplyOf<'attachments.begin'>>(await backend.invoke('attachments.begin', { applicantId, fileName: 'x.png', bytes: 5_000_000 }));
    const big = await backend.invoke('attachments.chunk', { uploadId, index: 0, contentBase64: Buffer.alloc(CHUNK_BYTES + 3).toString('base64') });
    expect(refusalKey(big)).toBe('materials.upload.chunkTooLarge');
    value(await backend.invoke('attachments.abort', { uploadId }));
    expect(temporaryFiles()).toEqual([]);
    const gone = await backend.invoke('attachments.chunk', { uploadId, index: 0, contentBase64: 'AAAA' });
    expect(!gone.ok && gone.error.code).toBe('not-found');
    expect(refusalKey(gone)).toBe('materials.upload.expired');
  });

  it('refuses a file whose hash is not the one the client computed', async () => {
    const scan = pngScan();
    const { uploadId } = value<ReplyOf<'attachments.begin'>>(await backend.invoke('attachments.begin', { applicantId, fileName: 'x.png', bytes: scan.length }));
    value(await backend.invoke('attachments.chunk', { uploadId, index: 0, contentBase64: scan.toString('base64') }));
    expect(refusalKey(await backend.invoke('attachments.finish', { uploadId, sha256: '0'.repeat(64) }))).toBe('materials.upload.hashMismatch');
    expect(existsSync(storedPath(sha256(scan)))).toBe(false);
  });
});

describe('types, by the bytes', () => {
  it('refuses a program named .pdf at its first chunk', async () => {
    const program = Buffer.concat([windowsProgram(), Buffer.alloc(3 * CHUNK_BYTES)]);
    const begun = value<ReplyOf<'attachments.begin'>>(await backend.invoke('attachments.begin', { applicantId, fileName: '学历证明.pdf', bytes: program.length }));
    const first = await backend.invoke('attachments.chunk', { uploadId: begun.uploadId, index: 0, contentBase64: program.subarray(0, CHUNK_BYTES).toString('base64') });
    expect(refusalKey(first)).toBe('materials.upload.refused.executable');
    expect(!first.ok && first.error.issues?.[0]?.params).toEqual({ fileName: '学历证明.pdf' });
    expect(temporaryFiles()).toEqual([]);
  });

  it('refuses a web page and a ZIP archive named .pdf, and a truncated PNG named .png', async () => {
    expect(refusalKey(await upload(backend, applicantId, 'page.pdf', webPage()))).toBe('materials.upload.refused.html');
    expect(refusalKey(await upload(backend, applicantId, 'archive.pdf', zipArchive()))).toBe('materials.upload.refused.archive');
    const png = pngScan();
    expect(refusalKey(await upload(backend, applicantId, 'cut.png', png.subarray(0, png.length - 30)))).toBe('materials.upload.refused.damaged');
    const listed = value<ReplyOf<'attachments.list'>>(await backend.invoke('attachments.list', { applicantId }));
    expect(listed.attachments).toEqual([]);
    expect(temporaryFiles()).toEqual([]);
  });

  it('accepts a PNG named .jpg as a PNG, and says so', async () => {
    const finished = value<Finished>(await upload(backend, applicantId, '照片.jpg', pngScan()));
    expect(finished.attachment.mime).toBe('image/png');
    expect(finished.notice).toEqual({ key: 'materials.upload.typeFromBytes', params: { fileName: '照片.jpg', type: 'PNG' } });
    const read = value<ReplyOf<'attachments.get'>>(await backend.invoke('attachments.get', { attachmentId: finished.attachment.id }));
    expect(read.downloadName).toBe('照片.png');
  });

  it('accepts a JPEG', async () => {
    expect(value<Finished>(await upload(backend, applicantId, 'photo.jpeg', jpegBytes())).attachment.mime).toBe('image/jpeg');
  });
});

describe('limits per programme, changed by the user', () => {
  it('applies a smaller size and fewer types for this programme only, until reset', async () => {
    const saved = value<ReplyOf<'attachments.limits.save'>>(
      await backend.invoke('attachments.limits.save', { programmeId: 'shanghai-c-r3', limits: { maxBytes: 1_000_000, types: ['pdf'] } }),
    );
    expect(saved).toMatchObject({ userSet: true, limits: { maxBytes: 1_000_000, types: ['pdf'] } });

    const begun = await backend.invoke('attachments.begin', { applicantId, fileName: 'big.pdf', bytes: 1_000_001 });
    expect(refusalKey(begun)).toBe('materials.upload.tooLarge');
    expect(!begun.ok && begun.error.issues?.[0]?.params).toMatchObject({ maxMb: 1 });
    const png = await upload(backend, applicantId, 'scan.png', pngScan());
    expect(refusalKey(png)).toBe('materials.upload.typeNotAllowed');
    expect(!png.ok && png.error.issues?.[0]?.params).toEqual({ fileName: 'scan.png', type: 'PNG', allowed: 'PDF' });

    // Another programme keeps the defaults.
    const other = await applicantFor(backend, 'shanghai-c-r2');
    expect(value<Finished>(await upload(backend, other, 'scan.png', pngScan())).attachment.mime).toBe('image/png');

    const reset = value<ReplyOf<'attachments.limits.save'>>(await backend.invoke('attachments.limits.save', { programmeId: 'shanghai-c-r3', limits: null }));
    expect(reset).toMatchObject({ userSet: false, limits: reset.defaults });
    expect(value<Finished>(await upload(backend, applicantId, 'scan.png', pngScan())).attachment.mime).toBe('image/png');
  });

  it('refuses a limit over the ceiling, no type, and an unknown programme', async () => {
    const over = await backend.invoke('attachments.limits.save', { programmeId: 'shanghai-c-r3', limits: { maxBytes: 2 * 1024 ** 3, types: ['pdf'] } });
    expect(refusalKey(over)).toBe('materials.limits.overCeiling');
    expect(refusalKey(await backend.invoke('attachments.limits.save', { programmeId: 'shanghai-c-r3', limits: { maxBytes: 10, types: [] } }))).toBe('materials.limits.types');
    const unknown = await backend.invoke('attachments.limits.get', { programmeId: 'no-such-round' });
    expect(!unknown.ok && unknown.error.code).toBe('not-found');
  });

  it('checks the size again at finish against limits lowered during the upload', async () => {
    const scan = pngScan(300, 300, true);
    const { uploadId } = value<ReplyOf<'attachments.begin'>>(await backend.invoke('attachments.begin', { applicantId, fileName: 'x.png', bytes: scan.length }));
    value(await backend.invoke('attachments.chunk', { uploadId, index: 0, contentBase64: scan.toString('base64') }));
    value(await backend.invoke('attachments.limits.save', { programmeId: 'shanghai-c-r3', limits: { maxBytes: 1000, types: ['png'] } }));
    expect(refusalKey(await backend.invoke('attachments.finish', { uploadId }))).toBe('materials.upload.tooLarge');
    expect(temporaryFiles()).toEqual([]);
  });
});

describe('ownership', () => {
  it('refuses an item of another applicant and an unknown applicant', async () => {
    const other = await applicantFor(backend, 'shanghai-c-r3');
    const otherItem = (await checklist(backend, other)).items[0]?.id;
    expect(refusalKey(await upload(backend, applicantId, 'x.png', pngScan(), { materialItemId: otherItem }))).toBe('materials.upload.noSuchItem');
    const unknown = await upload(backend, '0f8fad5b-d9cb-469f-a165-70867728950e', 'x.png', pngScan());
    expect(!unknown.ok && unknown.error.code).toBe('not-found');
  });
});
