// An in-memory stand-in for the `electron` module (vitest aliases `electron` here): the real one would try
// to download its binary. It records what the glue does, and lets a test play the user or the system.
// Tests import the helpers from this file directly; the glue sees only the Electron-shaped exports.
import { EventEmitter } from 'node:events';

type Listener = (...args: never[]) => unknown;

class Emitter {
  private readonly emitter = new EventEmitter();
  on(event: string, listener: Listener): this {
    this.emitter.on(event, listener as (...args: unknown[]) => void);
    return this;
  }
  once(event: string, listener: Listener): this {
    this.emitter.once(event, listener as (...args: unknown[]) => void);
    return this;
  }
  emit(event: string, ...args: unknown[]): boolean {
    return this.emitter.emit(event, ...args);
  }
  listenerCount(event: string): number {
    return this.emitter.listenerCount(event);
  }
}

export interface StubFrame {
  url: string;
  parent: StubFrame | null;
  detached: boolean;
  processId: number;
  frameToken: string;
}

let nextContentsId = 1;
let nextFrameToken = 1;

/** A frame of a renderer process; pass `parent` for an iframe. */
export function stubFrame(url: string, parent: StubFrame | null = null, processId = 1): StubFrame {
  return { url, parent, detached: false, processId, frameToken: `frame-${nextFrameToken++}` };
}

export class StubWebContents extends Emitter {
  readonly id = nextContentsId++;
  readonly mainFrame: StubFrame = stubFrame('about:blank', null, this.id);
  windowOpenHandler: (() => { action: string }) | null = null;
  setWindowOpenHandler(handler: () => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export interface StubBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class StubBrowserWindow extends Emitter {
  static readonly created: StubBrowserWindow[] = [];
  readonly webContents = new StubWebContents();
  readonly loaded: string[] = [];
  bounds: StubBounds;
  maximized = false;
  minimized = false;
  visible = false;
  focused = false;
  destroyed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    this.bounds = {
      x: typeof options.x === 'number' ? options.x : 0,
      y: typeof options.y === 'number' ? options.y : 0,
      width: Number(options.width ?? 800),
      height: Number(options.height ?? 600),
    };
    StubBrowserWindow.created.push(this);
    electronStub.app.emit('web-contents-created', {}, this.webContents);
  }
  async loadFile(path: string): Promise<void> {
    if (electronStub.failLoad) throw new Error(`ERR_FILE_NOT_FOUND: ${path}`);
    this.loaded.push(path);
    this.webContents.mainFrame.url = new URL(`file://${path}`).href;
  }
  async loadURL(url: string): Promise<void> {
    if (electronStub.failLoad) throw new Error(`ERR_FILE_NOT_FOUND: ${url}`);
    this.loaded.push(url);
    this.webContents.mainFrame.url = url;
  }
  getNormalBounds(): StubBounds {
    return { ...this.bounds };
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focused = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

type RequestListener = (details: { url: string; resourceType?: string }, callback: (response: { cancel: boolean }) => void) => void;
type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders: Record<string, string[]> }) => void,
) => void;

export class StubSession extends Emitter {
  beforeRequest: RequestListener | null = null;
  headersReceived: HeadersListener | null = null;
  permissionRequest: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  permissionCheck: ((contents: unknown, permission: string) => boolean) | null = null;
  devicePermission: (() => boolean) | null = null;
  readonly webRequest = {
    onBeforeRequest: (listener: RequestListener) => {
      this.beforeRequest = listener;
    },
    onHeadersReceived: (listener: HeadersListener) => {
      this.headersReceived = listener;
    },
  };
  setPermissionRequestHandler(handler: StubSession['permissionRequest']): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: StubSession['permissionCheck']): void {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler: StubSession['devicePermission']): void {
    this.devicePermission = handler;
  }
}

class StubApp extends Emitter {
  sandboxed = false;
  quitCalls = 0;
  exitCode: number | null = null;
  locale = 'en-US';
  hasLock = true;
  isPackaged = false;
  readonly paths = new Map<string, string>([['userData', '/tmp/titleprep-stub-user-data']]);
  private ready = Promise.resolve();
  enableSandbox(): void {
    this.sandboxed = true;
  }
  whenReady(): Promise<void> {
    return this.ready;
  }
  getPath(name: string): string {
    return this.paths.get(name) ?? `/tmp/titleprep-stub-${name}`;
  }
  setPath(name: string, value: string): void {
    this.paths.set(name, value);
  }
  getLocale(): string {
    return this.locale;
  }
  getVersion(): string {
    return '0.0.0-stub';
  }
  /** What app.getAppMetrics lists: set by a test (pid → working set in KB). */
  metrics: { pid: number; type: string; memory: { workingSetSize: number; peakWorkingSetSize: number } }[] = [];
  getAppMetrics() {
    return this.metrics;
  }
  requestSingleInstanceLock(): boolean {
    return this.hasLock;
  }
  quit(): void {
    this.quitCalls += 1;
  }
  exit(code = 0): void {
    this.exitCode = code;
  }
}

