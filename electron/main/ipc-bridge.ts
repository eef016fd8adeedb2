// The one IPC handler. Before anything reaches the backend: the sender must be the main frame of the
// app's own window showing index.html, the envelope well-formed, the channel in the contract, the
// payload plain data of sane size. The reply is always a Result, never a thrown error.
import { isChannel, type Channel } from '../../shared/contract/channels';
import { type Result, fail } from '../../shared/contract/result';
import { INVOKE_CHANNEL } from '../preload/bridge';
import { isAppIndexUrl } from './trusted-url';

/** The same limit as browser mode's request body: nothing in the contract comes near it. */
export const MAX_PAYLOAD_CHARS = 4 * 1024 * 1024;

/** What the check reads of a WebFrameMain. */
export interface FrameFacts {
  readonly url: string;
  readonly parent: unknown;
  readonly detached: boolean;
  readonly processId: number;
  readonly frameToken: string;
}
/** What the check reads of an IpcMainInvokeEvent. */
export interface InvokeEventFacts {
  readonly sender: { readonly id: number; readonly mainFrame: FrameFacts };
  readonly senderFrame: FrameFacts | null;
}

/** True only for the top frame of the app window's webContents, showing the app's own index.html. */
export function isAppMainFrame(event: InvokeEventFacts, appContentsId: number | null, indexUrl: string): boolean {
  const frame = event.senderFrame;
  if (frame === null || appContentsId === null) return false;
  if (event.sender.id !== appContentsId) return false;
  if (frame.parent !== null || frame.detached) return false;
  // Compared by identity and, in case Electron hands out a second wrapper for the same frame, by token.
  const main = event.sender.mainFrame;
  const sameFrame = frame === main || (frame.processId === main.processId && frame.frameToken === main.frameToken && frame.frameToken !== '');
  return sameFrame && isAppIndexUrl(frame.url, indexUrl);
}

export type InvokeRequest = { ok: true; channel: Channel; payload: unknown } | { ok: false; reply: Result<never> };

/** Checks the envelope `{ channel, payload }` the preload sends. */
export function readInvokeRequest(envelope: unknown): InvokeRequest {
  if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope)) {
    return { ok: false, reply: fail('validation', 'The request must be an object { channel, payload }') };
  }
  const channel: unknown = 'channel' in envelope ? envelope.channel : undefined;
  if (!isChannel(channel)) {
    const shown = typeof channel === 'string' ? channel.slice(0, 100) : typeof channel;
    return { ok: false, reply: fail('unknown-channel', `Unknown channel: ${shown}`) };
  }
  const payload: unknown = 'payload' in envelope ? envelope.payload : undefined;
  let size: number;
  try {
    size = JSON.stringify(payload ?? null).length;
  } catch {
    return { ok: false, reply: fail('validation', `The request for ${channel} is not plain data`) };
  }
  if (size > MAX_PAYLOAD_CHARS) {
    return { ok: false, reply: fail('validation', `The request for ${channel} is larger than ${MAX_PAYLOAD_CHARS} characters`) };
  }
  return { ok: true, channel, payload };
}

export interface BridgeOptions {
  /** The app window's webContents id, or null while there is no window. */
  appContentsId(): number | null;
  indexUrl: string;
  invoke(channel: Channel, payload: unknown): Promise<Result<unknown>>;
  /** Told of every reply the backend gave, so main can follow settings changes (the menu's language). */
  onReply?(channel: Channel, reply: Result<unknown>): void;
  report?(message: string): void;
}

/** A frame disposed while its message was in flight throws on access: that is a refusal, not a crash. */
function senderTrusted(event: InvokeEventFacts, options: BridgeOptions): boolean {
  try {
    return isAppMainFrame(event, options.appContentsId(), options.indexUrl);
  } catch {
    return false;
  }
}

export function createInvokeHandler(options: BridgeOptions) {
  const report = options.report ?? console.warn;
  return async (event: InvokeEventFacts, envelope: unknown): Promise<Result<unknown>> => {
    if (!senderTrusted(event, options)) {
      report('TitlePrep: IPC from a frame other than the app window’s main frame refused');
      return fail('internal', 'Refused: the request did not come from the TitlePrep window');
    }
    const request = readInvokeRequest(envelope);
    if (!request.ok) return request.reply;
    let reply: Result<unknown>;
    try {
      reply = await options.invoke(request.channel, request.payload);
    } catch (error) {
      reply = fail('internal', error instanceof Error ? error.message : String(error));
    }
    try {
      options.onReply?.(request.channel, reply);
    } catch (error) {
      report(`TitlePrep: after ${request.channel}: ${String(error)}`);
    }
    return reply;
  };
}

interface IpcMainFacts {
  handle(channel: string, listener: (event: InvokeEventFacts, envelope: unknown) => Promise<Result<unknown>>): void;
}

export function registerIpcBridge(ipcMain: IpcMainFacts, options: BridgeOptions): void {
  ipcMain.handle(INVOKE_CHANNEL, createInvokeHandler(options));
}
