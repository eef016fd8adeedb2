// Files built to exhaust memory, through the contract in both transports (the handler table and browser
// mode's HTTP): every one gets a typed refusal in the user's language, nothing is stored, the backend still
// answers, and this process (the backend's) grows by less than MAX_GROWTH while the file is read. A file
// stored before the checks existed is set aside when next read; a package carrying one is refused whole.
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Backend, openBackend } from '../../electron/backend';
import { createAttachmentRepository } from '../../electron/backend/attachments/repository';
import { attachmentsRoot, storedFilePath } from '../../electron/backend/attachments/paths';
import { databasePath, openDatabase } from '../../electron/backend/database/open';
import { createFormRepository } from '../../electron/backend/form/repository';
import { type BrowserServer, startBrowserServer } from '../../electron/backend/transport/browserServer';
import type { Result } from '../../shared/contract/result';
import { docxWithBomb, jpegDeclaring, pdfWithContentStreamBomb, pdfWithObjectStreamBomb, pngDeclaring } from '../support/hostileFiles';
import { value } from '../support/result';
import { makeTempDir } from '../support/tempDir';
import { exportPackage, importArchive } from './handover-support';
import { postToApi } from '../support/browserApi';

/** The bound this test holds the backend's process to, per file (the parser process has its own cap). */
const MAX_GROWTH = 512 * 1024 * 1024;
/** Per file, with the parser process's start included, on a loaded two-core machine. */
const MAX_MS = 30_000;
const GIGABYTE = 1024 * 1024 * 1024;

let dir: ReturnType<typeof makeTempDir>;
let backend: Backend;
let server: BrowserServer;
let dataDirectory: string;

beforeAll(async () => {
  dir = makeTempDir();
  const renderer = join(dir.path, 'renderer');
  mkdirSync(renderer);
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>TitlePrep</title>');
  dataDirectory = join(dir.path, 'data');
  backend = openBackend({ dataDirectory, transport: 'browser', appVersion: 'hostile', log: () => undefined });
  server = await startBrowserServer({ backend, rendererDirectory: renderer, port: 0 });
});

afterAll(async () => {
  await server?.close();
  backend?.close();
  dir?.remove();
});

const overHttp = (channel: string, payload: unknown) => postToApi(server, channel, payload);

const transports = [
  { name: 'handler table', invoke: (channel: string, payload: unknown) => backend.invoke(channel, payload) },
  { name: 'browser-mode HTTP', invoke: overHttp },
] as const;

type Invoke = (typeof transports)[number]['invoke'];

/** The refusal's first issue key, with the growth of this process and the time it took. */
async function measured(work: () => Promise<Result<unknown>>): Promise<{ key: string | undefined; growth: number; ms: number; result: Result<unknown> }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const watch = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  const started = performance.now();
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { key: result.ok ? undefined : result.error.issues?.[0]?.key, growth: peak - before, ms: performance.now() - started, result };
  } finally {
    clearInterval(watch);
  }
}

async function stillAnswers(invoke: Invoke): Promise<void> {
  expect((await invoke('app.info', {})).ok).toBe(true);
}

async function newApplicant(invoke: Invoke): Promise<string> {
  return value<{ id: string }>(await invoke('applicants.create', { nameZh: '张伟', nameLatin: '' })).id;
}

async function uploadScan(invoke: Invoke, applicantId: string, fileName: string, bytes: Buffer): Promise<Result<unknown>> {
  const begun = await invoke('attachments.begin', { applicantId, materialItemId: null, fileName, bytes: bytes.length });
  if (!begun.ok) return begun;
  const { uploadId, chunkBytes } = begun.value as { uploadId: string; chunkBytes: number };
  for (let index = 0; index * chunkBytes < bytes.length; index += 1) {
    const chunk = await invoke('attachments.chunk', { uploadId, index, contentBase64: bytes.subarray(index * chunkBytes, (index + 1) * chunkBytes).toString('base64') });
    if (!chunk.ok) return chunk;
  }
  return invoke('attachments.finish', { uploadId });
}

const DOCX_PARTS = [
  'word/document.xml',
  'word/styles.xml',
  'word/numbering.xml',
  'word/footnotes.xml',
  'word/endnotes.xml',
  'word/comments.xml',
  'word/_rels/document.xml.rels',
  '_rels/.rels',
  '[Content_Types].xml',
  'word/doc.bin', // named by the package relationship as the main document
  'word/media/image1.png', // never unpacked: the import drops pictures unread
];

