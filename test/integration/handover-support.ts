// Helpers of the hand-over tests: an applicant with something in every table (profile, a user round,
// a summary with automatic, named and before-restore snapshots, the form, the official PDF, the tracker,
// the checklist and a scan), everything the app can read back about an applicant, a fingerprint of a
// whole data folder (to prove "nothing written"), ways to take a package apart and put it together, and
// the chunked channels as the renderer drives them (export read out in slices, import sent in chunks).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import { unzipSync, zipSync } from 'fflate';
import { type Backend, openBackend } from '../../electron/backend';
import type { SnapshotWriter } from '../../electron/backend/backups/backupStore';
import { databasePath } from '../../electron/backend/database/open';
import type { ReplyOf } from '../../shared/contract/channels';
import type { ImportOutcome, OnExisting } from '../../shared/contract/handoverChannels';
import type { Result } from '../../shared/contract/result';
import { chunkRanges } from '../../shared/materials/transfer';
import { download, upload } from '../support/attachments';
import { sampleForm } from '../support/forms';
import { officialPdf } from '../support/pdfFixtures';
import { sampleProfile } from '../support/profiles';
import { value } from '../support/result';
import { pngScan } from '../support/scans';

export const ROUND_ID = 'shanghai-c-r4-handover';
export const TODAY = '2025-09-02';

export class Clock {
  constructor(public at: Date) {}
  readonly now = () => this.at;
  advanceDays(days: number): void {
    this.at = new Date(this.at.getTime() + days * 86_400_000);
  }
}

export interface OpenOptions {
  clock?: Clock;
  appVersion?: string;
  /** How backups are written (a test makes it fail to see that a replace then writes nothing). */
  writeSnapshot?: SnapshotWriter;
}

export function openAt(dataDirectory: string, options: OpenOptions = {}): Backend {
  const clock = options.clock ?? new Clock(new Date('2025-09-01T02:00:00Z'));
  const backups = options.writeSnapshot ? { writeSnapshot: options.writeSnapshot } : undefined;
  return openBackend({ dataDirectory, transport: 'browser', appVersion: options.appVersion ?? '0.1.0-test', now: clock.now, log: () => undefined, backups });
}

const doc = (paragraph: string) => ({
  format: 1,
  blocks: [
    { type: 'heading', id: 'projects', text: '主持的重大项目' },
    { type: 'paragraph', text: paragraph, marks: [] },
    { type: 'paragraph', text: '本人负责总体架构设计。', marks: [] },
  ],
});

/** Creates the user round once per data folder (the rounds are shared by its applicants). */
export async function ensureRound(backend: Backend): Promise<void> {
  const rounds = value<ReplyOf<'programmes.list'>>(await backend.invoke('programmes.list', {}));
  if (rounds.some((round) => round.id === ROUND_ID)) return;
  value(await backend.invoke('rounds.create', { baseId: 'shanghai-c-r3', edits: { id: ROUND_ID, name: { zh: '第四轮（测试）', en: 'Round 4 (test)' }, note: '测试用' } }));
}

/** An applicant with rows in every table that holds applicant data. */
export async function seedApplicant(backend: Backend, clock: Clock, names = { nameZh: '张伟', nameLatin: 'ZHANG WEI' }): Promise<string> {
  await ensureRound(backend);
  const applicantId = value<{ id: string }>(await backend.invoke('applicants.create', names)).id;
  value(await backend.invoke('profile.save', { applicantId, profile: { ...sampleProfile(), person: { ...sampleProfile().person, ...names } }, baseRevision: 0 }));
  const application = { programmeId: ROUND_ID, series: null, earlierRounds: ['shanghai-c-r2'], countOverseas: true, catalogueLevel: null, targetLevel: 'intermediate' };
  value(await backend.invoke('application.save', { applicantId, application }));
  const key = { applicantId, programmeId: ROUND_ID };
  value(await backend.invoke('summary.save', { ...key, document: doc('第一天写的内容。'), baseRevision: 0 }));
  clock.advanceDays(1);
  value(await backend.invoke('summary.save', { ...key, document: doc('第二天改写的内容，交易延迟降低 40%。'), baseRevision: 1 }));
  const named = value<{ id: number }>(await backend.invoke('summary.snapshots.create', { ...key, name: '提交前' }));
  value(await backend.invoke('summary.save', { ...key, document: doc('又改了一遍。'), baseRevision: 2 }));
  value(await backend.invoke('summary.snapshots.restore', { ...key, snapshotId: named.id, baseRevision: 3 }));
  value(await backend.invoke('form.save', { applicantId, form: sampleForm(), baseRevision: 0 }));
  const pdf = await officialPdf();
  value(await backend.invoke('print.officialForm.import', { applicantId, fileName: '考核认定表.pdf', contentBase64: pdf.toString('base64') }));
  value(await backend.invoke('tracker.updateStep', { applicantId, stepId: 'online-application', patch: { status: 'done', doneOn: '2025-09-01', notes: '已提交' }, today: TODAY }));
  value(await backend.invoke('tracker.updateCase', { applicantId, patch: { acceptanceNumber: 'SH2025-0042' }, today: TODAY }));
  const view = value<ReplyOf<'tracker.get'>>(await backend.invoke('tracker.correction.addItem', { applicantId, text: '补交学位认证报告', today: TODAY }));
  const itemId = view.correctionItems[0]?.id;
  if (!itemId) throw new Error('no correction item');
  value(await backend.invoke('tracker.correction.updateItem', { applicantId, itemId, ticked: true, today: TODAY }));
  const checklist = value<ReplyOf<'materials.list'>>(await backend.invoke('materials.list', { applicantId }));
  value(await upload(backend, applicantId, '学位证书.png', pngScan(60, 40), { materialItemId: checklist.items[0]?.id ?? null }));
  value(await backend.invoke('review.acknowledge', { applicantId, key: 'much-longer', acknowledged: true }));
  return applicantId;
}

