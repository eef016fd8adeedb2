// The package in transit: a real applicant's package carries scans of tens of megabytes, far over the 4 MiB
// a request may carry, so it is exported to a temporary file read out in slices, and imported in chunks
// announced by their size. A size that lies is refused, and what a client or a crash leaves behind in
// <data>/handover/tmp is removed: after the last slice, on idling, on closing, and at the next start.
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend';
import { migrate } from '../../electron/backend/database/migrate';
import { MIGRATIONS } from '../../electron/backend/database/migrations';
import { PackageTooLargeError, exportApplicant } from '../../electron/backend/handover/exportPackage';
import { TRANSFER_IDLE_MS } from '../../electron/backend/handover/transfers';
import type { ReplyOf } from '../../shared/contract/channels';
import type { ImportOutcome } from '../../shared/contract/handoverChannels';
import { type Finished, download, upload } from '../support/attachments';
import { value } from '../support/result';
import { pngScan } from '../support/scans';
import { makeTempDir } from '../support/tempDir';
import { Clock, ROUND_ID, exportPackage, fingerprint, openAt, readBack, seedApplicant, sha256Hex, uploadPackage } from './handover-support';

let here: ReturnType<typeof makeTempDir>;
let there: ReturnType<typeof makeTempDir>;
let clock: Clock;
let source: Backend;
let target: Backend;
let applicantId: string;

const temporary = (folder: string) => (existsSync(join(folder, 'handover', 'tmp')) ? readdirSync(join(folder, 'handover', 'tmp')).sort() : []);
const issueOf = (result: { ok: boolean; error?: { code: string; issues?: { key: string }[] } }) => (result.ok ? null : { code: result.error?.code, key: result.error?.issues?.[0]?.key });

beforeEach(async () => {
  here = makeTempDir('titleprep-transfer-here-');
  there = makeTempDir('titleprep-transfer-there-');
  clock = new Clock(new Date('2025-09-01T02:00:00Z'));
  source = openAt(here.path, { clock });
  target = openAt(there.path, { clock });
  applicantId = await seedApplicant(source, clock);
});

afterEach(() => {
  source.close();
  target.close();
  here.remove();
  there.remove();
});

describe('a package with a 25 MB scan', () => {
  it('round-trips: exported in slices, imported in chunks, the scan byte for byte and everything else the same', async () => {
    // The default limit is 20 MB a scan; this programme's user raised it.
    value(await source.invoke('attachments.limits.save', { programmeId: ROUND_ID, limits: { maxBytes: 30_000_000, types: ['pdf', 'jpeg', 'png'] } }));
    const scan = pngScan(2800, 2700, true);
    expect(scan.length).toBeGreaterThan(25_000_000);
    const checklist = value<ReplyOf<'materials.list'>>(await source.invoke('materials.list', { applicantId }));
    const attached = value<Finished>(await upload(source, applicantId, '护照全部页面.png', scan, { materialItemId: checklist.items[1]?.id ?? null }));

    let started = performance.now();
    const { reply, archive } = await exportPackage(source, applicantId);
    const exportMs = performance.now() - started;
    expect(archive.length).toBe(reply.bytes);
    expect(archive.length).toBeGreaterThan(scan.length);
    expect(sha256Hex(archive)).toBe(reply.sha256);
    expect(temporary(here.path), 'the export is removed once read to its end').toEqual([]);

    started = performance.now();
    const uploadId = value<string>(await uploadPackage(target, archive, { fileName: reply.fileName }));
    const inspected = value<ReplyOf<'handover.inspect'>>(await target.invoke('handover.inspect', { uploadId }));
    expect(inspected.package).toMatchObject({ archiveBytes: archive.length, files: 3 });
    const outcome = value<ImportOutcome>(await target.invoke('handover.import', { uploadId, onExisting: 'refuse' }));
    const importMs = performance.now() - started;
    expect(outcome).toMatchObject({ outcome: 'imported', mode: 'new' });
    expect(temporary(there.path), 'the received package is removed once imported').toEqual([]);

    const [back] = value<ReplyOf<'attachments.list'>>(await target.invoke('attachments.list', { applicantId })).attachments.filter((item) => item.id === attached.attachment.id);
    expect(back).toMatchObject({ sha256: attached.attachment.sha256, bytes: scan.length, missing: false });
    expect(value<Buffer>(await download(target, attached.attachment.id)).equals(scan)).toBe(true);
    // The raised limit stays on the first computer (limits are each computer's own); the scan travels anyway.
    const withoutLimits = async (backend: Backend) => {
      const data = await readBack(backend, applicantId);
      return { ...data, attachments: { ...(data.attachments as ReplyOf<'attachments.list'>), limits: null } };
    };
    expect(await withoutLimits(target)).toEqual(await withoutLimits(source));
    console.info(
      `Hand-over with a ${(scan.length / 1e6).toFixed(1)} MB scan: package ${(archive.length / 1e6).toFixed(1)} MB; ` +
        `export and read-out ${Math.round(exportMs)} ms, upload + inspect + import ${Math.round(importMs)} ms`,
    );
  });
});