interface StubMenu {
  template: unknown[];
}

/** Everything the stub recorded; `resetElectronStub()` starts a test from scratch. */
export const electronStub = {
  app: new StubApp(),
  defaultSession: new StubSession(),
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  applicationMenu: null as StubMenu | null,
  errorBoxes: [] as { title: string; content: string }[],
  openedPaths: [] as string[],
  exposed: new Map<string, unknown>(),
  rendererInvocations: [] as { channel: string; args: unknown[] }[],
  rendererReply: (async () => ({ ok: true, value: null })) as (channel: string, ...args: unknown[]) => Promise<unknown>,
  workAreas: [{ x: 0, y: 0, width: 1920, height: 1040 }] as StubBounds[],
  failLoad: false,
  privilegedSchemes: [] as { scheme: string; privileges: object }[],
  protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
};

export function resetElectronStub(): void {
  electronStub.app = new StubApp();
  electronStub.defaultSession = new StubSession();
  electronStub.handlers.clear();
  electronStub.applicationMenu = null;
  electronStub.errorBoxes.length = 0;
  electronStub.openedPaths.length = 0;
  electronStub.exposed.clear();
  electronStub.rendererInvocations.length = 0;
  electronStub.rendererReply = async () => ({ ok: true, value: null });
  electronStub.workAreas = [{ x: 0, y: 0, width: 1920, height: 1040 }];
  electronStub.failLoad = false;
  electronStub.privilegedSchemes.length = 0;
  electronStub.protocolHandlers.clear();
  StubBrowserWindow.created.length = 0;
  StubUtilityProcess.forked.length = 0;
}

// The module's exports, shaped like Electron's. `app` and `session` read the current stub state, so a
// reset between tests also reaches modules that imported them earlier.
export const app = new Proxy({} as StubApp, {
  get: (_target, property) => {
    const value: unknown = Reflect.get(electronStub.app, property);
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(electronStub.app) : value;
  },
});
export const BrowserWindow = StubBrowserWindow;
export const session = {
  get defaultSession(): StubSession {
    return electronStub.defaultSession;
  },
};
export const ipcMain = {
  // Typed as loosely as Electron's own `handle`, so the glue's narrower listener types fit.
  handle(channel: string, listener: (event: never, ...args: never[]) => unknown): void {
    if (electronStub.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    electronStub.handlers.set(channel, listener as (event: unknown, ...args: unknown[]) => unknown);
  },
};
export const Menu = {
  buildFromTemplate: (template: unknown[]): StubMenu => ({ template }),
  setApplicationMenu(menu: StubMenu | null): void {
    electronStub.applicationMenu = menu;
  },
};
export const dialog = {
  showErrorBox(title: string, content: string): void {
    electronStub.errorBoxes.push({ title, content });
  },
};
export const shell = {
  async openPath(path: string): Promise<string> {
    electronStub.openedPaths.push(path);
    return '';
  },
};
export const screen = {
  getPrimaryDisplay: () => ({ workArea: electronStub.workAreas[0] ?? { x: 0, y: 0, width: 1024, height: 768 } }),
  getAllDisplays: () => electronStub.workAreas.map((workArea) => ({ workArea })),
};
/** A utility process that never starts anything: it records what was forked and sent. */
export class StubUtilityProcess extends Emitter {
  static readonly forked: { modulePath: string; args: string[]; options: unknown; process: StubUtilityProcess }[] = [];
  readonly pid = 4242;
  readonly sent: unknown[] = [];
  killed = false;
  postMessage(message: unknown): void {
    this.sent.push(message);
  }
  kill(): boolean {
    this.killed = true;
    return true;
  }
}
export const utilityProcess = {
  fork(modulePath: string, args: string[] = [], options: unknown = {}): StubUtilityProcess {
    const process = new StubUtilityProcess();
    StubUtilityProcess.forked.push({ modulePath, args, options, process });
    return process;
  },
};
/** Records the privileged schemes and the handlers the glue registers; a test calls a handler itself. */
export const protocol = {
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges: object }[]): void {
    electronStub.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: (request: { url: string }) => Promise<Response>): void {
    if (electronStub.protocolHandlers.has(scheme)) throw new Error(`The scheme ${scheme} is already handled`);
    electronStub.protocolHandlers.set(scheme, handler);
  },
};
export const contextBridge = {
  exposeInMainWorld(name: string, api: unknown): void {
    electronStub.exposed.set(name, api);
  },
};
export const ipcRenderer = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    electronStub.rendererInvocations.push({ channel, args });
    return electronStub.rendererReply(channel, ...args);
  },
};
