// Nothing reaches the backend unless it comes from the app window's main frame showing index.html, names a
// contract channel and carries plain data of sane size; every outcome is a Result.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Channel } from '../../../shared/contract/channels';
import { type Result, ok } from '../../../shared/contract/result';
import {
  MAX_PAYLOAD_CHARS,
  createInvokeHandler,
  isAppMainFrame,
  readInvokeRequest,
  registerIpcBridge,
  type InvokeEventFacts,
} from '../../../electron/main/ipc-bridge';
import { INVOKE_CHANNEL } from '../../../electron/preload/bridge';
import { StubWebContents, electronStub, ipcMain, resetElectronStub, stubFrame } from '../../stubs/electron';
import { indexUrl } from './fixtures';

/** The error code of a refused request, or null when it was accepted. */
function refusal(request: ReturnType<typeof readInvokeRequest>): string | null {
  return request.ok || request.reply.ok ? null : request.reply.error.code;
}

function appWindowContents(): StubWebContents {
  const contents = new StubWebContents();
  contents.mainFrame.url = `${indexUrl}#/applicants`;
  return contents;
}

function fromMainFrame(contents: StubWebContents): InvokeEventFacts {
  return { sender: contents, senderFrame: contents.mainFrame };
}

describe('the sender check', () => {
  const contents = appWindowContents();

  it('accepts the main frame of the app window showing index.html', () => {
    expect(isAppMainFrame(fromMainFrame(contents), contents.id, indexUrl)).toBe(true);
  });

  it('refuses a sender whose frame is gone', () => {
    expect(isAppMainFrame({ sender: contents, senderFrame: null }, contents.id, indexUrl)).toBe(false);
  });

  it('refuses while there is no app window', () => {
    expect(isAppMainFrame(fromMainFrame(contents), null, indexUrl)).toBe(false);
  });

  it('refuses an iframe, even one showing the app page', () => {
    const iframe = stubFrame(indexUrl, contents.mainFrame, contents.mainFrame.processId);
    expect(isAppMainFrame({ sender: contents, senderFrame: iframe }, contents.id, indexUrl)).toBe(false);
  });

  it('refuses a frame that merely looks like the main frame (another frame token, another process)', () => {
    expect(isAppMainFrame({ sender: contents, senderFrame: stubFrame(indexUrl, null, contents.mainFrame.processId) }, contents.id, indexUrl)).toBe(false);
    const otherProcess = { ...contents.mainFrame, processId: contents.mainFrame.processId + 100 };
    expect(isAppMainFrame({ sender: contents, senderFrame: otherProcess }, contents.id, indexUrl)).toBe(false);
  });

  it('accepts a second wrapper of the same main frame, recognised by its token', () => {
    expect(isAppMainFrame({ sender: contents, senderFrame: { ...contents.mainFrame } }, contents.id, indexUrl)).toBe(true);
  });

  it('refuses a frame detached from the page', () => {
    const detached = appWindowContents();
    const frame = detached.mainFrame;
    frame.detached = true;
    expect(isAppMainFrame({ sender: detached, senderFrame: frame }, detached.id, indexUrl)).toBe(false);
  });

  it('refuses the main frame of another webContents (a second window, DevTools)', () => {
    const other = appWindowContents();
    expect(isAppMainFrame(fromMainFrame(other), contents.id, indexUrl)).toBe(false);
  });

  it.each(['file:///etc/passwd', 'data:text/html,<script>1</script>', 'https://example.com/', 'http://127.0.0.1/', 'about:blank', `${indexUrl}?x=1`])(
    'refuses the app window once its main frame shows %s',
    (url) => {
      const navigated = appWindowContents();
      navigated.mainFrame.url = url;
      expect(isAppMainFrame(fromMainFrame(navigated), navigated.id, indexUrl)).toBe(false);
    },
  );
});