describe.each(transports)('hostile files through the $name', ({ invoke }) => {
  it.each(DOCX_PARTS)('a .docx with a 1 GB deflate bomb in %s: refused or read without it, bounded', async (part) => {
    const bomb = docxWithBomb(part, GIGABYTE);
    const outcome = await measured(() => invoke('documents.importSummary', { fileName: '总结.docx', contentBase64: bomb.toString('base64') }));
    if (part === 'word/media/image1.png' || part === 'word/doc.bin') {
      // The bomb is not among the parts mammoth is given: the document's own text is imported.
      if (outcome.result.ok) expect(JSON.stringify(outcome.result.value)).not.toContain('   ');
      else expect(outcome.key).toMatch(/^documents\.import\./);
    } else {
      expect(outcome.key).toBe('documents.import.zipBomb');
    }
    expect(outcome.growth).toBeLessThan(MAX_GROWTH);
    expect(outcome.ms).toBeLessThan(MAX_MS);
    await stillAnswers(invoke);
  });

  it('a translation taken back as a .docx with a 1 GB deflate bomb in its body: refused, bounded', async () => {
    const bomb = docxWithBomb('word/document.xml', GIGABYTE);
    const outcome = await measured(() => invoke('documents.importHandout', { fileName: '译文.docx', contentBase64: bomb.toString('base64') }));
    expect(outcome.key).toBe('documents.import.zipBomb');
    expect(outcome.growth).toBeLessThan(MAX_GROWTH);
    expect(outcome.ms).toBeLessThan(MAX_MS);
    await stillAnswers(invoke);
  });

  it.each([
    ['an object-stream bomb', () => pdfWithObjectStreamBomb(GIGABYTE)],
    ['a content-stream bomb', () => pdfWithContentStreamBomb(GIGABYTE)],
  ])('an official PDF with %s: refused as hostile, nothing stored', async (_name, build) => {
    const applicantId = await newApplicant(invoke);
    const outcome = await measured(() => invoke('print.officialForm.import', { applicantId, fileName: '表.pdf', contentBase64: build().toString('base64') }));
    expect(outcome.key).toBe('official.hostile');
    expect(value(await invoke('print.officialForm.get', { applicantId }))).toBeNull();
    expect(outcome.growth).toBeLessThan(MAX_GROWTH);
    expect(outcome.ms).toBeLessThan(MAX_MS);
    await stillAnswers(invoke);
  });

  it.each([
    ['a PNG declaring 100,000 × 100,000 pixels', 'scan.png', () => pngDeclaring(100_000, 100_000)],
    ['a JPEG declaring 65,000 × 65,000 pixels', 'scan.jpg', () => jpegDeclaring(65_000, 65_000)],
    ['a PDF scan with an object-stream bomb', 'scan.pdf', () => pdfWithObjectStreamBomb(GIGABYTE)],
    ['a PDF scan with a content-stream bomb', 'scan.pdf', () => pdfWithContentStreamBomb(GIGABYTE)],
  ])('%s as a scan: refused as hostile, nothing stored', async (_name, fileName, build) => {
    const applicantId = await newApplicant(invoke);
    const outcome = await measured(() => uploadScan(invoke, applicantId, fileName, build()));
    expect(outcome.key).toBe('materials.upload.refused.hostile');
    expect(value<{ attachments: unknown[] }>(await invoke('attachments.list', { applicantId })).attachments).toEqual([]);
    expect(outcome.growth).toBeLessThan(MAX_GROWTH);
    expect(outcome.ms).toBeLessThan(MAX_MS);
    await stillAnswers(invoke);
  });
});