describe('the size announced', () => {
  it('refuses a package that sends more bytes than it announced, at the chunk that overflows, and removes it', async () => {
    const { archive } = await exportPackage(source, applicantId);
    const sent = await uploadPackage(target, archive, { declared: archive.length - 10 });
    expect(issueOf(sent)).toEqual({ code: 'validation', key: 'handover.upload.sizeMismatch' });
    expect(temporary(there.path)).toEqual([]);
  });

  it('refuses a package that sends fewer bytes than it announced, when it is inspected or imported, and removes it', async () => {
    const { archive } = await exportPackage(source, applicantId);
    const before = fingerprint(there.path);
    for (const channel of ['handover.inspect', 'handover.import'] as const) {
      const uploadId = value<string>(await uploadPackage(target, archive, { declared: archive.length + 10 }));
      const result = await target.invoke(channel, channel === 'handover.inspect' ? { uploadId } : { uploadId, onExisting: 'refuse' });
      expect(issueOf(result)).toEqual({ code: 'validation', key: 'handover.upload.sizeMismatch' });
      expect(temporary(there.path)).toEqual([]);
      expect(issueOf(await target.invoke('handover.import', { uploadId, onExisting: 'refuse' }))).toEqual({ code: 'not-found', key: 'handover.upload.expired' });
    }
    expect(fingerprint(there.path)).toBe(before);
  });

  it('keeps an upload when a chunk comes out of order, for the right one', async () => {
    const { archive } = await exportPackage(source, applicantId);
    const { uploadId } = value<ReplyOf<'handover.upload.begin'>>(await target.invoke('handover.upload.begin', { fileName: 'p.titleprep', bytes: archive.length }));
    const skipped = await target.invoke('handover.upload.chunk', { uploadId, index: 1, contentBase64: archive.subarray(0, 8).toString('base64') });
    expect(issueOf(skipped)).toEqual({ code: 'validation', key: 'handover.upload.outOfOrder' });
    value(await target.invoke('handover.upload.chunk', { uploadId, index: 0, contentBase64: archive.toString('base64') }));
    expect(value<ImportOutcome>(await target.invoke('handover.import', { uploadId, onExisting: 'refuse' }))).toMatchObject({ outcome: 'imported' });
  });
});

