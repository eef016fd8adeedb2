// Helpers of the backups tests: a backend on a temp folder with an injected clock, timer and snapshot
// writer; data files damaged in the ways disks damage them; a database at an older schema version.
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import { type Backend, openBackend } from '../../electron/backend';
import type { SnapshotWriter } from '../../electron/backend/backups/backupStore';
import type { Scheduler } from '../../electron/backend/backups/openWithBackups';
import { migrate } from '../../electron/backend/database/migrate';
import { MIGRATIONS } from '../../electron/backend/database/migrations';
import { databasePath } from '../../electron/backend/database/open';
import type { ApplicantSummary } from '../../shared/contract/channels';
import { value } from '../support/result';

export class TestClock {
  constructor(private current: Date) {}
  now = (): Date => this.current;
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** A timer fired by hand: `tick()` runs what the backend scheduled; `cancelled` tells whether close() stopped it. */
export class ManualScheduler {
  runs: (() => void)[] = [];
  everyMs: number[] = [];
  cancelled = 0;
  schedule: Scheduler = (run, everyMs) => {
    this.runs.push(run);
    this.everyMs.push(everyMs);
    return () => {
      this.cancelled += 1;
    };
  };
  tick(): void {
    for (const run of this.runs) run();
  }
}

export interface TestBackendOptions {
  clock: TestClock;
  scheduler?: ManualScheduler;
  writeSnapshot?: SnapshotWriter;
  logged?: string[];
}

export function openTestBackend(dataDirectory: string, options: TestBackendOptions): Backend {
  const scheduler = options.scheduler ?? new ManualScheduler();
  return openBackend({
    dataDirectory,
    transport: 'browser',
    appVersion: '0.0.0-test',
    now: options.clock.now,
    log: (message) => options.logged?.push(message),
    backups: { schedule: scheduler.schedule, ...(options.writeSnapshot ? { writeSnapshot: options.writeSnapshot } : {}) },
  });
}

export async function createApplicant(backend: Backend, nameZh: string): Promise<ApplicantSummary> {
  return value<ApplicantSummary>(await backend.invoke('applicants.create', { nameZh, nameLatin: '' }));
}

export async function applicantNames(backend: Backend): Promise<string[]> {
  return value<ApplicantSummary[]>(await backend.invoke('applicants.list', {})).map((applicant) => applicant.nameZh);
}

export const backupFiles = (dataDirectory: string): string[] => {
  try {
    return readdirSync(join(dataDirectory, 'backups')).sort();
  } catch {
    return [];
  }
};

/** Every file of a folder (not its subfolders) with its bytes, to prove that nothing in it changed. */
export function folderBytes(folder: string): Map<string, Buffer> {
  const files = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => entry.name).sort().map((name) => [name, readFileSync(join(folder, name))]));
}

/** Overwrites one whole page, in use by the applicant table, in the middle of the file with garbage. */
export function writeGarbageIntoMiddlePage(file: string): number {
  // A read-only connection creates the -wal and -shm it finds missing: removed again, as if it never looked.
  const missing = ['-wal', '-shm'].filter((suffix) => !existsSync(`${file}${suffix}`));
  const db = new DatabaseConstructor(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pages = (db.prepare("SELECT pageno FROM dbstat WHERE name = 'applicant' ORDER BY pageno").all() as { pageno: number }[]).map((row) => row.pageno);
  db.close();
  for (const suffix of missing) rmSync(`${file}${suffix}`, { force: true });
  const page = pages[Math.floor(pages.length / 2)];
  if (page === undefined) throw new Error('the applicant table has no pages');
  const bytes = readFileSync(file);
  let state = 0x2545f491;
  for (let offset = 0; offset < pageSize; offset += 1) {
    // xorshift: garbage, but the same garbage on every run.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[(page - 1) * pageSize + offset] = state & 0xff;
  }
  writeFileSync(file, bytes);
  return page;
}

export function truncateToHalf(file: string): void {
  const bytes = readFileSync(file);
  writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
}

/** A data file at schema version `version`, built with the first migrations, holding one applicant. */
export function createDatabaseAtVersion(dataDirectory: string, version: number, nameZh: string): string {
  const file = databasePath(dataDirectory);
  const db = new DatabaseConstructor(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.slice(0, version));
  db.prepare("INSERT INTO applicant (id, created_at, updated_at, name_zh) VALUES ('a0000000-0000-4000-8000-000000000001', 't', 't', ?)").run(nameZh);
  db.close();
  return file;
}

/** A data file with this many applicants (each with a long name, so the table spans many pages). */
export async function fillWithApplicants(backend: Backend, count: number): Promise<void> {
  for (let index = 0; index < count; index += 1) await createApplicant(backend, `申报人${index}${'张'.repeat(60)}`);
}

export { databasePath };
