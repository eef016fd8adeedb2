// Starts the real app in browser mode (a child process, as a user would) and Debian's Chromium.
// Each test gets a fresh data folder; the app says it has started by printing its URL.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..', '..');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface RunningApp {
  url: string;
  origin: string;
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface StartOptions {
  /** Shifts the backend's clock to this ISO instant (TITLEPREP_NOW). */
  now?: string;
}

/** Runs `start:browser` on `dataDirectory`; the renderer must already be built (npm test builds it). */
export async function startApp(dataDirectory: string, options: StartOptions = {}): Promise<RunningApp> {
  if (!existsSync(join(root, 'out', 'renderer', 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` first (npm test does).');
  }
  const child: ChildProcess = spawn(
    process.execPath,
    [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'start-browser.ts'), '--data', dataDirectory, '--port', '0', '--no-build'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: options.now ? { ...process.env, TITLEPREP_NOW: options.now } : process.env },
  );
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`The app did not start within 20 s:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The app exited with ${code} before starting:\n${output}`));
    });
  });
  return {
    url,
    origin: new URL(url).origin,
    output: () => output,
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill(signal);
      }),
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export interface PageWatch {
  consoleErrors: string[];
  /** Every URL the page requested that is not on the app's own origin. */
  foreignRequests: string[];
}

/** Records console errors and any request that leaves the app's origin, from the first load on. */
export function watchPage(page: Page, origin: string): PageWatch {
  const watch: PageWatch = { consoleErrors: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) watch.foreignRequests.push(url);
  });
  return watch;
}

/** Waits for the renderer's "started" signal instead of sleeping. */
export async function waitUntilReady(page: Page): Promise<void> {
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
}

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** Why a browser test must skip (Chromium missing), or null; says so on the console when it skips. */
export function browserSkipReason(what: string): string | null {
  if (chromiumAvailable()) return null;
  const reason = `Chromium is not installed at ${CHROMIUM_PATH} (apt-get install chromium)`;
  console.warn(`Skipping ${what}: ${reason}`);
  return reason;
}

export interface RequestWatch {
  /** Every URL requested by any page, frame or worker of the context, in order (WebSockets included). */
  readonly requests: string[];
  /** The requests whose host is not loopback (127.0.0.0/8, localhost, [::1]); data: and blob: stay in the page. */
  leavingLoopback(): string[];
  /** The requests to anything but the app's own origin (another loopback port included). */
  offOrigin(): string[];
  /** Resolves once no request has been in flight for `quietMs` (at most `timeoutMs`). */
  idle(quietMs?: number, timeoutMs?: number): Promise<void>;
}

/** True for a URL that stays on this machine: loopback hosts, and the in-page schemes (data:, blob:, about:). */
export function isLoopbackUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:') return true;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * Records every request of the page's browser context from now on, so a test can assert that nothing left
 * loopback (`expect(watch.leavingLoopback()).toEqual([])`). Start it before the first `goto`.
 */
export function watchRequests(page: Page, origin: string): RequestWatch {
  const requests: string[] = [];
  let inFlight = 0;
  let lastChange = Date.now();
  const context = page.context();
  const settle = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastChange = Date.now();
  };
  context.on('request', (request) => {
    requests.push(request.url());
    inFlight += 1;
    lastChange = Date.now();
  });
  context.on('requestfinished', settle);
  context.on('requestfailed', settle);
  page.on('websocket', (socket) => requests.push(socket.url()));
  const inPage = (url: string) => url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:');
  return {
    requests,
    leavingLoopback: () => requests.filter((url) => !isLoopbackUrl(url)),
    offOrigin: () => requests.filter((url) => !inPage(url) && !url.startsWith(`${origin}/`) && url !== origin),
    idle: async (quietMs = 250, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (inFlight === 0 && Date.now() - lastChange >= quietMs) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`Requests still in flight after ${timeoutMs} ms: ${inFlight}`);
    },
  };
}
