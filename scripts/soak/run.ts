// The crash soak: start the saver (child.ts) on one data folder, SIGKILL it at a random moment, reopen the
// folder with the real backend, check SQLite's integrity and that every acknowledged save is there (and every
// acknowledged scan listed and read back whole, every stored file hashing to its name); N times.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import DatabaseConstructor from 'better-sqlite3';
import { openBackend } from '../../electron/backend';
import { databasePath } from '../../electron/backend/database/open';
import { checkStoredFiles } from './attachments';
import { Ledger, READY_LINE, parseAck, verifyLedger } from './ledger';
import { randomSource } from './random';

const root = resolve(import.meta.dirname, '..', '..');
// tsx as a loader inside the one process, not its CLI: the CLI runs the script in a grandchild, which a
// SIGKILL of the CLI would leave running.
const TSX_LOADER = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const CHILD_SCRIPT = join(root, 'scripts', 'soak', 'child.ts');

export interface SoakOptions {
  kills: number;
  /** Seeds the kill moments' draw and each child's choice of saves. */
  seed?: number;
  /** The longest a child saves before it is killed, in ms from its "ready" line. */
  maxDelayMs?: number;
  /** Runs on this folder (kept) instead of a fresh temporary one (removed when all is well). */
  dataDirectory?: string;
  onProgress?(progress: SoakProgress): void;
}

export interface SoakProgress {
  kills: number;
  corrupt: number;
  lost: number;
  acknowledged: number;
  /** Of `acknowledged`: scans uploaded, and attachments deleted. */
  uploadsAcknowledged: number;
  deletesAcknowledged: number;
  /** At the last check: attachments read back whole (in several chunks), deletes confirmed, stored files hashed. */
  attachmentsRead: number;
  chunkedReads: number;
  deletionsChecked: number;
  storedFilesHashed: number;
  /** Temporary files of uploads a kill interrupted, at the last check (ignored: the next start removes them). */
  unfinishedUploads: number;
}

export interface SoakResult extends SoakProgress {
  /** What was wrong, one line each: failed integrity checks, missing saves, a child that died by itself. */
  problems: string[];
  seconds: number;
  dataDirectory: string;
}

/** The one closing line: `N kills, 0 corrupt, 0 lost`. */
export function soakSummary(result: SoakProgress): string {
  return `${result.kills} kills, ${result.corrupt} corrupt, ${result.lost} lost`;
}

export function soakPassed(result: SoakResult): boolean {
  return result.corrupt === 0 && result.lost === 0 && result.problems.length === 0;
}

interface ChildRun {
  killed: boolean;
  exitCode: number | null;
  stderr: string;
}

