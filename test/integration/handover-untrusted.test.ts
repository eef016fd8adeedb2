// Hostile hand-over packages through the contract, in both transports (the handler table and browser
// mode's HTTP): a package carrying each hostile file (official PDFs with object- and content-stream bombs,
// scans declaring absurd sizes or carrying a bomb), and packages that are bombs themselves (a part whose
// declared size is a bomb's, a part that lies about its size, a table part of millions of tiny rows that
// no parser can hold within the parser process's cap). The package is read and checked in the parser
// process: each gets a typed refusal, nothing is stored in the receiving data folder, the backend still
// answers, and this process (the backend's) grows by less than MAX_GROWTH; the rows bomb kills the parser
// process (handover.refused.hostile), and the next package is read by a fresh one.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
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
import { jpegDeclaring, pdfWithContentStreamBomb, pdfWithObjectStreamBomb, pngDeclaring, rawDeflateBomb } from '../support/hostileFiles';
import { value } from '../support/result';
import { makeTempDir } from '../support/tempDir';
import { type RawEntry, rawZip } from '../unit/handover/rawZip';
import { exportPackage, fingerprint, importArchive, inspectArchive, pack, replacePart, unpack } from './handover-support';
import { postToApi } from '../support/browserApi';

/** The bound this test holds the backend's process to, per package (the parser process has its own cap of 512 MB). */
const MAX_GROWTH = 256 * 1024 * 1024;
/** Per package, the parser process's start included, on a loaded two-core machine. */
const MAX_MS = 30_000;
const GIGABYTE = 1024 * 1024 * 1024;
/** Random bytes beside a bomb keep the package's compression ratio ordinary: its ZIP check would refuse a plain bomb first. */
const NOISE = 1_500_000;

let dir: ReturnType<typeof makeTempDir>;
let sender: Backend;
let senderData: string;
let receiver: Backend;
let receiverData: string;
let server: BrowserServer;

beforeAll(async () => {
  dir = makeTempDir('titleprep-handover-untrusted-');
  senderData = join(dir.path, 'sender');
  receiverData = join(dir.path, 'receiver');
  const renderer = join(dir.path, 'renderer');
  mkdirSync(renderer);
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>TitlePrep</title>');
  sender = openBackend({ dataDirectory: senderData, transport: 'browser', appVersion: 'hostile', log: () => undefined });
  receiver = openBackend({ dataDirectory: receiverData, transport: 'browser', appVersion: 'hostile', log: () => undefined });
  server = await startBrowserServer({ backend: receiver, rendererDirectory: renderer, port: 0 });
});

afterAll(async () => {
  await server?.close();
  receiver?.close();
  sender?.close();
  dir?.remove();
});

const overHttp = (channel: string, payload: unknown) => postToApi(server, channel, payload);

/** The receiving backend as each transport reaches it. */
const transports = [
  { name: 'handler table', receiving: (): Backend => receiver },
  { name: 'browser-mode HTTP', receiving: (): Backend => ({ invoke: overHttp, close: () => undefined }) },
] as const;

/** Puts files into the sender's data folder as an older TitlePrep would have stored them: without the checks. */
function storeUnchecked(applicantId: string, official: Buffer | null, scan: Buffer | null, scanName: string, mime: 'application/pdf' | 'image/jpeg' | 'image/png'): void {
  const db = openDatabase(databasePath(senderData));
  try {
    if (official) createFormRepository(db).putOfficial(applicantId, '表.pdf', official, 1, new Date().toISOString());
    if (!scan) return;
    const sha256 = createHash('sha256').update(scan).digest('hex');
    const path = storedFilePath(attachmentsRoot(senderData), sha256);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, scan);
    createAttachmentRepository(db).insertReplacing(
      { id: randomUUID(), applicantId, materialItemId: null, sha256, originalName: scanName, mime, bytes: scan.length, pages: null, addedAt: new Date().toISOString() },
      null,
      new Date().toISOString(),
    );
  } finally {
    db.close();
  }
}

/** A package of a new applicant of the sender, carrying `official` and `scan` as stored files. */
async function packageCarrying(official: Buffer | null, scan: Buffer | null, scanName = 'scan.pdf'): Promise<Buffer> {
  const applicantId = value<{ id: string }>(await sender.invoke('applicants.create', { nameZh: '张伟', nameLatin: 'ZHANG WEI' })).id;
  const mime = scanName.endsWith('.png') ? 'image/png' : scanName.endsWith('.jpg') ? 'image/jpeg' : 'application/pdf';
  storeUnchecked(applicantId, official, scan, scanName, mime);
  return (await exportPackage(sender, applicantId)).archive;
}

async function plainPackage(): Promise<Map<string, Buffer>> {
  return unpack(await packageCarrying(null, null));
}

/** A table part of millions of one-cell rows, a few random ones among them so that it packs at an ordinary ratio. */
function rowsBomb(table: string, bytes: number): Buffer {
  const parts: string[] = [`{"table":"${table}","columns":["id"],"rows":[[0]`];
  let length = parts[0]?.length ?? 0;
  while (length < bytes) {
    const run = `${',[0]'.repeat(400)},[${randomBytes(6).readUIntBE(0, 6)}]`;
    parts.push(run);
    length += run.length;
  }
  parts.push(']}');
  return Buffer.from(parts.join(''));
}

