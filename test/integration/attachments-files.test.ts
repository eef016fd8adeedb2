// What happens to stored files: a file that vanished from the data folder is shown as missing and can be
// deleted or attached again; a deleted attachment can be restored until a later start purges it (and its
// file, when no other row names it); stale uploads, viewer copies and orphan files go at start; nothing is
// read through a link out of the attachments folder; opening needs the desktop app's viewer.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, type BackendOptions, openBackend } from '../../electron/backend';
import type { ReplyOf } from '../../shared/contract/channels';
import { DELETED_RETENTION_MS, UPLOAD_IDLE_MS } from '../../shared/materials/transfer';
import { type Finished, applicantFor, checklist, download, refusalKey, upload } from '../support/attachments';
import { pdfScan, pngScan } from '../support/scans';
import { value } from '../support/result';
import { makeTempDir } from '../support/tempDir';

let dir: ReturnType<typeof makeTempDir>;
let backend: Backend;
let clock: number;
let applicantId: string;

const START = Date.parse('2025-09-02T08:00:00Z');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const storedPath = (hash: string) => join(dir.path, 'attachments', hash.slice(0, 2), hash);
const open = (extra: Partial<BackendOptions> = {}) =>
  openBackend({ dataDirectory: dir.path, transport: 'browser', appVersion: 'test', now: () => new Date(clock), ...extra });
const reopen = (extra: Partial<BackendOptions> = {}) => {
  backend.close();
  backend = open(extra);
};
const listed = async () => value<ReplyOf<'attachments.list'>>(await backend.invoke('attachments.list', { applicantId })).attachments;

beforeEach(async () => {
  dir = makeTempDir();
  clock = START;
  backend = open();
  applicantId = await applicantFor(backend, 'shanghai-c-r3');
});
afterEach(() => {
  backend.close();
  dir.remove();
});

describe('a file that vanished from the data folder', () => {
  it('is listed as missing, read with a clear refusal, and healed by attaching the same file again', async () => {
    const scan = pngScan();
    const { attachment } = value<Finished>(await upload(backend, applicantId, '护照.png', scan));
    rmSync(storedPath(sha256(scan)));

    expect((await listed())[0]).toMatchObject({ id: attachment.id, missing: true });
    const read = await backend.invoke('attachments.get', { attachmentId: attachment.id });
    expect(!read.ok && read.error.code).toBe('not-found');
    expect(refusalKey(read)).toBe('materials.attachment.missing');
    expect(!read.ok && read.error.issues?.[0]?.params).toEqual({ fileName: '护照.png' });

    const again = value<Finished>(await upload(backend, applicantId, '护照.png', scan, { replaces: attachment.id }));
    expect(again).toMatchObject({ duplicate: true, attachment: { id: attachment.id, missing: false } });
    expect((await download(backend, attachment.id)).ok).toBe(true);
  });

  it('can be replaced by another file (the old record goes to the bin) or deleted', async () => {
    const items = (await checklist(backend, applicantId)).items;
    const first = value<Finished>(await upload(backend, applicantId, 'a.png', pngScan(), { materialItemId: items[0]?.id }));
    rmSync(storedPath(first.attachment.sha256));
    const replacement = value<Finished>(await upload(backend, applicantId, 'b.pdf', await pdfScan(1), { materialItemId: items[0]?.id, replaces: first.attachment.id }));
    expect((await listed()).map((attachment) => attachment.id)).toEqual([replacement.attachment.id]);

    rmSync(storedPath(replacement.attachment.sha256));
    value(await backend.invoke('attachments.delete', { attachmentId: replacement.attachment.id }));
    expect(await listed()).toEqual([]);
  });

  it('is also missing when the file was changed outside TitlePrep (its size differs)', async () => {
    const scan = pngScan();
    const { attachment } = value<Finished>(await upload(backend, applicantId, 'x.png', scan));
    writeFileSync(storedPath(attachment.sha256), 'overwritten');
    expect((await listed())[0]?.missing).toBe(true);
  });
});

