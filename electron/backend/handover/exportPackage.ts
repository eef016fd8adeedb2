// Writes one applicant's package: every table of the plan (tablePlan.ts), the rows chosen through the
// applicant's id and the foreign keys below it, the user rounds their data names, the files, and the
// manifest with the SHA-256 and size of every part. The archive goes to a file, a scan at a time (each read
// twice: once to hash it, once to copy it), so a package of hundreds of megabytes never sits in memory.
// Reads only: nothing in the database changes.
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import type { Database } from 'better-sqlite3';
import type { AttachmentFiles } from './attachmentFiles';
import { type Manifest, MANIFEST_PATH, PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, type Part, type TablePart, filePartPath, tablePartPath } from './manifest';
import { type SqlRow, type SqlValue, sha256Of, toCell } from './rowValues';
import { FILE_COLUMNS, type HandoverPlan, PROGRAMME_COLUMN, PROGRAMME_LISTS, type PlannedTable, ROOT_TABLE, planOf, quoteIdentifier } from './tablePlan';
import { createZipWriter } from './zipWriter';

export interface ExportOptions {
  appVersion: string;
  /** ISO instant written as exportedAt. */
  now: string;
  attachmentFiles?: AttachmentFiles;
  /** Where the archive is written (a new file). */
  path: string;
  /** The largest package: a larger one is refused before (or, at worst, after) it is written. */
  maxBytes: number;
}

export interface ExportedPackage {
  manifest: Manifest;
  bytes: number;
  sha256: string;
  /** Files a row names that were not in the data folder (left out; the row travels). */
  missingFiles: number;
}

/** The package would be over the maximum; nothing is left behind. */
export class PackageTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(`The package would be ${bytes} bytes, over the maximum`);
    this.name = 'PackageTooLargeError';
  }
}

/** A scan is read this much at a time. */
const SLICE_BYTES = 4 * 1024 * 1024;

function orderClause(table: PlannedTable): string {
  const key = table.primaryKey.length > 0 ? table.primaryKey.map(quoteIdentifier).join(', ') : 'rowid';
  return `ORDER BY ${key}`;
}

function selectRows(db: Database, table: PlannedTable, column: string, keys: readonly SqlValue[]): SqlRow[] {
  if (keys.length === 0) return [];
  // json_each keeps the statement fixed whatever the number of keys.
  const sql = `SELECT * FROM ${quoteIdentifier(table.name)} WHERE ${quoteIdentifier(column)} IN (SELECT value FROM json_each(?)) ${orderClause(table)}`;
  return db.prepare(sql).all(JSON.stringify(keys)) as SqlRow[];
}

/** Programme ids the applicant's rows name (to carry the user rounds among them). */
export function programmeIdsNamed(rowsByTable: ReadonlyMap<string, readonly SqlRow[]>): Set<string> {
  const ids = new Set<string>();
  for (const [table, rows] of rowsByTable) {
    const lists = PROGRAMME_LISTS.filter((list) => list.table === table);
    for (const row of rows) {
      const value = row[PROGRAMME_COLUMN];
      if (typeof value === 'string') ids.add(value);
      for (const { column } of lists) {
        const parsed: unknown = typeof row[column] === 'string' ? JSON.parse(row[column]) : null;
        if (Array.isArray(parsed)) for (const id of parsed) if (typeof id === 'string') ids.add(id);
      }
    }
  }
  return ids;
}

/** The rows of every table of the plan that belong to the applicant; null when there is no such applicant. */
export function applicantRows(db: Database, plan: HandoverPlan, applicantId: string): Map<string, SqlRow[]> | null {
  const root = db.prepare(`SELECT * FROM ${quoteIdentifier(ROOT_TABLE)} WHERE id = ? AND deleted_at IS NULL`).get(applicantId) as SqlRow | undefined;
  if (!root) return null;
  const rows = new Map<string, SqlRow[]>([[ROOT_TABLE, [root]]]);
  for (const table of plan.tables) {
    if (table.role !== 'owned' || !table.selectBy) continue;
    const { column, parent, to } = table.selectBy;
    const keys = (rows.get(parent) ?? []).map((row) => row[to] ?? null).filter((key) => key !== null);
    rows.set(table.name, selectRows(db, table, column, keys));
  }
  const named = [...programmeIdsNamed(rows)];
  for (const table of plan.tables) {
    if (table.role !== 'referenced') continue;
    rows.set(table.name, selectRows(db, table, table.primaryKey[0] ?? 'rowid', named));
  }
  return rows;
}

function encodeJson(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value), 'utf8');
}

