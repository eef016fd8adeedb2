// The hand-over package between two data folders, as between the applicant's computer and HR's: an
// applicant with data in every table is exported and imported elsewhere, and reads back the same through
// every channel. An applicant already there is never overwritten silently: the import answers `exists`,
// and writes only when the user chose to keep both (new ids everywhere) or to replace (after a backup).
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend';
import { migrate } from '../../electron/backend/database/migrate';
import { MIGRATIONS } from '../../electron/backend/database/migrations';
import { exportApplicant } from '../../electron/backend/handover/exportPackage';
import type { ReplyOf } from '../../shared/contract/channels';
import { HANDOVER_MAX_BYTES, type ImportOutcome } from '../../shared/contract/handoverChannels';
import { value } from '../support/result';
import { makeTempDir } from '../support/tempDir';
import {
  Clock,
  type Exported,
  type Inspected,
  ROUND_ID,
  editManifest,
  editTable,
  exportPackage,
  fingerprint,
  importArchive,
  inspectArchive,
  openAt,
  pack,
  readBack,
  seedApplicant,
  sha256Hex,
  unpack,
  withoutIds,
} from './handover-support';

let here: ReturnType<typeof makeTempDir>;
let there: ReturnType<typeof makeTempDir>;
let source: Backend;
let target: Backend;
let applicantId: string;
let exported: Exported;
let archive: Buffer;

const importInto = async (backend: Backend, onExisting: 'refuse' | 'keep-both' | 'replace', pkg = archive) => value<ImportOutcome>(await importArchive(backend, pkg, onExisting));
const inspect = async (backend: Backend, pkg = archive) => value<Inspected>(await inspectArchive(backend, pkg));
const applicants = async (backend: Backend) => value<ReplyOf<'applicants.list'>>(await backend.invoke('applicants.list', {}));

beforeEach(async () => {
  here = makeTempDir('titleprep-handover-here-');
  there = makeTempDir('titleprep-handover-there-');
  const clock = new Clock(new Date('2025-09-01T02:00:00Z'));
  source = openAt(here.path, { clock });
  target = openAt(there.path, { appVersion: '0.2.0-test' });
  applicantId = await seedApplicant(source, clock);
  ({ reply: exported, archive } = await exportPackage(source, applicantId));
});

afterEach(() => {
  source.close();
  target.close();
  here.remove();
  there.remove();
});

describe('export', () => {
  it('writes one .titleprep file named after the applicant and the day, read out whole in slices, and changes nothing', async () => {
    expect(exported.fileName).toBe('申报资料交接包_张伟_2025-09-02.titleprep');
    expect(exported.warnings).toEqual([]);
    expect(archive.length).toBe(exported.bytes);
    expect(sha256Hex(archive)).toBe(exported.sha256);
    const before = fingerprint(here.path);
    await exportPackage(source, applicantId);
    expect(fingerprint(here.path)).toBe(before);
    console.info(`Hand-over package of the seeded applicant: ${exported.bytes} bytes`);
  });

  it('does not export an unknown applicant, nor one in the bin', async () => {
    const unknown = await source.invoke('handover.export', { applicantId: '99999999-9999-4999-8999-999999999999' });
    expect(unknown.ok ? null : unknown.error.code).toBe('not-found');
    value(await source.invoke('applicants.delete', { id: applicantId }));
    const binned = await source.invoke('handover.export', { applicantId });
    expect(binned.ok ? null : binned.error.code).toBe('not-found');
  });
});

describe('inspect', () => {
  it('describes the package and writes nothing', async () => {
    const before = fingerprint(there.path);
    const inspected = await inspect(target);
    expect(fingerprint(there.path)).toBe(before);
    expect(inspected.existing).toBeNull();
    expect(inspected.warnings).toEqual([]);
    expect(inspected.package).toMatchObject({ formatVersion: 1, appVersion: '0.1.0-test', applicant: { id: applicantId, nameZh: '张伟', nameLatin: 'ZHANG WEI' }, upgradedFrom: null, files: 2 });
    const rows = Object.fromEntries(inspected.package.tables.map((table) => [table.table, table.rows]));
    expect(rows).toMatchObject({ applicant: 1, education: 1, work_period: 1, certificate: 1, summary: 1, summary_snapshot: 3, assessment_form: 1, official_form: 1, user_round: 1, attachment: 1, correction_item: 1 });
  });

  it('says when the applicant is already here, and whether in the bin', async () => {
    const inspected = await inspect(source);
    expect(inspected.existing).toMatchObject({ id: applicantId, nameZh: '张伟', inBin: false });
    value(await source.invoke('applicants.delete', { id: applicantId }));
    const binned = await inspect(source);
    expect(binned.existing).toMatchObject({ id: applicantId, inBin: true });
  });
});