describe('an upload’s life', () => {
  it('stays after `exists` for the user’s choice, then serves the import once', async () => {
    const { archive } = await exportPackage(source, applicantId);
    const uploadId = value<string>(await uploadPackage(source, archive));
    expect(value<ImportOutcome>(await source.invoke('handover.import', { uploadId, onExisting: 'refuse' }))).toMatchObject({ outcome: 'exists' });
    expect(temporary(here.path)).toEqual([`${uploadId}.upload`]);
    expect(value<ImportOutcome>(await source.invoke('handover.import', { uploadId, onExisting: 'keep-both' }))).toMatchObject({ outcome: 'imported', mode: 'keep-both' });
    expect(temporary(here.path)).toEqual([]);
    expect(issueOf(await source.invoke('handover.import', { uploadId, onExisting: 'keep-both' }))).toEqual({ code: 'not-found', key: 'handover.upload.expired' });
  });

  it('is removed when cancelled, when idle for half an hour, and when the backend closes', async () => {
    const { archive } = await exportPackage(source, applicantId);
    const cancelled = value<string>(await uploadPackage(target, archive));
    value(await target.invoke('handover.upload.abort', { uploadId: cancelled }));
    expect(temporary(there.path)).toEqual([]);

    const idle = value<string>(await uploadPackage(target, archive));
    clock.advanceDays(TRANSFER_IDLE_MS / 86_400_000 + 0.001);
    // Any later transfer looks for idle ones first.
    const fresh = value<ReplyOf<'handover.upload.begin'>>(await target.invoke('handover.upload.begin', { fileName: 'p.titleprep', bytes: 10 }));
    expect(temporary(there.path)).toEqual([`${fresh.uploadId}.upload`]);
    expect(issueOf(await target.invoke('handover.inspect', { uploadId: idle }))).toEqual({ code: 'not-found', key: 'handover.upload.expired' });

    target.close();
    expect(temporary(there.path)).toEqual([]);
  });

  it('left behind by a crash, is removed at the next start once stale; a fresh one (another window’s) stays', async () => {
    const folder = join(there.path, 'handover', 'tmp');
    mkdirSync(folder, { recursive: true });
    const stale = ['11111111-1111-4111-8111-111111111111.upload', '22222222-2222-4222-8222-222222222222.titleprep.partial', '33333333-3333-4333-8333-333333333333.titleprep'];
    const fresh = '44444444-4444-4444-8444-444444444444.upload';
    for (const name of [...stale, fresh]) writeFileSync(join(folder, name), 'PK\u0003\u0004 half a package');
    const longAgo = new Date(clock.at.getTime() - TRANSFER_IDLE_MS - 60_000);
    for (const name of stale) utimesSync(join(folder, name), longAgo, longAgo);
    // The real clock of the file system: "fresh" is now; the backend's clock agrees.
    utimesSync(join(folder, fresh), clock.at, clock.at);
    target.close();
    target = openAt(there.path, { clock });
    expect(temporary(there.path)).toEqual([fresh]);
  });
});

describe('an export’s life', () => {
  it('waits to be read, goes after its last slice, and is removed when nobody reads it for half an hour', async () => {
    const unread = value<ReplyOf<'handover.export'>>(await source.invoke('handover.export', { applicantId }));
    expect(temporary(here.path)).toEqual([`${unread.exportId}.titleprep`]);
    const first = value<ReplyOf<'handover.export.read'>>(await source.invoke('handover.export.read', { exportId: unread.exportId, offset: 0 }));
    expect(first).toMatchObject({ offset: 0, total: unread.bytes, done: true });
    expect(temporary(here.path)).toEqual([]);
    expect(issueOf(await source.invoke('handover.export.read', { exportId: unread.exportId, offset: 0 }))).toEqual({ code: 'not-found', key: 'handover.export.expired' });

    const forgotten = value<ReplyOf<'handover.export'>>(await source.invoke('handover.export', { applicantId }));
    clock.advanceDays(TRANSFER_IDLE_MS / 86_400_000 + 0.001);
    expect(issueOf(await source.invoke('handover.export.read', { exportId: forgotten.exportId, offset: 0 }))).toEqual({ code: 'not-found', key: 'handover.export.expired' });
    expect(temporary(here.path)).toEqual([]);
  });

  it('refuses a package over the maximum before writing it, and leaves no file', async () => {
    const db = new DatabaseConstructor(':memory:');
    migrate(db, MIGRATIONS);
    db.prepare(`INSERT INTO applicant (id, created_at, updated_at, revision, name_zh, name_latin) VALUES ('12345678-1234-4234-8234-123456789abc', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', 1, '李娜', '')`).run();
    const path = join(here.path, 'too-large.titleprep');
    const exporting = exportApplicant(db, '12345678-1234-4234-8234-123456789abc', { appVersion: 't', now: '2025-01-01T00:00:00.000Z', path, maxBytes: 100 });
    await expect(exporting).rejects.toBeInstanceOf(PackageTooLargeError);
    db.close();
    expect(existsSync(path)).toBe(false);
  });
});
