// Checks a package completely before anything is written: the archive (zipArchive.ts, read from the
// received file), the manifest, every part against its hash, then the rows, loaded into a scratch in-memory
// database created at the package's schema version so that SQLite's own constraints (STRICT types, CHECKs,
// foreign keys) judge them. Every row must hang from the one applicant the manifest names. An older package
// is then upgraded by the same migrations that upgrade a data file, and the documents are validated at this
// TitlePrep's schema; the official PDF and the scans get a direct import's checks. All of this runs in the
// parser process (the `handoverCheck` job): what it hands back is the scratch database as SQLite's own
// image, which the backend opens to copy from (checkedPackage.ts); the scans stay in the archive until the
// import has them unpacked (the `handoverExtract` job).
import DatabaseConstructor, { type Database } from 'better-sqlite3';
import type { PackageSummary } from '../../../shared/contract/handoverChannels';
import { migrate } from '../database/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../database/migrations';
import { checkContent } from './contentChecks';
import { applicantRows } from './exportPackage';
import {
  type Cell,
  MANIFEST_PATH,
  type Manifest,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  type TablePart,
  filePartPath,
  manifestSchema,
  partKind,
  tablePartPath,
  tablePartSchema,
} from './manifest';
import { HandoverRefusal, refuse } from './refusal';
import { type SqlValue, fromCell } from './rowValues';
import { EMBEDDED_REFERENCES, FILE_COLUMNS, type HandoverPlan, type PlannedTable, ROOT_TABLE, planOf, quoteIdentifier } from './tablePlan';
import { ARCHIVE_LIMITS, type ArchiveEntry, type CheckedArchive, readArchive } from './zipArchive';

/**
 * The checks a direct import gives the package's files (called in the parser process itself, so with this
 * computer's limits): each answers null when the file passes, or why it does not.
 */
export interface PackageFileChecks {
  officialPdf(bytes: Buffer): Promise<string | null>;
  /** `read` unpacks the scan from the package: not called when this scan's verdict is already known. */
  scan(sha256: string, read: () => Promise<Buffer>): Promise<string | null>;
}

/** A package that passed every check, as plain data (it crosses from the parser process by structured clone). */
export interface PackageCheck {
  manifest: Manifest;
  /** The scratch database, at this TitlePrep's schema, holding exactly the package's rows: SQLite's serialized image. */
  image: Uint8Array;
  /** Attachment files (FILE_COLUMNS) the package carries: hash and size. */
  attachmentFiles: [string, number][];
  summary: PackageSummary;
}

/** The scratch database's image may not exceed this: a real package's rows are a few megabytes. */
export const MAX_SCRATCH_IMAGE_BYTES = 128 * 1_000_000;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

function parseJson(bytes: Buffer, part: string, reason: 'manifestInvalid' | 'partInvalid'): unknown {
  try {
    return JSON.parse(utf8.decode(bytes)) as unknown;
  } catch {
    return refuse(reason, `${part} is not JSON in UTF-8`, { part });
  }
}

function readManifest(entries: ReadonlyMap<string, ArchiveEntry>): Manifest {
  const bytes = entries.get(MANIFEST_PATH)?.data;
  if (!bytes) return refuse('noManifest', 'no manifest.json');
  if (bytes.length > MAX_MANIFEST_BYTES) refuse('manifestInvalid', 'manifest.json is too large', { part: MANIFEST_PATH });
  const raw = parseJson(bytes, MANIFEST_PATH, 'manifestInvalid');
  const fields = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  if (fields.format !== PACKAGE_FORMAT) refuse('notPackage', 'the manifest is not a TitlePrep hand-over manifest');
  // A newer format may have fields this one does not know: say "newer" before judging the fields.
  if (typeof fields.formatVersion === 'number' && fields.formatVersion > PACKAGE_FORMAT_VERSION) {
    refuse('formatNewer', `format version ${fields.formatVersion}`, { found: fields.formatVersion, supported: PACKAGE_FORMAT_VERSION });
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse('manifestInvalid', `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`, { part: MANIFEST_PATH });
  }
  const manifest = parsed.data;
  if (manifest.formatVersion !== PACKAGE_FORMAT_VERSION) refuse('manifestInvalid', `format version ${manifest.formatVersion}`, { part: MANIFEST_PATH });
  if (manifest.schemaVersion > LATEST_SCHEMA_VERSION) {
    refuse('schemaNewer', `schema version ${manifest.schemaVersion}`, { found: manifest.schemaVersion, supported: LATEST_SCHEMA_VERSION });
  }
  return manifest;
}