/** One life of the saver: acknowledgements go into the ledger as they arrive, then SIGKILL at `killAt`. */
function runChild(dataDirectory: string, seed: number, ledger: Ledger, killAt: { fromStart: number } | { afterReady: number }): Promise<ChildRun> {
  return new Promise((done, fail) => {
    const child: ChildProcess = spawn(process.execPath, ['--import', TSX_LOADER, CHILD_SCRIPT, '--data', dataDirectory, '--seed', String(seed), '--max-seconds', '60'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let pending = '';
    let stderr = '';
    let killed = false;
    let ackError: unknown = null;
    const kill = () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      killed = child.kill('SIGKILL');
    };
    let timer: NodeJS.Timeout | undefined = 'fromStart' in killAt ? setTimeout(kill, killAt.fromStart) : undefined;
    child.stdout?.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      let newline = pending.indexOf('\n');
      while (newline >= 0) {
        const line = pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        newline = pending.indexOf('\n');
        if (line === READY_LINE) {
          if ('afterReady' in killAt) timer = setTimeout(kill, killAt.afterReady);
          continue;
        }
        const ack = parseAck(line);
        if (ack === null) stderr += `unexpected output: ${line.slice(0, 200)}\n`;
        else {
          try {
            ledger.add(ack);
          } catch (error) {
            ackError = error;
            kill();
          }
        }
      }
      // A line cut by the kill (no newline yet) was never acknowledged: it stays in `pending`, unused.
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.once('error', fail);
    // 'close', not 'exit': every line the child wrote before dying has been read by then.
    child.once('close', (code) => {
      clearTimeout(timer);
      if (ackError !== null) fail(ackError);
      else done({ killed, exitCode: code, stderr });
    });
  });
}

interface Check {
  corrupt: string[];
  lost: string[];
  attachmentsRead: number;
  chunkedReads: number;
  deletionsChecked: number;
  storedFilesHashed: number;
  unfinishedUploads: number;
}

/** Reopens the folder as the app would after a crash, then checks the file and the acknowledged saves. */
async function checkDataFolder(dataDirectory: string, ledger: Ledger): Promise<Check> {
  let backend;
  try {
    backend = openBackend({ dataDirectory, transport: 'browser', appVersion: 'soak', log: () => undefined });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { corrupt: [`the data file could not be reopened: ${reason}`], lost: [], attachmentsRead: 0, chunkedReads: 0, deletionsChecked: 0, storedFilesHashed: 0, unfinishedUploads: 0 };
  }
  const db = new DatabaseConstructor(databasePath(dataDirectory), { readonly: true });
  try {
    const corrupt: string[] = [];
    const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
    if (integrity.length !== 1 || integrity[0]?.integrity_check !== 'ok') {
      corrupt.push(`integrity_check: ${integrity.map((row) => row.integrity_check).join('; ').slice(0, 500)}`);
    }
    const orphans = db.pragma('foreign_key_check') as unknown[];
    if (orphans.length > 0) corrupt.push(`foreign_key_check: ${orphans.length} rows point nowhere`);
    const verified = await verifyLedger(backend, ledger);
    // After the backend's start: its housekeeping may remove orphans, and a stored file must be whole anyway.
    const files = checkStoredFiles(dataDirectory);
    corrupt.push(...files.problems);
    return {
      corrupt,
      lost: verified.lost,
      attachmentsRead: verified.attachmentsRead,
      chunkedReads: verified.chunkedReads,
      deletionsChecked: verified.deletionsChecked,
      storedFilesHashed: files.hashed,
      unfinishedUploads: files.unfinishedUploads,
    };
  } finally {
    db.close();
    backend.close();
  }
}

export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const started = performance.now();
  const random = randomSource(options.seed ?? Date.now());
  const maxDelayMs = options.maxDelayMs ?? 400;
  const temporary = options.dataDirectory === undefined;
  const dataDirectory = options.dataDirectory ?? mkdtempSync(join(tmpdir(), 'titleprep-soak-'));
  const ledger = new Ledger();
  const result: SoakResult = {
    kills: 0,
    corrupt: 0,
    lost: 0,
    acknowledged: 0,
    uploadsAcknowledged: 0,
    deletesAcknowledged: 0,
    attachmentsRead: 0,
    chunkedReads: 0,
    deletionsChecked: 0,
    storedFilesHashed: 0,
    unfinishedUploads: 0,
    problems: [],
    seconds: 0,
    dataDirectory,
  };

  for (let round = 0; round < options.kills; round += 1) {
    // One kill in ten lands while the child is still starting (opening the file, reading back its state);
    // the others while it saves.
    const killAt = random.next() < 0.1 ? { fromStart: random.integer(0, 1500) } : { afterReady: random.integer(1, maxDelayMs) };
    const run = await runChild(dataDirectory, random.integer(1, 2 ** 31), ledger, killAt);
    if (run.killed) result.kills += 1;
    else result.problems.push(`round ${round + 1}: the saver exited by itself (code ${run.exitCode}): ${run.stderr.trim().slice(0, 2000)}`);

    const check = await checkDataFolder(dataDirectory, ledger);
    if (check.corrupt.length > 0) result.corrupt += 1;
    result.lost += check.lost.length;
    result.problems.push(...check.corrupt.map((line) => `after kill ${round + 1}: ${line}`), ...check.lost.map((line) => `after kill ${round + 1}: lost ${line}`));
    result.acknowledged = ledger.acknowledged;
    result.uploadsAcknowledged = ledger.uploadsAcknowledged;
    result.deletesAcknowledged = ledger.deletesAcknowledged;
    result.attachmentsRead = check.attachmentsRead;
    result.chunkedReads = check.chunkedReads;
    result.deletionsChecked = check.deletionsChecked;
    result.storedFilesHashed = check.storedFilesHashed;
    result.unfinishedUploads = check.unfinishedUploads;
    options.onProgress?.(result);
    // A corrupt file or a dead saver makes further rounds meaningless.
    if (check.corrupt.length > 0 || !run.killed) break;
  }

  result.seconds = (performance.now() - started) / 1000;
  if (temporary && soakPassed(result)) rmSync(dataDirectory, { recursive: true, force: true });
  return result;
}