describe('delete, undo, purge', () => {
  it('keeps a deleted attachment restorable for the retention time, then purges it and its file at start', async () => {
    const scan = pngScan();
    const { attachment } = value<Finished>(await upload(backend, applicantId, 'x.png', scan));
    const deleted = value<ReplyOf<'attachments.delete'>>(await backend.invoke('attachments.delete', { attachmentId: attachment.id }));
    expect(deleted.restorableUntil).toBe(new Date(START + DELETED_RETENTION_MS).toISOString());
    expect(await listed()).toEqual([]);
    expect(existsSync(storedPath(attachment.sha256))).toBe(true);
    const gone = await backend.invoke('attachments.get', { attachmentId: attachment.id });
    expect(!gone.ok && gone.error.code).toBe('not-found');

    expect(value<ReplyOf<'attachments.restore'>>(await backend.invoke('attachments.restore', { attachmentId: attachment.id }))).toMatchObject({ id: attachment.id, missing: false });
    expect((await listed()).map((row) => row.id)).toEqual([attachment.id]);

    value(await backend.invoke('attachments.delete', { attachmentId: attachment.id }));
    clock = START + DELETED_RETENTION_MS - 60_000;
    reopen();
    expect(existsSync(storedPath(attachment.sha256))).toBe(true);
    value(await backend.invoke('attachments.restore', { attachmentId: attachment.id }));
    value(await backend.invoke('attachments.delete', { attachmentId: attachment.id }));

    clock += DELETED_RETENTION_MS + 1;
    reopen();
    const restore = await backend.invoke('attachments.restore', { attachmentId: attachment.id });
    expect(!restore.ok && restore.error.code).toBe('not-found');
    // The backups made at each start still name the scan, so its file stays for them (see below) …
    expect(existsSync(storedPath(attachment.sha256))).toBe(true);
    // … until no kept backup names it any more.
    rmSync(join(dir.path, 'backups'), { recursive: true, force: true });
    utimesSync(storedPath(attachment.sha256), new Date(START), new Date(START)); // old enough for the orphan sweep
    reopen();
    expect(existsSync(storedPath(attachment.sha256))).toBe(false);
  });

  it('keeps the file of a purged attachment that a backup names, so that restoring the backup finds the scan', async () => {
    const scan = pngScan();
    const { attachment } = value<Finished>(await upload(backend, applicantId, 'x.png', scan));
    const backup = value<ReplyOf<'backups.create'>>(await backend.invoke('backups.create', {}));
    value(await backend.invoke('attachments.delete', { attachmentId: attachment.id }));
    clock += DELETED_RETENTION_MS + 1;
    reopen();
    expect(await listed()).toEqual([]);

    value(await backend.invoke('backups.restore', { name: backup.name }));
    expect(await listed()).toEqual([expect.objectContaining({ id: attachment.id, missing: false })]);
    expect(sha256(value<Buffer>(await download(backend, attachment.id)))).toBe(attachment.sha256);
  });

  it('purges a deleted row but keeps the file another row still names', async () => {
    const scan = pngScan();
    const items = (await checklist(backend, applicantId)).items;
    const kept = value<Finished>(await upload(backend, applicantId, 'a.png', scan, { materialItemId: items[0]?.id }));
    const dropped = value<Finished>(await upload(backend, applicantId, 'b.png', scan, { materialItemId: items[1]?.id }));
    value(await backend.invoke('attachments.delete', { attachmentId: dropped.attachment.id }));
    clock += DELETED_RETENTION_MS + 1;
    reopen();
    expect(existsSync(storedPath(sha256(scan)))).toBe(true);
    expect((await listed()).map((row) => row.id)).toEqual([kept.attachment.id]);
  });
});