/** The parts, each exactly as the manifest lists it; no entry unlisted, none missing. */
function checkParts(manifest: Manifest, entries: ReadonlyMap<string, ArchiveEntry>): Map<string, ArchiveEntry> {
  const listed = new Set<string>();
  for (const part of manifest.parts) {
    if (listed.has(part.path) || part.path === MANIFEST_PATH) refuse('manifestInvalid', `${part.path} listed twice`, { part: part.path });
    const kind = partKind(part.path);
    if (!kind) return refuse('manifestInvalid', `${JSON.stringify(part.path.slice(0, 80))} is not a part of the format`, { part: part.path.slice(0, 80) });
    if (kind.kind === 'file' && kind.sha256 !== part.sha256) refuse('hashMismatch', `${part.path} is not named by its hash`, { part: part.path });
    listed.add(part.path);
  }
  for (const name of entries.keys()) {
    if (name !== MANIFEST_PATH && !listed.has(name)) refuse('extraPart', `${name} is not in the manifest`, { part: name.slice(0, 80) });
  }
  const parts = new Map<string, ArchiveEntry>();
  for (const part of manifest.parts) {
    const entry = entries.get(part.path);
    if (!entry) return refuse('missingPart', `${part.path} is not in the archive`, { part: part.path });
    // The archive reader hashed every entry as it unpacked it.
    if (entry.bytes !== part.bytes || entry.sha256 !== part.sha256) refuse('hashMismatch', `${part.path} differs from the manifest`, { part: part.path });
    parts.set(part.path, entry);
  }
  return parts;
}

function tablePart(table: PlannedTable, bytes: Buffer): TablePart {
  const path = tablePartPath(table.name);
  const parsed = tablePartSchema.safeParse(parseJson(bytes, path, 'partInvalid'));
  if (!parsed.success || parsed.data.table !== table.name) return refuse('partInvalid', `${path} is not a table part of ${table.name}`, { part: path });
  const part = parsed.data;
  const expected = table.columns.map((column) => column.name).sort();
  const given = [...part.columns].sort();
  if (expected.length !== given.length || expected.some((name, index) => name !== given[index])) {
    refuse('columnsMismatch', `${path} has columns ${given.join(', ')}`, { table: table.name });
  }
  if (part.rows.some((row) => row.length !== part.columns.length)) refuse('partInvalid', `a row of ${path} has the wrong length`, { part: path });
  return part;
}

const count = (db: Database, table: string) => db.prepare(`SELECT count(*) FROM ${quoteIdentifier(table)}`).pluck().get() as number;

function isConstraintError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SQLITE_');
}

/** The table parts, parsed, in the plan's order; every part names a table of the package's schema. */
function tableParts(plan: HandoverPlan, parts: ReadonlyMap<string, ArchiveEntry>): Map<PlannedTable, TablePart> {
  const tables = new Set(plan.tables.map((table) => table.name));
  for (const path of parts.keys()) {
    const kind = partKind(path);
    if (kind?.kind === 'table' && !tables.has(kind.table)) refuse('tableUnknown', `table ${kind.table}`, { table: kind.table });
  }
  const parsed = new Map<PlannedTable, TablePart>();
  for (const table of plan.tables) {
    const path = tablePartPath(table.name);
    const bytes = parts.get(path)?.data;
    if (!bytes) return refuse('missingPart', `${path} is not in the package`, { part: path });
    parsed.set(table, tablePart(table, bytes));
  }
  return parsed;
}

const isFileCell = (cell: Cell): cell is { file: string } => cell !== null && typeof cell === 'object' && 'file' in cell;

/**
 * The files/ parts that rows hold as values (the official PDF), read from the archive: the only files the
 * check needs in memory. A value naming no part of the package is refused when its row is loaded.
 */
