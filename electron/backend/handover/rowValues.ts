// Rows between SQLite and a package's table parts. Text and numbers are JSON as they are; a binary value
// is inline base64 when small, or stored once as a files/ part named by its SHA-256 (the official PDF).
import { createHash } from 'node:crypto';
import { type Cell, INLINE_BINARY_MAX_BYTES } from './manifest';
import { refuse } from './refusal';

export type SqlValue = string | number | bigint | Buffer | null;
export type SqlRow = Record<string, SqlValue>;

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The cell for `value`; a large binary value is added to `files` under its hash. */
export function toCell(value: SqlValue, files: Map<string, Buffer>): Cell {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (value.length <= INLINE_BINARY_MAX_BYTES) return { base64: value.toString('base64') };
  const sha256 = sha256Of(value);
  files.set(sha256, value);
  return { file: sha256 };
}

/** The SQLite value of a cell; a file reference must name a files/ part of the package. */
export function fromCell(cell: Cell, files: ReadonlyMap<string, Buffer>, usedFiles: Set<string>, where: string): SqlValue {
  if (cell === null || typeof cell === 'string') return cell;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) refuse('partInvalid', `a number that is not finite in ${where}`, { part: where });
    return cell;
  }
  if ('base64' in cell) {
    const bytes = Buffer.from(cell.base64, 'base64');
    // Only the canonical spelling: two texts must not decode to the same bytes unnoticed.
    if (bytes.toString('base64') !== cell.base64) refuse('partInvalid', `base64 that is not canonical in ${where}`, { part: where });
    return bytes;
  }
  const bytes = files.get(cell.file);
  if (!bytes) return refuse('missingPart', `files/${cell.file} named in ${where}`, { part: `files/${cell.file}` });
  usedFiles.add(cell.file);
  return bytes;
}