/** Everything the app shows about an applicant, read through the contract as the screens read it. */
export async function readBack(backend: Backend, applicantId: string): Promise<Record<string, unknown>> {
  const key = { applicantId, programmeId: ROUND_ID };
  const snapshots = value<ReplyOf<'summary.snapshots.list'>>(await backend.invoke('summary.snapshots.list', key));
  const snapshotTexts = [];
  for (const entry of snapshots) snapshotTexts.push(value(await backend.invoke('summary.snapshots.get', { ...key, snapshotId: entry.id })));
  const attachments = value<ReplyOf<'attachments.list'>>(await backend.invoke('attachments.list', { applicantId }));
  const files = [];
  for (const attachment of attachments.attachments) files.push(value<Buffer>(await download(backend, attachment.id)).toString('base64'));
  const profile = value<ReplyOf<'profile.get'>>(await backend.invoke('profile.get', { applicantId }));
  return {
    profile: { ...profile, applicantId: undefined },
    application: value(await backend.invoke('application.get', { applicantId })),
    summary: value(await backend.invoke('summary.get', key)),
    snapshots,
    snapshotTexts,
    form: value(await backend.invoke('form.get', { applicantId })),
    official: value(await backend.invoke('print.officialForm.get', { applicantId })),
    tracker: value(await backend.invoke('tracker.get', { applicantId, today: TODAY })),
    materials: value(await backend.invoke('materials.list', { applicantId })),
    attachments,
    files,
    review: value(await backend.invoke('review.context', { applicantId })),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NUMERIC_ID_KEYS = new Set(['id', 'snapshotId', 'restoredSnapshotId']);
const SNAPSHOT_SECTIONS = new Set(['snapshots', 'snapshotTexts']);

/** The same structure with every id replaced by its order of first appearance: compares data across id changes. */
export function withoutIds(input: unknown): unknown {
  const names = new Map<string, string>();
  const rename = (key: string) => {
    if (!names.has(key)) names.set(key, `#${names.size}`);
    return names.get(key);
  };
  // Numeric ids count per table, so they are told apart by the part of the read-back they are in.
  const walk = (node: unknown, key: string | null, section: string): unknown => {
    if (typeof node === 'string' && UUID.test(node)) return rename(`u:${node}`);
    if (typeof node === 'number' && key !== null && NUMERIC_ID_KEYS.has(key)) return rename(`n:${section}:${node}`);
    if (Array.isArray(node)) return node.map((item) => walk(item, null, section));
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([name, child]) => [name, walk(child, name, section || (SNAPSHOT_SECTIONS.has(name) ? 'snapshots' : name))]));
    return node;
  };
  return walk(input, null, '');
}

/** A hash of every row of every table and of every file of the data folder except the backups. */
export function fingerprint(dataDirectory: string): string {
  const hash = createHash('sha256');
  const db = new DatabaseConstructor(databasePath(dataDirectory), { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    for (const table of tables) {
      hash.update(`\n${table}:`);
      for (const row of db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()) {
        hash.update(JSON.stringify(row, (_key, cell: unknown) => (cell && typeof cell === 'object' && 'type' in cell && cell.type === 'Buffer' ? 'blob' : cell)));
      }
    }
  } finally {
    db.close();
  }
  const attachments = join(dataDirectory, 'attachments');
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(`\n${path}:`).update(readFileSync(path));
    }
  };
  if (existsSync(attachments)) walk(attachments);
  return hash.digest('hex');
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The entries of a (valid) package, to change and pack again. */
export function unpack(archive: Buffer): Map<string, Buffer> {
  return new Map(Object.entries(unzipSync(archive)).map(([name, bytes]) => [name, Buffer.from(bytes)]));
}