describe('housekeeping at start', () => {
  it('removes stale uploads, viewer copies and orphan files, and leaves fresh ones', async () => {
    const root = join(dir.path, 'attachments');
    const old = (path: string) => utimesSync(path, new Date(clock - UPLOAD_IDLE_MS - 1000), new Date(clock - UPLOAD_IDLE_MS - 1000));
    mkdirSync(join(root, 'tmp'), { recursive: true });
    mkdirSync(join(root, 'open'), { recursive: true });
    writeFileSync(join(root, 'tmp', 'stale.part'), 'x');
    old(join(root, 'tmp', 'stale.part'));
    writeFileSync(join(root, 'tmp', 'fresh.part'), 'x');
    writeFileSync(join(root, 'open', `${'c'.repeat(64)}.pdf`), 'x');
    const orphan = 'd'.repeat(64);
    const young = 'e'.repeat(64);
    for (const hash of [orphan, young]) {
      mkdirSync(join(root, hash.slice(0, 2)), { recursive: true });
      writeFileSync(join(root, hash.slice(0, 2), hash), 'x');
    }
    old(join(root, 'dd', orphan));
    writeFileSync(join(root, 'dd', 'notes.txt'), 'not ours');
    old(join(root, 'dd', 'notes.txt'));
    const { attachment } = value<Finished>(await upload(backend, applicantId, 'x.png', pngScan()));
    old(storedPath(attachment.sha256));

    reopen();
    expect(readdirSync(join(root, 'tmp'))).toEqual(['fresh.part']);
    expect(readdirSync(join(root, 'open'))).toEqual([]);
    expect(readdirSync(join(root, 'dd'))).toEqual(['notes.txt']);
    expect(existsSync(join(root, 'ee', young))).toBe(true);
    expect(existsSync(storedPath(attachment.sha256))).toBe(true);
  });

  it('ends uploads left open when the backend closes', async () => {
    const begun = value<ReplyOf<'attachments.begin'>>(await backend.invoke('attachments.begin', { applicantId, fileName: 'x.png', bytes: 100 }));
    expect(readdirSync(join(dir.path, 'attachments', 'tmp'))).toEqual([`${begun.uploadId}.part`]);
    reopen();
    expect(readdirSync(join(dir.path, 'attachments', 'tmp'))).toEqual([]);
  });
});

describe('path safety and opening', () => {
  it.skipIf(process.platform === 'win32')('does not read a stored file that is a link out of the attachments folder', async () => {
    const scan = pngScan();
    const { attachment } = value<Finished>(await upload(backend, applicantId, 'x.png', scan));
    const secret = join(dir.path, 'secret.bin');
    writeFileSync(secret, scan);
    rmSync(storedPath(attachment.sha256));
    symlinkSync(secret, storedPath(attachment.sha256));
    expect((await listed())[0]?.missing).toBe(true);
    expect(refusalKey(await backend.invoke('attachments.get', { attachmentId: attachment.id }))).toBe('materials.attachment.missing');
  });

  it('refuses ids that are not UUIDs before any path is made', async () => {
    const read = await backend.invoke('attachments.get', { attachmentId: '../../titleprep.sqlite3' });
    expect(!read.ok && read.error.code).toBe('validation');
  });

  it('opens a copy named by hash with its kind’s extension in the system viewer (desktop); browser mode cannot', async () => {
    const { attachment } = value<Finished>(await upload(backend, applicantId, '../../我的.exe', pngScan()));
    expect(refusalKey(await backend.invoke('attachments.open', { attachmentId: attachment.id }))).toBe('materials.open.unavailable');

    const opened: string[] = [];
    reopen({ transport: 'electron', openFile: async (path) => (opened.push(path), '') });
    value(await backend.invoke('attachments.open', { attachmentId: attachment.id }));
    expect(opened).toEqual([join(dir.path, 'attachments', 'open', `${attachment.sha256}.png`)]);
    expect(existsSync(opened[0] ?? '')).toBe(true);

    reopen({ transport: 'electron', openFile: async () => 'No application is registered for .png files' });
    const failed = await backend.invoke('attachments.open', { attachmentId: attachment.id });
    expect(!failed.ok && failed.error.message).toMatch(/No application/);
  });
});
