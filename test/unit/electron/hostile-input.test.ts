// More hostile input for the pure security checks of electron/main, beyond the shared HOSTILE_URLS list:
// the spellings browsers normalise (whitespace and control characters inside a scheme, upper case,
// backslashes, percent-encoded separators), schemes that run or show code, UNC shares reached through a
// file URL, frames that are not the app's main frame, and IPC envelopes built to confuse a lookup.
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { type InvokeEventFacts, createInvokeHandler, isAppMainFrame, readInvokeRequest } from '../../../electron/main/ipc-bridge';
import { navigationAllowed } from '../../../electron/main/navigation';
import { requestAllowed } from '../../../electron/main/security';
import { isAppIndexUrl, isFileUrlInside, localFilePath } from '../../../electron/main/trusted-url';
import { ok } from '../../../shared/contract/result';
import { StubWebContents, stubFrame } from '../../stubs/electron';
import { indexUrl, rendererDirectory } from './fixtures';

const rendererUrl = pathToFileURL(rendererDirectory).href;

/** Spellings that a URL parser turns into something other than the app's page, or refuses. */
const NORMALISED_HOSTILE = [
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  'java\nscript:alert(1)',
  'java\tscript:alert(1)',
  '\u0000javascript:alert(1)',
  'javascript:/*file:///opt/titleprep/out/renderer/index.html*/alert(1)',
  `javascript:location='${indexUrl}'`,
  'vbscript:msgbox(1)',
  'DATA:text/html,<script>alert(1)</script>',
  `view-source:${indexUrl}`,
  `filesystem:${rendererUrl}/index.html`,
  'FILE:///etc/passwd',
  'file:\\\\server\\share\\index.html',
  'file:///\\\\server\\share\\index.html',
  'file:///%5C%5Cserver%5Cshare%5Cindex.html',
  'file://localhost/etc/passwd',
  'file://127.0.0.1/c$/Windows/win.ini',
  'file://[::1]/etc/passwd',
  `file://server${rendererDirectory}/index.html`,
  'file:///C:/Windows/System32/drivers/etc/hosts',
  'file:///c:/..%5C..%5CWindows%5Cwin.ini',
  `${rendererUrl}/index.html/..`,
  `${rendererUrl}/assets/../../main/index.js`,
  'devtools://devtools/bundled/devtools_app.html',
  'chrome-extension://abcdefghijklmnop/popup.html',
  'chrome-error://chromewebdata/',
  'http://127.0.0.1.nip.io/',
  'http://0x7f000001/',
  'http://[::ffff:127.0.0.1]/',
] as const;

/** Files of the renderer folder (if they existed) that are still not the app's page. */
const NOT_THE_PAGE = [`${rendererUrl}/index.html%23/applicants`, `${rendererUrl}/INDEX.HTML`, `${rendererUrl}/index.html%2500`, `${rendererUrl}/index.html;x`] as const;

describe('navigation and the app page, against normalised spellings', () => {
  it.each([...NORMALISED_HOSTILE, ...NOT_THE_PAGE])('never navigate to %j', (url) => {
    expect(navigationAllowed(url, indexUrl)).toBe(false);
    expect(isAppIndexUrl(url, indexUrl)).toBe(false);
  });

  it('still accept the page itself written with a redundant ./ segment (the parser removes it)', () => {
    expect(navigationAllowed(`${rendererUrl}/./index.html#/profile`, indexUrl)).toBe(true);
  });
});

describe('the app’s own files, against UNC shares and climbs spelt in a file URL', () => {
  it.each(NORMALISED_HOSTILE)('%j is not one of them', (url) => {
    expect(isFileUrlInside(url, rendererDirectory)).toBe(false);
  });

  it('a file URL with any host (a UNC share on Windows) has no local path', () => {
    for (const url of ['file://server/share/a.js', 'file://127.0.0.1/c$/x', 'file://[::1]/x', 'file:\\\\server\\share\\a.js']) {
      expect(localFilePath(url)).toBeNull();
    }
  });
});