export function pack(entries: ReadonlyMap<string, Buffer>): Buffer {
  return Buffer.from(zipSync(Object.fromEntries(entries), { level: 6 }));
}

export interface ManifestShape {
  schemaVersion: number;
  formatVersion: number;
  applicant: { id: string; nameZh: string; nameLatin: string };
  parts: { path: string; sha256: string; bytes: number }[];
  [key: string]: unknown;
}

export function manifestOf(entries: ReadonlyMap<string, Buffer>): ManifestShape {
  return JSON.parse(entries.get('manifest.json')?.toString() ?? '{}') as ManifestShape;
}

/** Changes the manifest; with `rehash`, the parts' hashes and sizes are made to match the entries again. */
export function editManifest(entries: Map<string, Buffer>, edit: (manifest: ManifestShape) => void, rehash = false): Map<string, Buffer> {
  const manifest = manifestOf(entries);
  edit(manifest);
  if (rehash) {
    manifest.parts = manifest.parts.map((part) => {
      const bytes = entries.get(part.path);
      return bytes ? { path: part.path, sha256: sha256Hex(bytes), bytes: bytes.length } : part;
    });
  }
  entries.set('manifest.json', Buffer.from(JSON.stringify(manifest)));
  return entries;
}

/** Replaces a part and makes the manifest agree with it: the hash check passes, so a later check must catch it. */
export function replacePart(entries: Map<string, Buffer>, path: string, bytes: Buffer): Map<string, Buffer> {
  entries.set(path, bytes);
  return editManifest(entries, () => undefined, true);
}

export interface TablePartShape {
  table: string;
  columns: string[];
  rows: unknown[][];
}

export function tableOf(entries: ReadonlyMap<string, Buffer>, path: string): TablePartShape {
  return JSON.parse(entries.get(path)?.toString() ?? '{}') as TablePartShape;
}

/** A consistent forgery: the table part changed, the manifest re-hashed. */
export function editTable(entries: Map<string, Buffer>, path: string, edit: (part: TablePartShape) => void): Map<string, Buffer> {
  const part = tableOf(entries, path);
  edit(part);
  return replacePart(entries, path, Buffer.from(JSON.stringify(part)));
}


export type Exported = ReplyOf<'handover.export'>;
export type Inspected = ReplyOf<'handover.inspect'>;

/** `handover.export`, then its slices read out with `handover.export.read` until done, as the renderer does. */
export async function exportPackage(backend: Backend, applicantId: string): Promise<{ reply: Exported; archive: Buffer }> {
  const reply = value<Exported>(await backend.invoke('handover.export', { applicantId }));
  const slices: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const read = value<ReplyOf<'handover.export.read'>>(await backend.invoke('handover.export.read', { exportId: reply.exportId, offset }));
    const bytes = Buffer.from(read.contentBase64, 'base64');
    slices.push(bytes);
    offset += bytes.length;
    if (read.done) break;
    if (bytes.length === 0) throw new Error('an empty slice before the end');
  }
  return { reply, archive: Buffer.concat(slices) };
}

export interface UploadOptions {
  fileName?: string;
  /** The size to announce instead of the true one. */
  declared?: number;
  chunkBytes?: number;
}

/** `handover.upload.begin` and the chunks in order; the upload's id, or the first refusal as it came. */
export async function uploadPackage(backend: Backend, archive: Buffer, options: UploadOptions = {}): Promise<Result<string>> {
  const begun = await backend.invoke('handover.upload.begin', { fileName: options.fileName ?? 'package.titleprep', bytes: options.declared ?? archive.length });
  if (!begun.ok) return begun;
  const { uploadId, chunkBytes } = begun.value as ReplyOf<'handover.upload.begin'>;
  for (const [index, [start, end]] of chunkRanges(archive.length, options.chunkBytes ?? chunkBytes).entries()) {
    const sent = await backend.invoke('handover.upload.chunk', { uploadId, index, contentBase64: archive.subarray(start, end).toString('base64') });
    if (!sent.ok) return sent;
  }
  return { ok: true, value: uploadId };
}

/** Uploads the package, then inspects it. */
export async function inspectArchive(backend: Backend, archive: Buffer): Promise<Result<Inspected>> {
  const uploaded = await uploadPackage(backend, archive);
  if (!uploaded.ok) return uploaded;
  return (await backend.invoke('handover.inspect', { uploadId: uploaded.value })) as Result<Inspected>;
}

/** Uploads the package, then imports it. */
export async function importArchive(backend: Backend, archive: Buffer, onExisting: OnExisting): Promise<Result<ImportOutcome>> {
  const uploaded = await uploadPackage(backend, archive);
  if (!uploaded.ok) return uploaded;
  return (await backend.invoke('handover.import', { uploadId: uploaded.value, onExisting })) as Result<ImportOutcome>;
}