interface Hostile {
  name: string;
  build(): Promise<Buffer>;
  key: string;
  params?: Record<string, string>;
}

const HOSTILE: Hostile[] = [
  { name: 'an official PDF with a 1 GB object-stream bomb', build: () => packageCarrying(pdfWithObjectStreamBomb(GIGABYTE, NOISE), null), key: 'unsafeFile', params: { what: 'officialForm' } },
  { name: 'an official PDF with a 1 GB content-stream bomb', build: () => packageCarrying(pdfWithContentStreamBomb(GIGABYTE, NOISE), null), key: 'unsafeFile', params: { what: 'officialForm' } },
  { name: 'a PNG scan declaring 100,000 × 100,000 pixels', build: () => packageCarrying(null, pngDeclaring(100_000, 100_000, 1024 * 1024, NOISE), 'scan.png'), key: 'unsafeFile', params: { what: 'scan' } },
  { name: 'a JPEG scan declaring 65,000 × 65,000 pixels', build: () => packageCarrying(null, jpegDeclaring(65_000, 65_000), 'scan.jpg'), key: 'unsafeFile', params: { what: 'scan' } },
  { name: 'a PDF scan with a 1 GB object-stream bomb', build: () => packageCarrying(null, pdfWithObjectStreamBomb(GIGABYTE, NOISE), 'scan.pdf'), key: 'unsafeFile', params: { what: 'scan' } },
  { name: 'a PDF scan with a 1 GB content-stream bomb', build: () => packageCarrying(null, pdfWithContentStreamBomb(GIGABYTE, NOISE), 'scan.pdf'), key: 'unsafeFile', params: { what: 'scan' } },
  {
    name: 'a table part that is a 1 GB deflate bomb (declared)',
    build: async () => {
      const entries: RawEntry[] = [...(await plainPackage())].map(([name, data]) => ({ name, data }));
      const data = Buffer.alloc(0);
      entries.push({ name: 'tables/bomb.json', data, packed: rawDeflateBomb(GIGABYTE), unpackedSize: GIGABYTE });
      return rawZip(entries);
    },
    key: 'zipBomb',
  },
  {
    name: 'a scan part that is a 1 GB deflate bomb declaring 4 KB',
    build: async () => {
      const entries: RawEntry[] = [...(await plainPackage())].map(([name, data]) => ({ name, data }));
      entries.push({ name: `files/${'0'.repeat(64)}`, data: Buffer.alloc(0), packed: rawDeflateBomb(GIGABYTE), unpackedSize: 4096 });
      return rawZip(entries);
    },
    key: 'sizeMismatch',
  },
  {
    name: 'a table part of 7 million rows (30 MB of JSON, every hash right)',
    build: async () => pack(replacePart(await plainPackage(), 'tables/summary_block.json', rowsBomb('summary_block', 30_000_000))),
    key: 'hostile',
  },
];

/** The refusal's first issue, with the growth of this process and the time it took. */
async function measured(work: () => Promise<Result<unknown>>) {
  const before = process.memoryUsage().rss;
  let peak = before;
  const watch = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  const started = performance.now();
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { issue: result.ok ? undefined : result.error.issues?.[0], growth: peak - before, ms: performance.now() - started };
  } finally {
    clearInterval(watch);
  }
}

describe.each(transports)('hostile hand-over packages through the $name', ({ receiving }) => {
  it.each(HOSTILE)('$name: refused ($key) by inspect and import, read in the parser process, nothing stored', async ({ build, key, params, name }) => {
    const archive = await build();
    const before = fingerprint(receiverData);
    for (const step of ['inspect', 'import'] as const) {
      const outcome = await measured(() => (step === 'inspect' ? inspectArchive(receiving(), archive) : importArchive(receiving(), archive, 'keep-both')));
      console.log(`${name} (${step}): ${(archive.length / 1024).toFixed(0)} KB, ${outcome.ms.toFixed(0)} ms, backend +${(outcome.growth / 1024 / 1024).toFixed(0)} MB, ${outcome.issue?.key}`);
      expect(outcome.issue).toMatchObject({ path: ['uploadId'], key: `handover.refused.${key}`, ...(params ? { params } : {}) });
      expect(outcome.growth).toBeLessThan(MAX_GROWTH);
      expect(outcome.ms).toBeLessThan(MAX_MS);
    }
    expect(fingerprint(receiverData)).toBe(before);
    expect(value<unknown[]>(await receiving().invoke('applicants.list', {}))).toEqual([]);
    expect((await receiving().invoke('app.info', {})).ok).toBe(true);
  });

  it('after the parser process was killed, an honest package is read by a fresh one and imported', async () => {
    const archive = await packageCarrying(null, null);
    const imported = value<{ outcome: string; applicant: { id: string } }>(await importArchive(receiving(), archive, 'keep-both'));
    expect(imported.outcome).toBe('imported');
    value(await receiving().invoke('applicants.delete', { id: imported.applicant.id }));
  });
});