describe('import into another data folder', () => {
  it('brings every part of the applicant: the same data through every channel, the same ids', async () => {
    const outcome = await importInto(target, 'refuse');
    expect(outcome).toMatchObject({ outcome: 'imported', mode: 'new', applicant: { id: applicantId }, backupName: null, warnings: [] });
    expect(await readBack(target, applicantId)).toEqual(await readBack(source, applicantId));
    // The user round travelled with it, so the application's round is usable there.
    const round = value<ReplyOf<'programmes.get'>>(await target.invoke('programmes.get', { id: ROUND_ID }));
    expect(round.id).toBe(ROUND_ID);
  });

  it('keeps working after the import: a snapshot restores, new text and snapshots go in beside the imported', async () => {
    await importInto(target, 'refuse');
    const key = { applicantId, programmeId: ROUND_ID };
    const [latest] = value<ReplyOf<'summary.snapshots.list'>>(await target.invoke('summary.snapshots.list', key));
    const current = value<ReplyOf<'summary.get'>>(await target.invoke('summary.get', key));
    const restored = value<ReplyOf<'summary.snapshots.restore'>>(await target.invoke('summary.snapshots.restore', { ...key, snapshotId: latest?.id ?? 0, baseRevision: current.revision }));
    expect(restored.safetySnapshot.restoredSnapshotId).toBe(latest?.id);
    const after = value<ReplyOf<'summary.snapshots.list'>>(await target.invoke('summary.snapshots.list', key));
    expect(after.map((entry) => entry.kind)).toEqual(['before-restore', 'before-restore', 'named', 'auto']);
    // A new block goes in beside the imported ones, and the next snapshot lists it.
    const saved = value<ReplyOf<'summary.save'>>(await target.invoke('summary.save', { ...key, document: { format: 1, blocks: [{ type: 'paragraph', text: '导入后新写的。', marks: [] }] }, baseRevision: restored.revision }));
    const named = value<{ id: number }>(await target.invoke('summary.snapshots.create', { ...key, name: '导入后' }));
    const text = value<ReplyOf<'summary.snapshots.get'>>(await target.invoke('summary.snapshots.get', { ...key, snapshotId: named.id }));
    expect(saved.revision).toBe(restored.revision + 1);
    expect(text.document.blocks).toEqual([{ type: 'paragraph', text: '导入后新写的。', marks: [] }]);
  });
});

