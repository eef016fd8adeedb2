// The parser process in browser mode and in tests: a Node child process (child_process.fork) running
// processEntry. From the sources (browser mode and tests run TypeScript through tsx) the child loads tsx
// too; a built backend would name its processEntry.js. Its memory is read from /proc on Linux and from
// `ps` on macOS; elsewhere the heap cap and the readers' own budgets are the bound.
import { type ChildProcess, execFile, fork } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PARSER_LIMITS, type ParserLimits, type ParserProcess, createParserProcess } from './parserProcess';
import type { ParserChild, ParserLauncher } from './protocol';

function sourceEntry(): string {
  const source = fileURLToPath(new URL('./processEntry.ts', import.meta.url));
  return existsSync(source) ? source : fileURLToPath(new URL('./processEntry.js', import.meta.url));
}

/** VmRSS of /proc/<pid>/status, in bytes. */
export function residentFromProcStatus(status: string): number | null {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return match ? Number(match[1]) * 1024 : null;
}

function residentMemory(pid: number): Promise<number | null> {
  if (process.platform === 'linux') {
    try {
      return Promise.resolve(residentFromProcStatus(readFileSync(`/proc/${pid}/status`, 'utf8')));
    } catch {
      return Promise.resolve(null);
    }
  }
  if (process.platform !== 'darwin') return Promise.resolve(null);
  return new Promise((resolve) => {
    execFile('/bin/ps', ['-o', 'rss=', '-p', String(pid)], (error, stdout) => {
      const kilobytes = Number.parseInt(stdout.trim(), 10);
      resolve(error || Number.isNaN(kilobytes) ? null : kilobytes * 1024);
    });
  });
}

export function nodeParserLauncher(entry: string = sourceEntry()): ParserLauncher {
  return ({ maxOldSpaceMb }) => {
    const loader = entry.endsWith('.ts') ? ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href] : [];
    const child: ChildProcess = fork(entry, [], {
      execArgv: [...loader, `--max-old-space-size=${maxOldSpaceMb}`],
      serialization: 'advanced',
      // No inherited pipes: a parent reading its child's output to the end must not wait for this one.
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    // The app (or a test run) must never wait for its parser process to leave.
    child.unref();
    child.channel?.unref();
    return {
      send: (message) => {
        child.send(message);
      },
      onMessage: (listener) => {
        child.on('message', listener);
      },
      onExit: (listener) => {
        child.once('exit', (code) => listener(code));
      },
      kill: () => {
        child.kill('SIGKILL');
      },
      memoryBytes: () => (child.pid === undefined ? Promise.resolve(null) : residentMemory(child.pid)),
    } satisfies ParserChild;
  };
}

const shared = new Map<string, ParserProcess>();

/**
 * One warm parser process for every backend of this Node process with the same limits (the tests open
 * hundreds of backends; each paying a process start would cost seconds). A backend's close() leaves it
 * running for the others; it is unreferenced, so it never keeps the process alive, and dies with it.
 */
export function sharedNodeParserProcess(limits: ParserLimits = PARSER_LIMITS): ParserProcess {
  const key = JSON.stringify(limits);
  let parser = shared.get(key);
  if (!parser) {
    parser = createParserProcess(nodeParserLauncher(), limits);
    shared.set(key, parser);
  }
  const owned = parser;
  return { run: (job, args, options) => owned.run(job, args, options), warm: () => owned.warm(), whenReady: () => owned.whenReady(), takePeakMemory: () => owned.takePeakMemory(), close: () => undefined };
}
