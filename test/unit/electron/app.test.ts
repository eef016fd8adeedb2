// The glue, run against the Electron stub: what starting TitlePrep does, in order, and what it does when
// something goes wrong. The backend is a fake; its real behaviour is tested in test/integration.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../../shared/contract/channels';
import { type Result, ok } from '../../../shared/contract/result';
import { type Backend, type BackendOptions, BackendOpenError } from '../../../electron/backend';
import { runTitlePrep } from '../../../electron/main/app';
import { INVOKE_CHANNEL } from '../../../electron/preload/bridge';
import { StubBrowserWindow, type StubFrame, StubWebContents, electronStub, resetElectronStub, stubFrame } from '../../stubs/electron';

const mainDirectory = join('/opt', 'titleprep', 'out', 'main');

function fakeBackend(initial: Settings = { language: null, currentApplicantId: null }) {
  let settings = initial;
  const opened: BackendOptions[] = [];
  const state = { closed: false };
  const backend: Backend = {
    async invoke(channel, payload): Promise<Result<unknown>> {
      if (channel === 'settings.get') return ok(settings);
      if (channel === 'settings.update') {
        settings = { ...settings, ...(payload as Partial<Settings>) };
        return ok(settings);
      }
      return ok(null);
    },
    close: () => {
      state.closed = true;
    },
  };
  const open = (options: BackendOptions) => {
    opened.push(options);
    return backend;
  };
  return { open, opened, state };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));
const menuTitles = () => (electronStub.applicationMenu?.template as { label?: string }[] | undefined)?.map((menu) => menu.label);
const theWindow = () => {
  const window = StubBrowserWindow.created[0];
  if (!window) throw new Error('no window was created');
  return window;
};

let dataFolder = '';
beforeEach(() => {
  resetElectronStub();
  dataFolder = mkdtempSync(join(tmpdir(), 'titleprep-glue-'));
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dataFolder, { recursive: true, force: true });
});

async function start(backend = fakeBackend(), argv = ['electron', '.', `--data=${dataFolder}`]) {
  runTitlePrep({ mainDirectory, openBackend: backend.open, argv, cwd: '/' });
  await settle();
  return backend;
}

describe('a packaged TitlePrep and debuggers', () => {
  it('refuses --remote-debugging-port and --inspect before opening anything; development allows them', async () => {
    for (const argument of ['--remote-debugging-port=9222', '--inspect=9229']) {
      resetElectronStub();
      electronStub.app.isPackaged = true;
      const backend = await start(fakeBackend(), ['titleprep', argument, `--data=${dataFolder}`]);
      expect(electronStub.app.exitCode).toBe(1);
      expect(backend.opened).toEqual([]);
      expect(StubBrowserWindow.created).toHaveLength(0);
    }
    resetElectronStub();
    const developing = await start(fakeBackend(), ['electron', '.', '--inspect', `--data=${dataFolder}`]);
    expect(developing.opened).toHaveLength(1);
  });

  it('gives the packaged window no DevTools', async () => {
    resetElectronStub();
    electronStub.app.isPackaged = true;
    await start();
    expect(theWindow().options.webPreferences).toMatchObject({ devTools: false });
  });
});