describe('an applicant who is already here', () => {
  it('is never overwritten silently: `refuse` answers exists and writes nothing', async () => {
    await importInto(target, 'refuse');
    const before = fingerprint(there.path);
    const outcome = await importInto(target, 'refuse');
    expect(outcome).toMatchObject({ outcome: 'exists', existing: { id: applicantId, nameZh: '张伟', inBin: false }, package: { applicant: { id: applicantId } } });
    expect(fingerprint(there.path)).toBe(before);
  });

  it('keep both: a second applicant with new ids everywhere, the first untouched', async () => {
    const original = await readBack(source, applicantId);
    const outcome = await importInto(source, 'keep-both');
    if (outcome.outcome !== 'imported') throw new Error('not imported');
    expect(outcome.mode).toBe('keep-both');
    const copyId = outcome.applicant.id;
    expect(copyId).not.toBe(applicantId);
    expect((await applicants(source)).map((applicant) => applicant.id).sort()).toEqual([applicantId, copyId].sort());
    expect(await readBack(source, applicantId)).toEqual(original);
    const copy = await readBack(source, copyId);
    expect(withoutIds(copy)).toEqual(withoutIds(original));
    // No row id is shared between the two (the profile's rows, the checklist, the scan, the correction
    // items). The form's entries keep theirs: those ids live inside the one form document, not in a table.
    const idsOf = (data: Record<string, unknown>) => new Set(JSON.stringify({ ...data, form: null }).match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g));
    const shared = [...idsOf(copy)].filter((id) => idsOf(original).has(id));
    expect(idsOf(copy).size).toBeGreaterThan(5);
    expect(shared).toEqual([]);
    // The copy is independent: editing its summary leaves the original's alone.
    const key = { applicantId: copyId, programmeId: ROUND_ID };
    const current = value<ReplyOf<'summary.get'>>(await source.invoke('summary.get', key));
    value(await source.invoke('summary.save', { ...key, document: { format: 1, blocks: [{ type: 'paragraph', text: '只改副本。', marks: [] }] }, baseRevision: current.revision }));
    expect(await readBack(source, applicantId)).toEqual(original);
  });

  it('replace: a backup first (“before a hand-over import”), then the package’s data in place of the one here', async () => {
    await importInto(target, 'refuse');
    value(await target.invoke('applicants.rename', { id: applicantId, nameZh: '张伟（人事改过）', nameLatin: '' }));
    const backupsBefore = value<ReplyOf<'backups.list'>>(await target.invoke('backups.list', {})).backups.length;
    const outcome = await importInto(target, 'replace');
    expect(outcome).toMatchObject({ outcome: 'imported', mode: 'replace', applicant: { id: applicantId, nameZh: '张伟' } });
    const backups = value<ReplyOf<'backups.list'>>(await target.invoke('backups.list', {})).backups;
    expect(backups.length).toBe(backupsBefore + 1);
    expect(outcome.outcome === 'imported' && backups.find((backup) => backup.name === outcome.backupName)?.reason).toBe('before-import');
    expect((await applicants(target)).map((applicant) => applicant.nameZh)).toEqual(['张伟']);
    expect(await readBack(target, applicantId)).toEqual(await readBack(source, applicantId));
  });

  it('replace also takes the place of an applicant in the bin', async () => {
    await importInto(target, 'refuse');
    value(await target.invoke('applicants.delete', { id: applicantId }));
    expect(await importInto(target, 'refuse')).toMatchObject({ outcome: 'exists', existing: { inBin: true } });
    expect(await importInto(target, 'replace')).toMatchObject({ outcome: 'imported', mode: 'replace' });
    expect((await applicants(target)).map((applicant) => applicant.id)).toEqual([applicantId]);
  });

  it('replace writes nothing when the backup cannot be made', async () => {
    let failing = false;
    const folder = makeTempDir('titleprep-handover-full-');
    const backend = openAt(folder.path, {
      writeSnapshot: (db, file) => {
        if (failing) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        db.prepare('VACUUM INTO ?').run(file);
      },
    });
    try {
      await importInto(backend, 'refuse');
      value(await backend.invoke('applicants.rename', { id: applicantId, nameZh: '本地改过', nameLatin: '' }));
      const before = fingerprint(folder.path);
      failing = true;
      const result = await importArchive(backend, archive, 'replace');
      expect(result.ok).toBe(false);
      expect(result.ok ? null : result.error.issues?.[0]?.key).toBe('backups.error.diskFull');
      expect(fingerprint(folder.path)).toBe(before);
    } finally {
      backend.close();
      folder.remove();
    }
  });
});

describe('row ids that are taken', () => {
  it('gives a row a new id when another applicant here already uses its id, and keeps the references', async () => {
    // The same rows under another applicant id (as if copied by hand): the row ids collide with the original's.
    const otherId = '99999999-9999-4999-8999-999999999999';
    const entries = unpack(archive);
    for (const path of [...entries.keys()].filter((name) => name.endsWith('.json') && name !== 'manifest.json')) {
      editTable(entries, path, (part) => {
        for (const column of ['id', 'applicant_id']) {
          const at = part.columns.indexOf(column);
          if (at >= 0) part.rows = part.rows.map((row) => row.map((cell, index) => (index === at && cell === applicantId ? otherId : cell)));
        }
      });
    }
    editManifest(entries, (manifest) => (manifest.applicant.id = otherId));
    const original = await readBack(source, applicantId);
    const outcome = await importInto(source, 'refuse', pack(entries));
    expect(outcome).toMatchObject({ outcome: 'imported', mode: 'new', applicant: { id: otherId } });
    expect(await readBack(source, applicantId)).toEqual(original);
    expect(withoutIds(await readBack(source, otherId))).toEqual(withoutIds(original));
  });
});

