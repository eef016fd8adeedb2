// The manifest of a hand-over package (manifest.json) and the names of its parts. The manifest lists
// every other entry of the archive with its SHA-256 and size: an entry it does not list, or a listed one
// that is missing or differs, refuses the package.
import { z } from 'zod';

export const PACKAGE_FORMAT = 'titleprep-handover';
/** Version 1: the parts below; table rows as {columns, rows}; binary values inline or as files/ parts. */
export const PACKAGE_FORMAT_VERSION = 1;

export const MANIFEST_PATH = 'manifest.json';
/** The applicant's own row (the root every other row hangs from). */
export const APPLICANT_PATH = 'applicant.json';
export const TABLES_FOLDER = 'tables/';
export const FILES_FOLDER = 'files/';

const SHA256 = /^[0-9a-f]{64}$/;
const TABLE_NAME = /^[a-z][a-z0-9_]{0,62}$/;

export const sha256Hex = z.string().regex(SHA256);

export const partSchema = z
  .object({
    path: z.string().max(200),
    sha256: sha256Hex,
    bytes: z.number().int().nonnegative(),
  })
  .strict();
export type Part = z.infer<typeof partSchema>;

export const manifestSchema = z
  .object({
    format: z.literal(PACKAGE_FORMAT),
    formatVersion: z.number().int().positive(),
    schemaVersion: z.number().int().positive(),
    appVersion: z.string().max(100),
    exportedAt: z.iso.datetime(),
    applicant: z
      .object({
        id: z.uuid(),
        nameZh: z.string().max(200),
        nameLatin: z.string().max(200),
      })
      .strict(),
    parts: z.array(partSchema).max(10_000),
  })
  .strict();
export type Manifest = z.infer<typeof manifestSchema>;

/** Where the rows of `table` travel. */
export function tablePartPath(table: string): string {
  return table === 'applicant' ? APPLICANT_PATH : `${TABLES_FOLDER}${table}.json`;
}

export const filePartPath = (sha256: string) => `${FILES_FOLDER}${sha256}`;

export type PartKind = { kind: 'table'; table: string } | { kind: 'file'; sha256: string };

/** What a part path names, or null for a path the format does not have. */
export function partKind(path: string): PartKind | null {
  if (path === APPLICANT_PATH) return { kind: 'table', table: 'applicant' };
  if (path.startsWith(TABLES_FOLDER) && path.endsWith('.json')) {
    const table = path.slice(TABLES_FOLDER.length, -'.json'.length);
    return TABLE_NAME.test(table) && table !== 'applicant' ? { kind: 'table', table } : null;
  }
  if (path.startsWith(FILES_FOLDER)) {
    const sha256 = path.slice(FILES_FOLDER.length);
    return SHA256.test(sha256) ? { kind: 'file', sha256 } : null;
  }
  return null;
}

/**
 * A value of a row: SQLite's null, text and numbers as JSON; a binary value inline as base64 when small,
 * or as a reference to a files/ part (the official PDF, later the scans).
 */
export const cellSchema = z.union([
  z.null(),
  z.string(),
  z.number(),
  z.object({ base64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/) }).strict(),
  z.object({ file: sha256Hex }).strict(),
]);
export type Cell = z.infer<typeof cellSchema>;

export const tablePartSchema = z
  .object({
    table: z.string().regex(TABLE_NAME),
    columns: z.array(z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/)).min(1).max(200),
    rows: z.array(z.array(cellSchema)),
  })
  .strict();
export type TablePart = z.infer<typeof tablePartSchema>;

/** Binary values up to this size stay inline; larger ones become files/ parts. */
export const INLINE_BINARY_MAX_BYTES = 1024;