async function valueFiles(archive: CheckedArchive, parsed: ReadonlyMap<PlannedTable, TablePart>, parts: ReadonlyMap<string, ArchiveEntry>): Promise<Map<string, Buffer>> {
  const named = new Set<string>();
  for (const part of parsed.values()) for (const row of part.rows) for (const cell of row) if (isFileCell(cell) && parts.has(filePartPath(cell.file))) named.add(cell.file);
  let total = 0;
  for (const sha256 of named) total += parts.get(filePartPath(sha256))?.bytes ?? 0;
  if (total > ARCHIVE_LIMITS.maxInMemoryBytes) refuse('zipBomb', `${total} bytes of values held as files`, { maxMb: ARCHIVE_LIMITS.maxInMemoryBytes / 1_000_000 });
  const files = new Map<string, Buffer>();
  for (const sha256 of named) files.set(sha256, await archive.readEntry(filePartPath(sha256)));
  return files;
}

/** Loads the rows into `scratch` (at the package's schema) and checks they are one applicant's, whole. */
function loadRows(
  scratch: Database,
  manifest: Manifest,
  plan: HandoverPlan,
  parsed: ReadonlyMap<PlannedTable, TablePart>,
  parts: ReadonlyMap<string, ArchiveEntry>,
  values: ReadonlyMap<string, Buffer>,
): { attachmentFiles: Map<string, number>; files: number } {
  const tables = new Map(plan.tables.map((table) => [table.name, table]));
  const fileParts = new Map<string, number>();
  for (const [path, entry] of parts) {
    const kind = partKind(path);
    if (kind?.kind === 'file') fileParts.set(kind.sha256, entry.bytes);
  }
  const usedFiles = new Set<string>();
  // Foreign keys are checked once all rows are in, whatever order they reference each other in.
  scratch.pragma('foreign_keys = OFF');
  scratch.transaction(() => {
    for (const [table, part] of parsed) {
      const path = tablePartPath(table.name);
      const insert = scratch.prepare(
        `INSERT INTO ${quoteIdentifier(table.name)} (${part.columns.map(quoteIdentifier).join(', ')}) VALUES (${part.columns.map(() => '?').join(', ')})`,
      );
      for (const row of part.rows) {
        const cells: SqlValue[] = row.map((cell) => fromCell(cell, values, usedFiles, path));
        try {
          insert.run(cells);
        } catch (error) {
          if (isConstraintError(error)) refuse('rowsInvalid', `${table.name}: ${error.message}`, { table: table.name });
          throw error;
        }
      }
    }
  })();

  const roots = scratch.prepare(`SELECT id, name_zh, name_latin, deleted_at FROM ${quoteIdentifier(ROOT_TABLE)}`).all() as {
    id: string;
    name_zh: string;
    name_latin: string;
    deleted_at: string | null;
  }[];
  const root = roots[0];
  const { applicant } = manifest;
  if (roots.length !== 1 || !root || root.id !== applicant.id || root.name_zh !== applicant.nameZh || root.name_latin !== applicant.nameLatin || root.deleted_at !== null) {
    refuse('applicantMismatch', 'the applicant row is not the one the manifest names', { table: ROOT_TABLE });
  }
  const broken = scratch.pragma('foreign_key_check') as { table: string }[];
  if (broken[0]) refuse('rowsInvalid', `${broken.length} rows of ${broken[0].table} reference rows not in the package`, { table: broken[0].table });
  // Every row must be reachable from the applicant exactly as the export chose it: nothing unrelated rides along.
  const reachable = applicantRows(scratch, plan, applicant.id);
  for (const table of plan.tables) {
    if ((reachable?.get(table.name)?.length ?? 0) !== count(scratch, table.name)) {
      refuse('applicantMismatch', `rows of ${table.name} that do not belong to the applicant`, { table: table.name });
    }
  }
  for (const reference of EMBEDDED_REFERENCES) {
    const from = tables.get(reference.table);
    const to = tables.get(reference.references);
    // A value-if-present reference is free text that may name a row: nothing to check.
    if (!from || !to || reference.shape !== 'json-array') continue;
    const key = quoteIdentifier(to.primaryKey[0] ?? 'rowid');
    const dangling = scratch
      .prepare(
        `SELECT 1 FROM ${quoteIdentifier(from.name)} AS s, json_each(s.${quoteIdentifier(reference.column)}) AS j
         WHERE (j.type <> 'integer' AND j.type <> 'text') OR NOT EXISTS (SELECT 1 FROM ${quoteIdentifier(to.name)} AS r WHERE r.${key} = j.value) LIMIT 1`,
      )
      .get();
    if (dangling) refuse('rowsInvalid', `${reference.table}.${reference.column} names rows not in the package`, { table: reference.table });
  }
  const attachmentFiles = new Map<string, number>();
  for (const { table, column } of FILE_COLUMNS) {
    if (!tables.has(table)) continue;
    for (const sha256 of scratch.prepare(`SELECT ${quoteIdentifier(column)} FROM ${quoteIdentifier(table)}`).pluck().all() as unknown[]) {
      const bytes = typeof sha256 === 'string' ? fileParts.get(sha256) : undefined;
      if (bytes !== undefined && typeof sha256 === 'string') {
        attachmentFiles.set(sha256, bytes);
        usedFiles.add(sha256);
      }
    }
  }
  for (const sha256 of fileParts.keys()) {
    if (!usedFiles.has(sha256)) refuse('extraPart', `files/${sha256} is named by no row`, { part: `files/${sha256}` });
  }
  return { attachmentFiles, files: fileParts.size };
}

