// The crash soak: a short run of `npm run soak` (the long run's figures are in the lead's note), and the
// check behind it, shown to notice a save that is not there, a scan that does not read back whole, a stored
// file that does not hash to its name, and a deleted scan still listed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, openBackend } from '../../electron/backend';
import { checkStoredFiles, sha256Of, uploadScan } from '../../scripts/soak/attachments';
import { Ledger, SOAK_PROGRAMME_ID, parseAck, profileMarker, summaryMarker, verifyLedger } from '../../scripts/soak/ledger';
import { randomSource } from '../../scripts/soak/random';
import { noisePng, textPdf } from '../../scripts/soak/scans';
import { makeTempDir } from '../support/tempDir';
import { value } from '../support/result';

const root = resolve(import.meta.dirname, '..', '..');

describe('npm run soak', () => {
  it('survives 5 SIGKILLs with nothing corrupt and no acknowledged save lost', () => {
    const loader = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
    const run = spawnSync(process.execPath, ['--import', loader, join(root, 'scripts', 'soak', 'index.ts'), '--kills', '5', '--max-delay', '300'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    });
    const lines = run.stdout.trim().split('\n');
    expect(lines.at(-1), `${run.stdout}\n${run.stderr}`).toBe('5 kills, 0 corrupt, 0 lost');
    expect(run.status).toBe(0);
    expect(Number(/^(\d+) saves acknowledged/m.exec(run.stdout)?.[1])).toBeGreaterThan(0);
    expect(Number(/^Attachments: (\d+) uploads/m.exec(run.stdout)?.[1]), run.stdout).toBeGreaterThan(0);
    // The last check met at least one acknowledged scan: read back whole, or confirmed deleted (with five kills
    // the few scans acknowledged may all have been deleted again by then; both are checked against the ledger).
    const attachments = run.stdout.split('\n').find((line) => line.startsWith('Attachments:')) ?? '';
    const readBack = Number(/(\d+) read back whole/.exec(attachments)?.[1]);
    const deletions = Number(/(\d+) deletions confirmed/.exec(attachments)?.[1]);
    expect(readBack + deletions, run.stdout).toBeGreaterThan(0);
  }, 150_000);

  it('refuses a bad --kills with exit code 2', () => {
    const loader = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
    const run = spawnSync(process.execPath, ['--import', loader, join(root, 'scripts', 'soak', 'index.ts'), '--kills', 'many'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--kills');
  });
});

describe('the soak’s check of acknowledged saves', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let backend: Backend;
  let applicantId: string;

  beforeEach(async () => {
    dir = makeTempDir();
    backend = openBackend({ dataDirectory: dir.path, transport: 'browser', appVersion: 'test' });
    applicantId = value<{ id: string }>(await backend.invoke('applicants.create', { nameZh: '张伟', nameLatin: '' })).id;
    const application = { programmeId: SOAK_PROGRAMME_ID, series: null, earlierRounds: [], countOverseas: true, catalogueLevel: null, targetLevel: null };
    value(await backend.invoke('application.save', { applicantId, application }));
    const document = { format: 1, blocks: [{ type: 'paragraph', text: summaryMarker(applicantId, 1), marks: [] }] };
    value(await backend.invoke('summary.save', { applicantId, programmeId: SOAK_PROGRAMME_ID, document, baseRevision: 0 }));
  });
  afterEach(() => {
    backend.close();
    dir.remove();
  });

  it('passes when the stored revision is the acknowledged one or a later one', async () => {
    const ledger = new Ledger();
    ledger.add({ kind: 'applicant', applicantId });
    ledger.add({ kind: 'summary', applicantId, revision: 1, marker: summaryMarker(applicantId, 1) });
    expect((await verifyLedger(backend, ledger)).lost).toEqual([]);
  });

  it('reports an acknowledged revision the file does not hold, a wrong text and a missing snapshot', async () => {
    const ledger = new Ledger();
    ledger.add({ kind: 'profile', applicantId, revision: 3, marker: profileMarker(3) });
    ledger.add({ kind: 'summary', applicantId, revision: 1, marker: 'another text' });
    ledger.add({ kind: 'snapshot', applicantId, snapshotId: 42, name: 'soak 1-1', revision: 1 });
    ledger.add({ kind: 'applicant', applicantId: crypto.randomUUID() });
    const { lost } = await verifyLedger(backend, ledger);
    expect(lost).toHaveLength(4);
    expect(lost.join('\n')).toMatch(/profile .*revision 0 stored, 3 acknowledged/);
  });

  it('reads back an acknowledged scan sent and read in several chunks, and confirms an acknowledged delete', async () => {
    // Past the 2 MiB download chunk: the read-back takes two `attachments.get` calls.
    const png = noisePng(randomSource(1), 800, 700, 0);
    const pdf = await textPdf(2, 'soak test');
    const kept = (await uploadScan(backend, applicantId, { fileName: 'a.png', bytes: png }, 256 * 1024)).attachment;
    const gone = (await uploadScan(backend, applicantId, { fileName: 'b.pdf', bytes: pdf }, 4096)).attachment;
    value(await backend.invoke('attachments.delete', { attachmentId: gone.id }));
    const ledger = new Ledger();
    ledger.add({ kind: 'attachment', applicantId, attachmentId: kept.id, sha256: sha256Of(png), bytes: png.length });
    ledger.add({ kind: 'attachment', applicantId, attachmentId: gone.id, sha256: sha256Of(pdf), bytes: pdf.length });
    ledger.add({ kind: 'attachmentDeleting', applicantId, attachmentId: gone.id });
    ledger.add({ kind: 'attachmentDeleted', applicantId, attachmentId: gone.id });
    expect(await verifyLedger(backend, ledger)).toEqual({ lost: [], attachmentsRead: 1, chunkedReads: 1, deletionsChecked: 1 });
    expect(ledger.uploadsAcknowledged).toBe(2);
    expect(ledger.deletesAcknowledged).toBe(1);
  });

  it('accepts either outcome of a delete announced but not acknowledged', async () => {
    const png = noisePng(randomSource(2), 20, 20);
    const attachment = (await uploadScan(backend, applicantId, { fileName: 'a.png', bytes: png }, 64)).attachment;
    const ledger = new Ledger();
    ledger.add({ kind: 'attachment', applicantId, attachmentId: attachment.id, sha256: sha256Of(png), bytes: png.length });
    ledger.add({ kind: 'attachmentDeleting', applicantId, attachmentId: attachment.id });
    expect((await verifyLedger(backend, ledger)).lost).toEqual([]);
    value(await backend.invoke('attachments.delete', { attachmentId: attachment.id }));
    expect((await verifyLedger(backend, ledger)).lost).toEqual([]);
  });

  it('reports an acknowledged scan that is not listed, one whose bytes changed, and a deleted one still listed', async () => {
    const png = noisePng(randomSource(3), 30, 30);
    const changed = (await uploadScan(backend, applicantId, { fileName: 'a.png', bytes: png }, 4096)).attachment;
    // The same size with other bytes: listed as present, but neither the read-back nor the file matches the hash.
    const altered = Buffer.from(png);
    altered[altered.length - 20] = (altered[altered.length - 20] ?? 0) ^ 0xff;
    writeFileSync(join(dir.path, 'attachments', changed.sha256.slice(0, 2), changed.sha256), altered);
    const ledger = new Ledger();
    ledger.add({ kind: 'attachment', applicantId, attachmentId: changed.id, sha256: changed.sha256, bytes: changed.bytes });
    ledger.add({ kind: 'attachment', applicantId, attachmentId: crypto.randomUUID(), sha256: 'a'.repeat(64), bytes: 10 });
    const deletedId = (await uploadScan(backend, applicantId, { fileName: 'b.png', bytes: noisePng(randomSource(4), 10, 10) }, 4096)).attachment.id;
    ledger.add({ kind: 'attachmentDeleted', applicantId, attachmentId: deletedId });
    const { lost, attachmentsRead } = await verifyLedger(backend, ledger);
    expect(attachmentsRead).toBe(0);
    expect(lost).toHaveLength(3);
    expect(lost.join('\n')).toMatch(/read back .* hashing to/);
    expect(lost.join('\n')).toMatch(/is not listed/);
    expect(lost.join('\n')).toMatch(/deleted \(acknowledged\) but still listed/);
    const files = checkStoredFiles(dir.path);
    expect(files.problems).toEqual([expect.stringMatching(new RegExp(`${changed.sha256}.*half-written or changed`))]);
  });

  it('hashes every stored file and leaves an interrupted upload’s temporary file alone', async () => {
    const png = noisePng(randomSource(5), 16, 16);
    await uploadScan(backend, applicantId, { fileName: 'a.png', bytes: png }, 4096);
    mkdirSync(join(dir.path, 'attachments', 'tmp'), { recursive: true });
    writeFileSync(join(dir.path, 'attachments', 'tmp', `${crypto.randomUUID()}.part`), png.subarray(0, 100));
    expect(checkStoredFiles(dir.path)).toEqual({ hashed: 1, unfinishedUploads: 1, problems: [] });
  });

  it('reads only well-formed acknowledgement lines', () => {
    expect(parseAck('{"kind":"summary","applicantId":"a","revision":2,"marker":"m"}')).toEqual({ kind: 'summary', applicantId: 'a', revision: 2, marker: 'm' });
    const hash = 'c'.repeat(64);
    expect(parseAck(`{"kind":"attachment","applicantId":"a","attachmentId":"b","sha256":"${hash}","bytes":5}`)).toEqual({ kind: 'attachment', applicantId: 'a', attachmentId: 'b', sha256: hash, bytes: 5 });
    expect(parseAck('{"kind":"attachmentDeleted","applicantId":"a","attachmentId":"b"}')).toEqual({ kind: 'attachmentDeleted', applicantId: 'a', attachmentId: 'b' });
    for (const line of [
      '',
      'ready',
      '{"kind":"summary","applicantId":"a","revision":-1,"marker":"m"}',
      '{"kind":"attachment","applicantId":"a"}',
      '{"kind":"attachment","applicantId":"a","attachmentId":"b","sha256":"not a hash","bytes":5}',
      '{"kind":"attachmentDeleting","applicantId":"a"}',
      '{"kind":"profile"',
    ]) {
      expect(parseAck(line)).toBeNull();
    }
  });
});