describe('the request envelope', () => {
  it('names a contract channel and carries its payload', () => {
    expect(readInvokeRequest({ channel: 'settings.update', payload: { language: 'en' } })).toEqual({ ok: true, channel: 'settings.update', payload: { language: 'en' } });
  });

  it.each([null, undefined, 'app.info', 42, [], ['app.info', {}]])('must be an object, not %s', (envelope) => {
    const request = readInvokeRequest(envelope);
    expect(refusal(request)).toBe('validation');
  });

  it.each(['settings.drop', '', 'APP.INFO', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'app.info ', 'x'.repeat(100_000), 42, null, true, {}, ['app.info'], Symbol('app.info')])(
    'refuses an unknown or non-string channel (%s)',
    (channel) => {
      const request = readInvokeRequest({ channel, payload: {} });
      expect(refusal(request)).toBe('unknown-channel');
      expect(JSON.stringify(request).length).toBeLessThan(300);
    },
  );

  it('refuses a payload larger than the limit', () => {
    const request = readInvokeRequest({ channel: 'applicants.create', payload: { nameZh: 'x'.repeat(MAX_PAYLOAD_CHARS) } });
    expect(refusal(request)).toBe('validation');
  });

  it('refuses a payload that is not plain data (a cycle, a BigInt)', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const payload of [cyclic, { n: 10n }]) {
      expect(refusal(readInvokeRequest({ channel: 'applicants.create', payload }))).toBe('validation');
    }
  });

  it('passes odd but plain payloads on, for the backend’s schema to judge', () => {
    for (const payload of [undefined, null, 0, 'text', [1, 2], { '__proto__': { admin: true } }]) {
      expect(readInvokeRequest({ channel: 'app.info', payload }).ok).toBe(true);
    }
  });
});

describe('the invoke handler', () => {
  const contents = appWindowContents();

  function handlerWith(invoke: (channel: Channel, payload: unknown) => Promise<Result<unknown>>) {
    const onReply = vi.fn();
    const report = vi.fn();
    const backend = vi.fn(invoke);
    const handler = createInvokeHandler({ appContentsId: () => contents.id, indexUrl, invoke: backend, onReply, report });
    return { handler, backend, onReply, report };
  }

  it('hands a checked request to the backend and returns its reply', async () => {
    const { handler, backend, onReply } = handlerWith(async () => ok({ language: 'en', currentApplicantId: null }));
    const reply = await handler(fromMainFrame(contents), { channel: 'settings.update', payload: { language: 'en' } });
    expect(reply).toEqual(ok({ language: 'en', currentApplicantId: null }));
    expect(backend).toHaveBeenCalledWith('settings.update', { language: 'en' });
    expect(onReply).toHaveBeenCalledWith('settings.update', reply);
  });

  it('refuses a foreign frame with a Result, before the backend sees anything', async () => {
    const { handler, backend, report } = handlerWith(async () => ok(null));
    const reply = await handler({ sender: contents, senderFrame: stubFrame(indexUrl, contents.mainFrame) }, { channel: 'app.info', payload: {} });
    expect(reply.ok).toBe(false);
    expect(backend).not.toHaveBeenCalled();
    expect(report).toHaveBeenCalledOnce();
  });

  it('refuses, with a Result, a frame disposed while its message was in flight', async () => {
    const { handler, backend } = handlerWith(async () => ok(null));
    const disposed = {
      ...contents.mainFrame,
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    await expect(handler({ sender: contents, senderFrame: disposed }, { channel: 'app.info', payload: {} })).resolves.toMatchObject({ ok: false });
    expect(backend).not.toHaveBeenCalled();
  });

  it('refuses an unknown channel with unknown-channel, before the backend sees anything', async () => {
    const { handler, backend } = handlerWith(async () => ok(null));
    const reply = await handler(fromMainFrame(contents), { channel: 'shell.openExternal', payload: 'https://example.com' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(backend).not.toHaveBeenCalled();
  });

  it('turns a backend that throws into an internal failure, never a rejection', async () => {
    const { handler } = handlerWith(async () => {
      throw new Error('disk full');
    });
    await expect(handler(fromMainFrame(contents), { channel: 'app.info', payload: {} })).resolves.toMatchObject({ ok: false, error: { code: 'internal', message: 'disk full' } });
  });

  it('still replies when the reply observer throws', async () => {
    const report = vi.fn();
    const handler = createInvokeHandler({
      appContentsId: () => contents.id,
      indexUrl,
      invoke: async () => ok(1),
      onReply: () => {
        throw new Error('menu failed');
      },
      report,
    });
    await expect(handler(fromMainFrame(contents), { channel: 'app.info', payload: {} })).resolves.toEqual(ok(1));
    expect(report).toHaveBeenCalledOnce();
  });
});

describe('registration', () => {
  beforeEach(resetElectronStub);

  it('handles exactly one IPC channel, the one the preload sends on', async () => {
    registerIpcBridge(ipcMain, { appContentsId: () => null, indexUrl, invoke: async () => ok(null), report: () => undefined });
    expect([...electronStub.handlers.keys()]).toEqual([INVOKE_CHANNEL]);
    const reply = await electronStub.handlers.get(INVOKE_CHANNEL)?.(fromMainFrame(appWindowContents()), { channel: 'app.info', payload: {} });
    expect(reply).toMatchObject({ ok: false });
  });
});
