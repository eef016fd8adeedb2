// The preload's surface as the renderer sees it. Read through a cast rather than a global `Window`
// augmentation, so a declaration elsewhere (shared/contract/bridge.ts) cannot clash with this one.
import type { Result } from '../../shared/contract/result';

export interface TitlePrepBridge {
  invoke(channel: string, payload: unknown): Promise<Result<unknown>>;
}

/** The Electron bridge, or null in browser mode. */
export function electronBridge(): TitlePrepBridge | null {
  const candidate = (window as unknown as { titleprep?: Partial<TitlePrepBridge> }).titleprep;
  return candidate && typeof candidate.invoke === 'function' ? (candidate as TitlePrepBridge) : null;
}
