// The parser process in the desktop app: an Electron utilityProcess running the built processEntry
// (out/main/parserProcess.js), with its V8 heap capped. Its resident memory comes from app.getAppMetrics,
// which lists utility processes by pid, so the backend's watchdog works the same on every system.
import { join } from 'node:path';
import { app, utilityProcess } from 'electron';
import type { ParserChild, ParserLauncher } from '../backend/untrusted/protocol';

export const PARSER_PROCESS_FILE = 'parserProcess.js';

export function utilityParserLauncher(mainDirectory: string): ParserLauncher {
  return ({ maxOldSpaceMb }) => {
    const child = utilityProcess.fork(join(mainDirectory, PARSER_PROCESS_FILE), [], {
      serviceName: 'TitlePrep file reader',
      execArgv: [`--max-old-space-size=${maxOldSpaceMb}`],
      stdio: 'inherit',
    });
    return {
      send: (message) => child.postMessage(message),
      onMessage: (listener) => {
        child.on('message', listener);
      },
      onExit: (listener) => {
        child.once('exit', (code: number) => listener(code));
      },
      kill: () => {
        child.kill();
      },
      memoryBytes: () => {
        const metric = child.pid === undefined ? undefined : app.getAppMetrics().find((entry) => entry.pid === child.pid);
        // workingSetSize is in kilobytes.
        return Promise.resolve(metric ? metric.memory.workingSetSize * 1024 : null);
      },
    } satisfies ParserChild;
  };
}