/** A stored file's slices; stops early when it is gone or shorter than expected. */
async function* slicesOf(files: AttachmentFiles, sha256: string, bytes: number): AsyncGenerator<Buffer> {
  for (let offset = 0; offset < bytes; offset += SLICE_BYTES) {
    const slice = files.readRange(sha256, offset, Math.min(SLICE_BYTES, bytes - offset));
    if (!slice || slice.length === 0) return;
    yield slice;
    // Let other requests through between slices: a large package takes seconds.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The CRC-32 and size of a stored file, if it is whole and is the file its hash names. */
async function fingerprintOf(files: AttachmentFiles, sha256: string): Promise<{ crc: number; bytes: number } | null> {
  const bytes = files.sizeOf(sha256);
  if (bytes === null) return null;
  const hash = createHash('sha256');
  let crc = 0;
  let read = 0;
  for await (const slice of slicesOf(files, sha256, bytes)) {
    hash.update(slice);
    crc = crc32(slice, crc);
    read += slice.length;
  }
  return read === bytes && hash.digest('hex') === sha256 ? { crc: crc >>> 0, bytes } : null;
}

export async function exportApplicant(db: Database, applicantId: string, options: ExportOptions): Promise<ExportedPackage | null> {
  const plan = planOf(db);
  const rows = applicantRows(db, plan, applicantId);
  if (!rows) return null;
  const root = (rows.get(ROOT_TABLE) ?? [])[0] as SqlRow;
  const schemaVersion = db.pragma('user_version', { simple: true }) as number;
  // Binary values too large to stay inline (the official PDF), by hash.
  const valueFiles = new Map<string, Buffer>();
  const tableParts = new Map<string, Buffer>();
  for (const table of plan.tables) {
    const columns = table.columns.map((column) => column.name);
    const part: TablePart = {
      table: table.name,
      columns,
      rows: (rows.get(table.name) ?? []).map((row) => columns.map((column) => toCell(row[column] ?? null, valueFiles))),
    };
    tableParts.set(tablePartPath(table.name), encodeJson(part));
  }
  // Everything is read from the database now; the scans are read from their files below, and a file is
  // never changed once stored (its name is its hash), so the package is one consistent picture.
  let missingFiles = 0;
  const scans = new Map<string, { crc: number; bytes: number }>();
  for (const { table, column } of FILE_COLUMNS) {
    for (const row of rows.get(table) ?? []) {
      const sha256 = row[column];
      if (typeof sha256 !== 'string' || valueFiles.has(sha256) || scans.has(sha256)) continue;
      const fingerprint = options.attachmentFiles ? await fingerprintOf(options.attachmentFiles, sha256) : null;
      if (fingerprint) scans.set(sha256, fingerprint);
      else missingFiles += 1;
    }
  }
  const inMemory = [...tableParts.values(), ...valueFiles.values()].reduce((sum, bytes) => sum + bytes.length, 0);
  const estimate = inMemory + [...scans.values()].reduce((sum, scan) => sum + scan.bytes, 0);
  if (estimate > options.maxBytes) throw new PackageTooLargeError(estimate);

  const parts: Part[] = [];
  const writer = createZipWriter(options.path);
  try {
    for (const [path, bytes] of tableParts) {
      writer.addDeflated(path, bytes);
      parts.push({ path, sha256: sha256Of(bytes), bytes: bytes.length });
    }
    for (const [sha256, bytes] of valueFiles) {
      writer.addDeflated(filePartPath(sha256), bytes);
      parts.push({ path: filePartPath(sha256), sha256, bytes: bytes.length });
    }
    for (const [sha256, scan] of scans) {
      await writer.addStored(filePartPath(sha256), scan, slicesOf(options.attachmentFiles as AttachmentFiles, sha256, scan.bytes));
      parts.push({ path: filePartPath(sha256), sha256, bytes: scan.bytes });
    }
    const manifest: Manifest = {
      format: PACKAGE_FORMAT,
      formatVersion: PACKAGE_FORMAT_VERSION,
      schemaVersion,
      appVersion: options.appVersion,
      exportedAt: options.now,
      applicant: { id: applicantId, nameZh: String(root.name_zh ?? ''), nameLatin: String(root.name_latin ?? '') },
      parts,
    };
    // Last, once every part's hash is known; a reader finds it by its name wherever it is.
    writer.addDeflated(MANIFEST_PATH, encodeJson(manifest));
    const written = writer.finish();
    if (written.bytes > options.maxBytes) throw new PackageTooLargeError(written.bytes);
    return { manifest, bytes: written.bytes, sha256: written.sha256, missingFiles };
  } catch (error) {
    writer.abort();
    throw error;
  }
}