describe('starting TitlePrep', () => {
  it('sandboxes every renderer, guards the session, opens the backend on the data folder and loads index.html', async () => {
    const backend = await start();
    expect(electronStub.app.sandboxed).toBe(true);
    // Everything the process creates is the user's alone.
    if (process.platform !== 'win32') expect(process.umask()).toBe(0o077);
    expect(electronStub.defaultSession.beforeRequest).not.toBeNull();
    expect(electronStub.defaultSession.permissionCheck?.({}, 'media')).toBe(false);
    expect(backend.opened).toEqual([{ dataDirectory: dataFolder, transport: 'electron', appVersion: '0.0.0-stub', openFile: expect.any(Function), parserLauncher: expect.any(Function), warmParser: true, warmUp: true }]);
    // Attachments open in the system viewer: the backend names the file, main hands it to the shell.
    expect(await backend.opened[0]?.openFile?.('/data/attachments/open/x.pdf')).toBe('');
    expect(electronStub.openedPaths).toEqual(['/data/attachments/open/x.pdf']);
    expect(StubBrowserWindow.created).toHaveLength(1);
    expect(theWindow().options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    // Served from the app's own privileged scheme, out/renderer only, never from file://.
    expect(theWindow().loaded).toEqual(['titleprep://app/index.html']);
    expect(electronStub.privilegedSchemes).toEqual([{ scheme: 'titleprep', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect([...electronStub.protocolHandlers.keys()]).toEqual(['titleprep']);
    expect([...electronStub.handlers.keys()]).toEqual([INVOKE_CHANNEL]);
  });

  it('shows the window only once it has painted', async () => {
    await start();
    expect(theWindow().visible).toBe(false);
    theWindow().emit('ready-to-show');
    expect(theWindow().visible).toBe(true);
  });

  it('guards every webContents created, the window’s included', async () => {
    await start();
    expect(theWindow().webContents.windowOpenHandler?.()).toEqual({ action: 'deny' });
    const devtools = new StubWebContents();
    electronStub.app.emit('web-contents-created', {}, devtools);
    expect(devtools.windowOpenHandler?.()).toEqual({ action: 'deny' });
  });

  it('shows the menu in the system language when the setting follows the system', async () => {
    electronStub.app.locale = 'zh-CN';
    await start();
    expect(menuTitles()).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
  });

  it('shows the menu in the language the user chose, whatever the system', async () => {
    electronStub.app.locale = 'zh-CN';
    await start(fakeBackend({ language: 'en', currentApplicantId: null }));
    expect(menuTitles()?.[0]).toBe('File');
  });
});

describe('while running', () => {
  async function invokeAs(sender: StubWebContents, frame: StubFrame | null, envelope: unknown) {
    const handler = electronStub.handlers.get(INVOKE_CHANNEL);
    return handler?.({ sender, senderFrame: frame }, envelope);
  }

  it('rebuilds the menu when the window changes the language', async () => {
    electronStub.app.locale = 'zh-CN';
    await start();
    const contents = theWindow().webContents;
    await expect(invokeAs(contents, contents.mainFrame, { channel: 'settings.update', payload: { language: 'en' } })).resolves.toMatchObject({ ok: true });
    expect(menuTitles()?.[0]).toBe('File');
    await invokeAs(contents, contents.mainFrame, { channel: 'settings.update', payload: { language: null } });
    expect(menuTitles()?.[0]).toBe('文件');
  });

  it('refuses IPC from an iframe or another webContents, and the menu stays as it was', async () => {
    electronStub.app.locale = 'zh-CN';
    await start();
    const contents = theWindow().webContents;
    const iframe = stubFrame(contents.mainFrame.url, contents.mainFrame);
    await expect(invokeAs(contents, iframe, { channel: 'settings.update', payload: { language: 'en' } })).resolves.toMatchObject({ ok: false });
    const other = new StubWebContents();
    other.mainFrame.url = contents.mainFrame.url;
    await expect(invokeAs(other, other.mainFrame, { channel: 'settings.update', payload: { language: 'en' } })).resolves.toMatchObject({ ok: false });
    expect(menuTitles()?.[0]).toBe('文件');
  });

  it('brings the window forward when TitlePrep is started a second time', async () => {
    await start();
    theWindow().minimized = true;
    electronStub.app.emit('second-instance', {}, ['electron', '.'], '/');
    expect(theWindow()).toMatchObject({ minimized: false, visible: true, focused: true });
  });

  it('remembers where the window was closed and reopens it there', async () => {
    await start();
    theWindow().bounds = { x: 40, y: 50, width: 1000, height: 700 };
    theWindow().emit('close');
    resetElectronStub();
    await start();
    expect(theWindow().options).toMatchObject({ x: 40, y: 50, width: 1000, height: 700 });
  });

  it('quits when the window closes, and closes the database on the way out', async () => {
    const backend = await start();
    electronStub.app.emit('window-all-closed');
    expect(electronStub.app.quitCalls).toBe(1);
    electronStub.app.emit('will-quit');
    expect(backend.state.closed).toBe(true);
  });
});

describe('when TitlePrep cannot start', () => {
  it('leaves the running copy alone when another holds the lock', async () => {
    electronStub.app.hasLock = false;
    const backend = await start();
    expect(electronStub.app.quitCalls).toBe(1);
    expect(backend.opened).toEqual([]);
    expect(StubBrowserWindow.created).toHaveLength(0);
  });

  it('says, in the system language, that a newer TitlePrep wrote the data, then quits with code 1', async () => {
    electronStub.app.locale = 'zh-CN';
    const open = () => {
      throw new BackendOpenError('database-newer', 'The data file has schema version 7; this TitlePrep knows 1');
    };
    runTitlePrep({ mainDirectory, openBackend: open, argv: [`--data=${dataFolder}`], cwd: '/' });
    await settle();
    expect(electronStub.errorBoxes).toHaveLength(1);
    expect(electronStub.errorBoxes[0]?.title).toBe('职称申报助手无法启动');
    expect(electronStub.errorBoxes[0]?.content).toContain('没有修改');
    expect(electronStub.app.exitCode).toBe(1);
    expect(StubBrowserWindow.created).toHaveLength(0);
  });

  it('says so when the page cannot be loaded', async () => {
    electronStub.failLoad = true;
    await start();
    expect(electronStub.errorBoxes[0]?.content).toMatch(/unexpected error/);
    expect(electronStub.app.exitCode).toBe(1);
  });

  it('says so when --data names no folder, without opening any data', async () => {
    const backend = await start(fakeBackend(), ['electron', '.', '--data']);
    expect(electronStub.errorBoxes[0]?.content).toContain('--data');
    expect(electronStub.app.exitCode).toBe(1);
    expect(backend.opened).toEqual([]);
  });
});
