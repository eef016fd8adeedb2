// The bridge the preload exposes, as a pure function of the IPC send: it refuses any channel outside the
// contract before anything is sent, and turns every failure into a Result. The contract is bundled into
// the preload (with zod): one list of channels, never a copy that falls behind.
import type { TitlePrepBridge } from '../../shared/contract/bridge';
import { type Channel, isChannel } from '../../shared/contract/channels';
import type { ErrorCode, Result } from '../../shared/contract/result';

/** The one IPC channel between preload and main; main's ipc-bridge.ts handles it. */
export const INVOKE_CHANNEL = 'titleprep:invoke';

export interface InvokeEnvelope {
  channel: Channel;
  payload: unknown;
}

function failure(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean';
}

export function createBridge(send: (envelope: InvokeEnvelope) => Promise<unknown>): TitlePrepBridge {
  return {
    async invoke(channel, payload) {
      if (!isChannel(channel)) {
        return failure('unknown-channel', `Unknown channel: ${String(channel).slice(0, 100)}`);
      }
      try {
        const reply = await send({ channel, payload });
        return isResult(reply) ? reply : failure('internal', `Malformed reply on ${channel}`);
      } catch (error) {
        // ipcRenderer.invoke rejects when the payload cannot be cloned (a function, a DOM node…).
        return failure('internal', `Could not send ${channel}: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