describe('requests from the page', () => {
  // (data: may be an image inside the page; as a document it is refused, below.)
  it.each(NORMALISED_HOSTILE.filter((url) => !/^data:/i.test(url)))('never load %j, whatever the resource type', (url) => {
    for (const resourceType of ['mainFrame', 'subFrame', 'script', 'stylesheet', 'xhr', 'font', 'media', 'object', 'ping', 'cspReport', undefined]) {
      if (url.startsWith('devtools:')) continue; // DevTools may load its own pages; it cannot be reached from the page
      expect(requestAllowed({ url, resourceType }, rendererDirectory)).toBe(false);
    }
  });

  it('never turn a data: or blob: URL into a document, whatever the letter case', () => {
    for (const url of ['DATA:text/html,x', 'Data:text/html;base64,eA==', 'BLOB:file:///0a1b', 'blob:null/0a1b']) {
      expect(requestAllowed({ url, resourceType: 'mainFrame' }, rendererDirectory)).toBe(false);
      expect(requestAllowed({ url, resourceType: 'subFrame' }, rendererDirectory)).toBe(false);
    }
  });
});

describe('IPC from frames that are not the app window’s main frame', () => {
  function appWindow() {
    const contents = new StubWebContents();
    contents.mainFrame.url = `${indexUrl}#/applicants`;
    return contents;
  }

  it.each([
    ['an iframe showing a data: page', (contents: StubWebContents) => stubFrame('data:text/html,<script>1</script>', contents.mainFrame, contents.mainFrame.processId)],
    ['an iframe showing another file of the app', (contents: StubWebContents) => stubFrame(`${rendererUrl}/assets/x.html`, contents.mainFrame, contents.mainFrame.processId)],
    ['a sandboxed iframe of the page (about:srcdoc)', (contents: StubWebContents) => stubFrame('about:srcdoc', contents.mainFrame, contents.mainFrame.processId)],
    ['a frame with the main frame’s URL but no parent and another token', (contents: StubWebContents) => stubFrame(contents.mainFrame.url, null, contents.mainFrame.processId)],
    ['a copy of the main frame whose token is empty', (contents: StubWebContents) => ({ ...contents.mainFrame, frameToken: '' })],
  ])('refuses %s', (_name, makeFrame) => {
    const contents = appWindow();
    expect(isAppMainFrame({ sender: contents, senderFrame: makeFrame(contents) }, contents.id, indexUrl)).toBe(false);
  });

  it('refuses a main frame showing a page of the same folder with a look-alike name', () => {
    for (const url of [`${rendererUrl}/index.html.evil.html`, `${rendererUrl}/index.htm`, `${rendererUrl}-evil/index.html`]) {
      const contents = appWindow();
      contents.mainFrame.url = url;
      expect(isAppMainFrame({ sender: contents, senderFrame: contents.mainFrame }, contents.id, indexUrl)).toBe(false);
    }
  });

  it('refuses, without reaching the backend, a frame that throws when read (disposed mid-flight)', async () => {
    const contents = appWindow();
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      parent: null,
      detached: false,
      processId: contents.mainFrame.processId,
      frameToken: contents.mainFrame.frameToken,
    };
    const invoke = vi.fn(async () => ok({}));
    const handler = createInvokeHandler({ appContentsId: () => contents.id, indexUrl, invoke, report: () => undefined });
    const event: InvokeEventFacts = { sender: contents, senderFrame: disposed };
    const reply = await handler(event, { channel: 'app.info', payload: {} });
    expect(reply.ok).toBe(false);
    expect(invoke).not.toHaveBeenCalled();
  });
});

describe('IPC envelopes built to confuse the channel lookup', () => {
  const code = (envelope: unknown) => {
    const request = readInvokeRequest(envelope);
    return request.ok ? 'accepted' : request.reply.ok ? 'ok' : request.reply.error.code;
  };

  it.each(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'app.info\u0000', ' app.info', 'APP.INFO'])(
    'a channel named %j is unknown',
    (channel) => {
      expect(code({ channel, payload: {} })).toBe('unknown-channel');
    },
  );

  it('a channel hidden in an own __proto__ key (as JSON.parse makes it) is unknown', () => {
    expect(code(JSON.parse('{"__proto__": {"channel": "app.info", "payload": {}}}'))).toBe('unknown-channel');
  });

  it('a payload that is not plain data (a cycle, a BigInt, a getter that throws) is refused as validation', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    const trap = Object.defineProperty({}, 'x', {
      enumerable: true,
      get() {
        throw new Error('trap');
      },
    });
    for (const payload of [cycle, { n: 10n }, trap]) expect(code({ channel: 'app.info', payload })).toBe('validation');
  });
});
