// What a database file holds, read without changing it: its schema version, SQLite's verdict on its
// structure, and how many applicants it has. Used on backups (for the list, and before a restore) and on
// the data file at open.
import DatabaseConstructor from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION } from '../database/migrations';

export type Thoroughness =
  | 'quick' // PRAGMA quick_check: every page and record, O(N); used to list backups
  | 'full'; // PRAGMA integrity_check: also that every index matches its table; used at open and before a restore

export type FileCheck = 'ok' | 'damaged' | 'newer';

export interface DatabaseFacts {
  check: FileCheck;
  schemaVersion: number | null;
  applicants: number | null;
  /** SQLite's first complaints, for the log; null when the file passed. */
  problem: string | null;
}

/** SQLite errors that mean "the bytes are not a sound database", as opposed to "cannot open the file". */
export function isCorruption(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB' || code === 'SQLITE_IOERR_SHORT_READ';
}

/** Runs the check on an open connection; null when it passed, else SQLite's first complaints. */
export function structuralProblem(db: DatabaseConstructor.Database, thoroughness: Thoroughness): string | null {
  // The argument caps the number of complaints: one damaged page can produce thousands of lines.
  const rows = db.pragma(thoroughness === 'full' ? 'integrity_check(10)' : 'quick_check(10)') as Record<string, unknown>[];
  const lines = rows.map((row) => String(Object.values(row)[0]));
  return lines.length === 1 && lines[0] === 'ok' ? null : lines.join('; ').slice(0, 500);
}

function countApplicants(db: DatabaseConstructor.Database): number | null {
  try {
    const row = db.prepare('SELECT count(*) AS n FROM applicant WHERE deleted_at IS NULL').get() as { n: number };
    return row.n;
  } catch {
    return null;
  }
}

/**
 * Opens the file read-only (a read-only connection never checkpoints, so the file's bytes stay as they
 * are) and reads its facts. Throws only when the file cannot be opened at all (missing, no permission).
 */
export function readDatabaseFacts(file: string, thoroughness: Thoroughness): DatabaseFacts {
  const db = new DatabaseConstructor(file, { readonly: true, fileMustExist: true });
  try {
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (schemaVersion > LATEST_SCHEMA_VERSION) return { check: 'newer', schemaVersion, applicants: null, problem: null };
    const problem = structuralProblem(db, thoroughness);
    return { check: problem === null ? 'ok' : 'damaged', schemaVersion, applicants: countApplicants(db), problem };
  } catch (error) {
    if (!isCorruption(error)) throw error;
    return { check: 'damaged', schemaVersion: null, applicants: null, problem: error instanceof Error ? error.message : String(error) };
  } finally {
    db.close();
  }
}
