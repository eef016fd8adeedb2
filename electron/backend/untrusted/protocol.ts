// The messages between the app and its parser process, and how the app starts one. A launcher is the one
// piece that differs by side: Electron's utilityProcess in the app (electron/main/parser-launcher.ts),
// child_process.fork in browser mode and tests (nodeLauncher.ts).
import type { JobName } from './jobs';

export interface JobRequest {
  id: number;
  job: JobName;
  args: unknown;
}

/** id 0 is the process's "ready" when it has loaded its readers. */
export type JobReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };

export interface ParserChild {
  send(message: JobRequest): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Called once when the process has gone, for whatever reason. */
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
  /** The process's resident memory in bytes; null where it cannot be read. */
  memoryBytes(): Promise<number | null>;
}

/** Starts a parser process whose V8 heap is capped at `maxOldSpaceMb`. */
export type ParserLauncher = (options: { maxOldSpaceMb: number }) => ParserChild;
