// The one way the renderer reaches the backend. Electron: the preload's `invoke`. Browser mode:
// POST /api/<channel> with the session token. Every outcome is a Result; nothing here rejects.
import { type Channel, type ReplyOf, type RequestOf, contract } from '../../shared/contract/channels';
import { toFieldIssues } from '../../shared/contract/issues';
import { type Result, appErrorSchema, fail } from '../../shared/contract/result';
import { type AppKey, t } from '../../shared/i18n/app';
import type { Params } from '../../shared/i18n/core';
import { electronBridge } from './bridge';

const TOKEN_KEY = 'titleprep.token';

/**
 * The browser-mode server prints `http://127.0.0.1:<port>/?token=…#/…`. Keep the token for this tab (a
 * reload must keep working) and take it out of the address bar, where it would be copied or shared.
 */
export function adoptTokenFromUrl(): void {
  const url = new URL(window.location.href);
  const token = url.searchParams.get('token');
  if (token === null) return;
  sessionStorage.setItem(TOKEN_KEY, token);
  url.searchParams.delete('token');
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
}

/**
 * The sentence travels as its key (an issue without a path), so that the page translates it when it shows
 * it and a message already on screen follows a change of language; the English message is for logs.
 */
function transportFailure(key: AppKey, params?: Params): Result<never> {
  return fail('internal', t('en', key, params), [{ path: [], key, ...(params ? { params } : {}) }]);
}

const STATUS_KEYS: Record<number, AppKey> = {
  400: 'transport.badRequest',
  401: 'transport.unauthorized',
  403: 'transport.forbidden',
  404: 'transport.notFound',
  413: 'transport.tooLarge',
};

async function postOverHttp(channel: Channel, payload: unknown, keepalive: boolean): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${sessionStorage.getItem(TOKEN_KEY) ?? ''}`,
      },
      body: JSON.stringify(payload),
      // On page close, a keepalive request still reaches the server after the page is gone.
      keepalive,
      cache: 'no-store',
    });
  } catch {
    return transportFailure('transport.network');
  }
  if (response.status !== 200) {
    const key = STATUS_KEYS[response.status];
    return key ? transportFailure(key) : transportFailure('transport.server', { status: response.status });
  }
  try {
    return await response.json();
  } catch {
    return transportFailure('transport.badReply');
  }
}

async function send(channel: Channel, payload: unknown, keepalive: boolean): Promise<unknown> {
  const bridge = electronBridge();
  if (!bridge) return postOverHttp(channel, payload, keepalive);
  try {
    return await bridge.invoke(channel, payload);
  } catch {
    return transportFailure('transport.network');
  }
}

export interface CallOptions {
  /** Send even though the page is closing (browser mode); the reply may never be read. */
  keepalive?: boolean;
}

export async function call<C extends Channel>(
  channel: C,
  request: RequestOf<C>,
  options: CallOptions = {},
): Promise<Result<ReplyOf<C>>> {
  const { request: requestSchema, reply: replySchema } = contract[channel];
  // The same schema the backend applies: a bad request is answered here, field by field, without a trip.
  const checked = requestSchema.safeParse(request);
  if (!checked.success) return fail('validation', 'Invalid request', toFieldIssues(checked.error));

  const raw = await send(channel, request, options.keepalive ?? false);
  if (typeof raw !== 'object' || raw === null || !('ok' in raw)) return transportFailure('transport.badReply');
  if (raw.ok === true && 'value' in raw) {
    const value = replySchema.safeParse(raw.value);
    return value.success ? { ok: true, value: value.data as ReplyOf<C> } : transportFailure('transport.badReply');
  }
  const error = appErrorSchema.safeParse((raw as { error?: unknown }).error);
  return error.success ? { ok: false, error: error.data } : transportFailure('transport.badReply');
}
