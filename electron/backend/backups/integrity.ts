// The data file's health at open, and moving a damaged one aside. Nothing here deletes or overwrites a
// database: a damaged file (with its -wal and -shm) is renamed to a name no file has, in the same folder.
import { closeSync, existsSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { damagedFileName } from './backupNames';
import { readDatabaseFacts } from './databaseFacts';

export type DataFileState =
  | { kind: 'missing' } // first start: a new database will be created
  | { kind: 'empty' } // 0 bytes: SQLite would take it for a new database
  | { kind: 'not-database' } // no SQLite header at all: not ours, refused as before (never moved)
  | { kind: 'healthy'; schemaVersion: number }
  | { kind: 'newer'; schemaVersion: number }
  | { kind: 'damaged'; problem: string };

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const COMPANIONS = ['-wal', '-shm'] as const;

function firstBytes(file: string, count: number): Buffer {
  const descriptor = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(count);
    const read = readSync(descriptor, buffer, 0, count, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(descriptor);
  }
}

/**
 * A file that starts with SQLite's header (or with part of it, when cut short) is a TitlePrep database,
 * sound or damaged. The full integrity_check (which includes quick_check's page and record checks and
 * adds index-against-table checks) costs milliseconds on a data file of a few megabytes.
 */
export function inspectDataFile(file: string): DataFileState {
  if (!existsSync(file)) return { kind: 'missing' };
  if (statSync(file).size === 0) return { kind: 'empty' };
  const head = firstBytes(file, SQLITE_MAGIC.length);
  if (!SQLITE_MAGIC.subarray(0, head.length).equals(head)) return { kind: 'not-database' };
  const facts = readWithoutTrace(file);
  if (facts.check === 'newer') return { kind: 'newer', schemaVersion: facts.schemaVersion ?? 0 };
  if (facts.check === 'damaged') return { kind: 'damaged', problem: facts.problem ?? 'unknown' };
  return { kind: 'healthy', schemaVersion: facts.schemaVersion ?? 0 };
}

/**
 * A read-only connection to a database in WAL mode creates an empty -wal and a -shm (the WAL's index, which
 * SQLite rebuilds from the -wal) when they are missing. Those two are ours: removed again, so that the
 * check leaves the folder as it found it and a file moved aside takes only its own companions along.
 */
function readWithoutTrace(file: string): ReturnType<typeof readDatabaseFacts> {
  const missing = COMPANIONS.filter((suffix) => !existsSync(`${file}${suffix}`));
  try {
    return readDatabaseFacts(file, 'full');
  } finally {
    for (const suffix of missing) {
      const path = `${file}${suffix}`;
      if (existsSync(path) && (suffix === '-shm' || statSync(path).size === 0)) rmSync(path, { force: true });
    }
  }
}

/**
 * Renames the file and its -wal and -shm to `titleprep-damaged-<time>.sqlite3[-wal|-shm]` and returns the
 * new names. The companions go first: a -wal left beside a new database would be replayed into it.
 */
export function moveAside(file: string, at: Date): string[] {
  const folder = dirname(file);
  let name = damagedFileName(at, 0);
  for (let attempt = 1; [name, ...COMPANIONS.map((suffix) => `${name}${suffix}`)].some((candidate) => existsSync(join(folder, candidate))); attempt += 1) {
    name = damagedFileName(at, attempt);
  }
  const moved: string[] = [];
  for (const suffix of COMPANIONS) {
    if (!existsSync(`${file}${suffix}`)) continue;
    renameSync(`${file}${suffix}`, join(folder, `${name}${suffix}`));
    moved.push(`${name}${suffix}`);
  }
  renameSync(file, join(folder, name));
  return [name, ...moved];
}