/** The official PDF and every scan the package carries, one at a time, as a direct import checks them. */
async function checkFiles(archive: CheckedArchive, scratch: Database, attachmentFiles: ReadonlyMap<string, number>, checks: PackageFileChecks): Promise<void> {
  const official = scratch.prepare('SELECT content FROM official_form').pluck().all() as Buffer[];
  for (const content of official) {
    const problem = await checks.officialPdf(content);
    if (problem !== null) refuse('unsafeFile', `official PDF: ${problem.slice(0, 300)}`, { what: 'officialForm' });
  }
  for (const sha256 of attachmentFiles.keys()) {
    const problem = await checks.scan(sha256, () => archive.readEntry(filePartPath(sha256)));
    if (problem !== null) refuse('unsafeFile', `files/${sha256}: ${problem.slice(0, 300)}`, { what: 'scan' });
  }
}

/** Checks the package in the file at `path` (in the parser process); throws HandoverRefusal, or returns it checked. */
export async function checkPackage(path: string, checks: PackageFileChecks): Promise<PackageCheck> {
  const archive = await readArchive(path);
  const manifest = readManifest(archive.entries);
  const parts = checkParts(manifest, archive.entries);
  const scratch = new DatabaseConstructor(':memory:');
  try {
    migrate(scratch, MIGRATIONS.slice(0, manifest.schemaVersion));
    const packagePlan = planOf(scratch);
    const parsed = tableParts(packagePlan, parts);
    const values = await valueFiles(archive, parsed, parts);
    const loaded = loadRows(scratch, manifest, packagePlan, parsed, parts, values);
    scratch.pragma('foreign_keys = ON');
    try {
      migrate(scratch, MIGRATIONS);
    } catch (error) {
      refuse('rowsInvalid', `upgrading from schema ${manifest.schemaVersion}: ${error instanceof Error ? error.message : String(error)}`, { table: '' });
    }
    checkContent(scratch, manifest.applicant.id);
    await checkFiles(archive, scratch, loaded.attachmentFiles, checks);
    const plan = planOf(scratch);
    const summary: PackageSummary = {
      formatVersion: manifest.formatVersion,
      schemaVersion: manifest.schemaVersion,
      appVersion: manifest.appVersion,
      exportedAt: manifest.exportedAt,
      applicant: manifest.applicant,
      tables: plan.tables.map((table) => ({ table: table.name, rows: count(scratch, table.name) })),
      files: loaded.files,
      archiveBytes: archive.archiveBytes,
      unpackedBytes: archive.unpackedBytes,
      upgradedFrom: manifest.schemaVersion < LATEST_SCHEMA_VERSION ? manifest.schemaVersion : null,
    };
    const image = scratch.serialize();
    if (image.length > MAX_SCRATCH_IMAGE_BYTES) refuse('zipBomb', `rows of ${image.length} bytes`, { maxMb: MAX_SCRATCH_IMAGE_BYTES / 1_000_000 });
    return { manifest, image, attachmentFiles: [...loaded.attachmentFiles], summary };
  } catch (error) {
    if (error instanceof HandoverRefusal) throw error;
    // Anything else the package's content provoked (SQLite refusing a value, a JSON shape no check foresaw)
    // is still the package's fault: refused, never an internal error.
    throw new HandoverRefusal('rowsInvalid', error instanceof Error ? error.message : String(error), { table: '' });
  } finally {
    scratch.close();
  }
}
