// Writes a checked package (readPackage.ts) into the data file: the rows all in one transaction, or none.
// An applicant of the same id already here is never overwritten silently: with `refuse` nothing is written
// and the reply says it exists; `keep-both` gives the imported applicant and every row new ids; `replace`
// backs the data up first, then removes the one here and puts the package's in its place. The scans are
// stored (by hash) before the rows: one stored for an import that then fails is only an unused copy, which
// the attachments' housekeeping removes.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { ExistingApplicant, HandoverNotice, ImportOutcome, OnExisting } from '../../../shared/contract/handoverChannels';
import { isProgrammeId } from '../../../shared/programmes';
import type { AttachmentFiles } from './attachmentFiles';
import { programmeIdsNamed } from './exportPackage';
import type { CheckedPackage } from './checkedPackage';
import { refuse } from './refusal';
import type { SqlRow, SqlValue } from './rowValues';
import { EMBEDDED_REFERENCES, type HandoverPlan, type PlannedTable, ROOT_TABLE, planOf, quoteIdentifier } from './tablePlan';

export interface ImportOptions {
  onExisting: OnExisting;
  /** Makes a backup of the whole data file and says its name; throws when it cannot (nothing is then written). */
  backupBeforeReplace(): { name: string };
  attachmentFiles?: AttachmentFiles;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function existingApplicant(db: Database, id: string): ExistingApplicant | null {
  const row = db.prepare('SELECT id, name_zh, name_latin, updated_at, deleted_at FROM applicant WHERE id = ?').get(id) as
    | { id: string; name_zh: string; name_latin: string; updated_at: string; deleted_at: string | null }
    | undefined;
  return row ? { id: row.id, nameZh: row.name_zh, nameLatin: row.name_latin, updatedAt: row.updated_at, inBin: row.deleted_at !== null } : null;
}

/** The same tables with the same columns: the package was upgraded to this schema, so anything else is a bug. */
function assertSameShape(live: HandoverPlan, scratch: HandoverPlan): void {
  const shape = (plan: HandoverPlan) => plan.tables.map((table) => `${table.name}(${table.columns.map((column) => column.name).join(',')})`).join(';');
  if (shape(live) !== shape(scratch)) throw new Error('The data file and the upgraded package have different tables');
}

type KeyMaps = Map<string, Map<SqlValue, SqlValue>>;

function rowsOf(scratch: Database, table: PlannedTable): SqlRow[] {
  const order = table.primaryKey.length > 0 ? table.primaryKey.map(quoteIdentifier).join(', ') : 'rowid';
  return scratch.prepare(`SELECT * FROM ${quoteIdentifier(table.name)} ORDER BY ${order}`).all() as SqlRow[];
}

/** New keys for every row whose key is its own (not a parent's): renewed or kept, decided before any insert. */
function planKeys(db: Database, plan: HandoverPlan, rows: ReadonlyMap<string, SqlRow[]>, applicantId: string, renew: boolean): KeyMaps {
  const maps: KeyMaps = new Map();
  for (const table of plan.tables) {
    if (table.role === 'referenced') continue;
    const [key] = table.primaryKey;
    if (key === undefined || (table.keyKind !== 'uuid' && table.keyKind !== 'integer')) continue;
    const map = new Map<SqlValue, SqlValue>();
    const tableRows = rows.get(table.name) ?? [];
    if (table.keyKind === 'integer') {
      // SQLite row ids are this file's own counters: always renumbered after the rows already here.
      const base = db.prepare(`SELECT coalesce(max(${quoteIdentifier(key)}), 0) FROM ${quoteIdentifier(table.name)}`).pluck().get() as number;
      tableRows.forEach((row, index) => map.set(row[key] ?? null, base + index + 1));
    } else {
      const taken = db.prepare(`SELECT 1 FROM ${quoteIdentifier(table.name)} WHERE ${quoteIdentifier(key)} = ?`).pluck();
      for (const row of tableRows) {
        const old = row[key] ?? null;
        const isRoot = table.name === ROOT_TABLE;
        // A key that is not a UUID means something (a code, a name): it stays as it is.
        const fresh = typeof old === 'string' && UUID.test(old) && (renew || (!isRoot && taken.get(old) !== undefined));
        map.set(old, fresh ? randomUUID() : old);
      }
    }
    maps.set(table.name, map);
  }
  if (!maps.get(ROOT_TABLE)?.has(applicantId)) throw new Error('The package has no applicant row');
  return maps;
}

/** The map that renumbers `column` of `table`: its own key, or through its foreign key, its parent's. */
function mapFor(plan: HandoverPlan, maps: KeyMaps, tableName: string, column: string, depth = 0): Map<SqlValue, SqlValue> | null {
  const table = plan.tables.find((candidate) => candidate.name === tableName);
  if (!table || table.role === 'referenced' || depth > plan.tables.length) return null;
  if (table.primaryKey.length === 1 && table.primaryKey[0] === column && maps.has(table.name)) return maps.get(table.name) ?? null;
  const fk = table.foreignKeys.find((key) => key.column === column);
  return fk ? mapFor(plan, maps, fk.table, fk.to, depth + 1) : null;
}

function remapRow(plan: HandoverPlan, maps: KeyMaps, table: PlannedTable, row: SqlRow): SqlValue[] {
  return table.columns.map(({ name }) => {
    const value = row[name] ?? null;
    const embedded = EMBEDDED_REFERENCES.find((reference) => reference.table === table.name && reference.column === name);
    if (embedded && typeof value === 'string') {
      const target = maps.get(embedded.references);
      if (embedded.shape === 'value-if-present') return target?.get(value) ?? value;
      const ids = JSON.parse(value) as SqlValue[];
      return JSON.stringify(target ? ids.map((id) => target.get(id) ?? id) : ids);
    }
    const map = mapFor(plan, maps, table.name, name);
    if (!map || value === null) return value;
    const mapped = map.get(value);
    // readPackage checked every reference against the package's rows, so a miss is a bug here.
    if (mapped === undefined) throw new Error(`${table.name}.${name} names a row not in the package`);
    return mapped;
  });
}

/** Rows that differ only in when they were written are the same. */
function sameRow(table: PlannedTable, a: SqlRow, b: SqlRow): boolean {
  return table.columns.every(({ name }) => name.endsWith('_at') || String(a[name]) === String(b[name]));
}

/** The row of a shared table with the same key already here, if any. */
function sharedRowHere(db: Database, table: PlannedTable, row: SqlRow): SqlRow | undefined {
  const key = table.primaryKey[0] ?? 'rowid';
  return db.prepare(`SELECT * FROM ${quoteIdentifier(table.name)} WHERE ${quoteIdentifier(key)} = ?`).get(row[key] ?? null) as SqlRow | undefined;
}

/**
 * What the user should know about the programmes the package names: a user round of the same id here
 * that differs (the one here is kept), and a programme neither this TitlePrep nor the package has.
 */
export function programmeWarnings(db: Database, checked: CheckedPackage): HandoverNotice[] {
  const warnings: HandoverNotice[] = [];
  const rows = new Map(checked.plan.tables.map((table) => [table.name, rowsOf(checked.scratch, table)]));
  const known = new Set(db.prepare('SELECT id FROM user_round').pluck().all() as string[]);
  for (const table of checked.plan.tables) {
    if (table.role !== 'referenced') continue;
    for (const row of rows.get(table.name) ?? []) {
      const here = sharedRowHere(db, table, row);
      const key = row[table.primaryKey[0] ?? 'rowid'];
      if (here && !sameRow(table, here, row)) warnings.push({ key: 'handover.warning.roundDiffers', params: { id: String(key) } });
      if (typeof key === 'string') known.add(key);
    }
  }
  for (const id of programmeIdsNamed(rows)) {
    if (!isProgrammeId(id) && !known.has(id)) warnings.push({ key: 'handover.warning.unknownProgramme', params: { id } });
  }
  return warnings;
}

function insertStatement(db: Database, table: PlannedTable) {
  const columns = table.columns.map((column) => quoteIdentifier(column.name));
  return db.prepare(`INSERT INTO ${quoteIdentifier(table.name)} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
}

/** What to do, given the applicant here (if any) and the user's choice; null means answer `exists`. */
function modeFor(existing: ExistingApplicant | null, onExisting: OnExisting): 'new' | 'keep-both' | 'replace' | null {
  if (!existing) return 'new';
  return onExisting === 'refuse' ? null : onExisting;
}

export async function importPackage(db: Database, checked: CheckedPackage, options: ImportOptions): Promise<ImportOutcome> {
  const { manifest, scratch, summary } = checked;
  const existingBefore = existingApplicant(db, manifest.applicant.id);
  const planned = modeFor(existingBefore, options.onExisting);
  if (planned === null && existingBefore) return { outcome: 'exists', package: summary, existing: existingBefore };
  const plan = planOf(db);
  assertSameShape(plan, checked.plan);
  const rows = new Map(plan.tables.map((table) => [table.name, rowsOf(scratch, table)]));

  // Outside the transaction: a backup cannot be written inside one, and the scans are streamed from the
  // archive, which takes time (other requests run meanwhile). The backup first, so that when it fails
  // nothing at all is written.
  let backupName = planned === 'replace' ? options.backupBeforeReplace().name : null;
  if (options.attachmentFiles) await checked.storeAttachmentFiles(options.attachmentFiles);

  // The applicant here may have come or gone while the scans were being stored: decide again.
  const existing = existingApplicant(db, manifest.applicant.id);
  const mode = modeFor(existing, options.onExisting);
  if (mode === null && existing) return { outcome: 'exists', package: summary, existing };
  if (mode === 'replace' && backupName === null) backupName = options.backupBeforeReplace().name;
  const warnings = programmeWarnings(db, checked);
  let applicantId = manifest.applicant.id;
  const write = db.transaction(() => {
    if (mode === 'replace') db.prepare('DELETE FROM applicant WHERE id = ?').run(manifest.applicant.id); // the rest follows by ON DELETE CASCADE
    // Rows may name rows inserted after them (a snapshot restored from a later one): checked at commit.
    db.pragma('defer_foreign_keys = ON');
    const maps = planKeys(db, plan, rows, manifest.applicant.id, mode === 'keep-both');
    applicantId = String(maps.get(ROOT_TABLE)?.get(manifest.applicant.id));
    for (const table of plan.tables) {
      const insert = insertStatement(db, table);
      for (const row of rows.get(table.name) ?? []) {
        if (table.role !== 'referenced') {
          insert.run(remapRow(plan, maps, table, row));
          continue;
        }
        // A shared row (a user round) is never overwritten: other applicants here may depend on it.
        if (!sharedRowHere(db, table, row)) insert.run(table.columns.map(({ name }) => row[name] ?? null));
      }
    }
  });
  try {
    write.immediate();
  } catch (error) {
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_CONSTRAINT')) {
      refuse('rowsInvalid', `the data here refuses the package's rows: ${error.message}`, { table: '' });
    }
    throw error;
  }
  return { outcome: 'imported', mode: mode ?? 'new', applicant: { id: applicantId, nameZh: manifest.applicant.nameZh, nameLatin: manifest.applicant.nameLatin }, backupName, warnings };
}