describe('scans', () => {
  it('travel as files stored by hash; a scan whose file is gone travels as missing, and the export says so', async () => {
    const [scan] = value<ReplyOf<'attachments.list'>>(await source.invoke('attachments.list', { applicantId })).attachments;
    if (!scan) throw new Error('no scan');
    rmSync(join(here.path, 'attachments', scan.sha256.slice(0, 2), scan.sha256));
    const withoutFile = await exportPackage(source, applicantId);
    expect(withoutFile.reply.warnings).toEqual([{ key: 'handover.warning.filesMissing', params: { count: 1 } }]);
    expect(await importInto(target, 'refuse', withoutFile.archive)).toMatchObject({ outcome: 'imported' });
    const [imported] = value<ReplyOf<'attachments.list'>>(await target.invoke('attachments.list', { applicantId })).attachments;
    expect(imported).toMatchObject({ sha256: scan.sha256, originalName: scan.originalName, missing: true });
  });
});

describe('user rounds and programmes', () => {
  it('keeps a different round of the same id that is already here, and says so', async () => {
    value(await target.invoke('rounds.create', { baseId: 'shanghai-c-r3', edits: { id: ROUND_ID, name: { zh: '别人建的第四轮', en: 'Someone else’s round 4' }, note: '' } }));
    const inspected = await inspect(target);
    expect(inspected.warnings).toEqual([{ key: 'handover.warning.roundDiffers', params: { id: ROUND_ID } }]);
    const outcome = await importInto(target, 'refuse');
    expect(outcome.outcome === 'imported' && outcome.warnings).toEqual([{ key: 'handover.warning.roundDiffers', params: { id: ROUND_ID } }]);
    const round = value<ReplyOf<'programmes.get'>>(await target.invoke('programmes.get', { id: ROUND_ID }));
    expect(round.name.zh).toBe('别人建的第四轮');
  });
});

describe('a package from an older TitlePrep', () => {
  it('is upgraded by the same migrations as a data file (schema 4 → the current one)', async () => {
    const db = new DatabaseConstructor(':memory:');
    migrate(db, MIGRATIONS.slice(0, 4));
    const id = '12345678-1234-4234-8234-123456789abc';
    db.prepare(`INSERT INTO applicant (id, created_at, updated_at, revision, name_zh, name_latin) VALUES (?, '2024-01-01T00:00:00.000Z', '2024-01-02T00:00:00.000Z', 3, '李娜', 'LI Na')`).run(id);
    db.prepare(`INSERT INTO education (id, applicant_id, position, school, major, degree, degree_certificate_number, full_time, science_or_engineering)
      VALUES ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', ?, 0, '复旦大学', '物理学', 'master', '1024', 1, 1)`).run(id);
    db.prepare(`INSERT INTO application (applicant_id, programme_id, earlier_rounds, count_overseas, updated_at, target_level) VALUES (?, 'shanghai-c-r3', '[]', 1, '2024-01-02T00:00:00.000Z', 'intermediate')`).run(id);
    const path = join(here.path, 'old.titleprep');
    const old = await exportApplicant(db, id, { appVersion: '0.0.9', now: '2024-01-03T00:00:00.000Z', path, maxBytes: HANDOVER_MAX_BYTES });
    db.close();
    if (!old) throw new Error('no package');
    expect(old.manifest.schemaVersion).toBe(4);
    const oldArchive = readFileSync(path);
    expect(sha256Hex(oldArchive)).toBe(old.sha256);
    const inspected = await inspect(target, oldArchive);
    expect(inspected.package).toMatchObject({ schemaVersion: 4, upgradedFrom: 4 });
    expect(await importInto(target, 'refuse', oldArchive)).toMatchObject({ outcome: 'imported', mode: 'new' });
    const profile = value<ReplyOf<'profile.get'>>(await target.invoke('profile.get', { applicantId: id }));
    expect(profile.profile.education.map((entry) => entry.school)).toEqual(['复旦大学']);
    expect(value<ReplyOf<'application.get'>>(await target.invoke('application.get', { applicantId: id })).targetLevel).toBe('intermediate');
  });
});
