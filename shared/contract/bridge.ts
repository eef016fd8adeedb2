// The preload's surface, as a type only: the renderer may `import type` it without touching Electron.
// The preload checks its implementation against it with `satisfies`.
import type { Result } from './result';

/** `window.titleprep` under Electron; absent in browser mode, where the renderer uses HTTP instead. */
export interface TitlePrepBridge {
  /** Sends one contract channel's request to the main process; resolves to a Result, never rejects. */
  invoke(channel: string, payload: unknown): Promise<Result<unknown>>;
}

/** The global name the preload exposes the bridge under. */
export type TitlePrepBridgeGlobal = 'titleprep';