/** Puts files into the data folder as an older TitlePrep would have stored them: without the checks. */
function storeUnchecked(applicantId: string, official: Buffer | null, scan: Buffer | null): string | null {
  const db = openDatabase(databasePath(dataDirectory));
  try {
    if (official) createFormRepository(db).putOfficial(applicantId, '表.pdf', official, 1, new Date().toISOString());
    if (!scan) return null;
    const sha256 = createHash('sha256').update(scan).digest('hex');
    const path = storedFilePath(attachmentsRoot(dataDirectory), sha256);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, scan);
    const id = randomUUID();
    createAttachmentRepository(db).insertReplacing(
      { id, applicantId, materialItemId: null, sha256, originalName: 'old.png', mime: 'image/png', bytes: scan.length, pages: null, addedAt: new Date().toISOString() },
      null,
      new Date().toISOString(),
    );
    return id;
  } finally {
    db.close();
  }
}

describe('files stored before the checks', () => {
  it('a stored official PDF that is a bomb is set aside at the next packet, with a message', async () => {
    const applicantId = await newApplicant(backend.invoke);
    storeUnchecked(applicantId, pdfWithObjectStreamBomb(GIGABYTE), null);
    const outcome = await measured(() => backend.invoke('print.packet', { applicantId, language: 'en', onMissing: 'mark', copies: 1 }));
    expect(outcome.key).toBe('packet.officialSetAside');
    expect(outcome.growth).toBeLessThan(MAX_GROWTH);
  });

  it('a stored scan declaring absurd dimensions is set aside when shown or opened', async () => {
    const applicantId = await newApplicant(backend.invoke);
    const attachmentId = storeUnchecked(applicantId, null, pngDeclaring(100_000, 100_000));
    const result = await backend.invoke('attachments.get', { attachmentId, offset: 0 });
    expect(result.ok ? undefined : result.error.issues?.[0]).toEqual({ path: ['attachmentId'], key: 'materials.scan.setAside', params: { fileName: 'old.png' } });
  });

  it('a hand-over package carrying a bomb (official PDF, scan) is refused whole on the receiving computer', async () => {
    for (const [official, scan, what] of [
      // Noise keeps the package's ratio ordinary: its own ZIP check would refuse a plain bomb first.
      [pdfWithContentStreamBomb(64 * 1024 * 1024, 2_000_000), null, 'officialForm'],
      [null, pngDeclaring(100_000, 100_000, 1024 * 1024, 2_000_000), 'scan'],
    ] as const) {
      const applicantId = await newApplicant(backend.invoke);
      storeUnchecked(applicantId, official, scan);
      const { archive } = await exportPackage(backend, applicantId);
      const receiving = makeTempDir();
      const other = openBackend({ dataDirectory: receiving.path, transport: 'browser', appVersion: 'hostile', log: () => undefined });
      try {
        const outcome = await measured(() => importArchive(other, archive, 'keep-both'));
        expect(outcome.result.ok ? undefined : outcome.result.error.issues?.[0]).toMatchObject({ key: 'handover.refused.unsafeFile', params: { what } });
        expect(value<unknown[]>(await other.invoke('applicants.list', {}))).toEqual([]);
        expect(outcome.growth).toBeLessThan(MAX_GROWTH);
      } finally {
        other.close();
        receiving.remove();
      }
    }
  });
});

describe('the parser process over its limits', () => {
  it('a process over its memory cap or time limit is killed: a typed refusal, and the next file gets a fresh process', async () => {
    const tight = makeTempDir();
    const limited = openBackend({
      dataDirectory: tight.path,
      transport: 'browser',
      appVersion: 'hostile',
      log: () => undefined,
      parserLimits: { maxMemoryBytes: 1, maxOldSpaceMb: 384, timeMs: 30_000, pollMs: 5 },
    });
    const timed = openBackend({
      dataDirectory: join(tight.path, 'timed'),
      transport: 'browser',
      appVersion: 'hostile',
      log: () => undefined,
      parserLimits: { maxMemoryBytes: 512 * 1024 * 1024, maxOldSpaceMb: 384, timeMs: 1, pollMs: 25 },
    });
    try {
      const text = Buffer.from('一、总结\n正文').toString('base64');
      for (const target of [limited, timed]) {
        for (let attempt = 0; attempt < 2; attempt += 1) {
          const result = await target.invoke('documents.importSummary', { fileName: 'a.txt', contentBase64: text });
          expect(result.ok ? undefined : result.error.issues?.[0]?.key).toBe('documents.import.hostile');
        }
        expect((await target.invoke('app.info', {})).ok).toBe(true);
      }
    } finally {
      limited.close();
      timed.close();
      tight.remove();
    }
  });
});
