// `npm run start:browser -- --data DIR --port N`: the real renderer and backend, served on 127.0.0.1.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BackendOpenError, openBackend } from '../electron/backend';
import { restrictToUser } from '../electron/backend/privateFiles';
import { startBrowserServer } from '../electron/backend/transport/browserServer';

const root = resolve(import.meta.dirname, '..');
const rendererDirectory = join(root, 'out', 'renderer');

/** The folder Electron would use as userData, so both modes see the same applicants by default. */
function defaultDataDirectory(): string {
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'TitlePrep');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'TitlePrep');
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'TitlePrep');
}

function newestModification(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestModification(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function buildIfStale(): void {
  const built = join(rendererDirectory, 'index.html');
  const sources = ['renderer', 'shared', 'templates'].filter((dir) => existsSync(join(root, dir)));
  const stale = !existsSync(built) || sources.some((dir) => newestModification(join(root, dir)) > statSync(built).mtimeMs);
  if (!stale) return;
  console.log('Building the renderer…');
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error('The build failed; see the messages above.');
    process.exit(1);
  }
}

/**
 * TITLEPREP_NOW=<ISO instant> shifts the backend's clock (tests of "the first save of a day" and of
 * deadlines); time still runs from there. Never set in normal use, and announced when set.
 */
function shiftedClock(): (() => Date) | undefined {
  const value = process.env.TITLEPREP_NOW;
  if (!value) return undefined;
  const target = Date.parse(value);
  if (Number.isNaN(target)) {
    console.error(`TITLEPREP_NOW must be an ISO date and time, not "${value}".`);
    process.exit(2);
  }
  const offset = target - Date.now();
  console.log(`Note: the clock is shifted to ${new Date(target).toISOString()} (TITLEPREP_NOW).`);
  return () => new Date(Date.now() + offset);
}

async function main(): Promise<void> {
  // The data folder and everything the server and backend create in it are the user's alone.
  restrictToUser();
  const { values } = parseArgs({
    options: { data: { type: 'string' }, port: { type: 'string', default: '0' }, 'no-build': { type: 'boolean' } },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a number from 0 to 65535 (0 picks a free port), not "${values.port}".`);
    process.exit(2);
  }
  if (!values['no-build']) buildIfStale();
  const dataDirectory = resolve(values.data ?? defaultDataDirectory());
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

  let backend;
  try {
    backend = openBackend({ dataDirectory, transport: 'browser', appVersion: version, now: shiftedClock(), warmParser: true, warmUp: true });
  } catch (error) {
    if (error instanceof BackendOpenError) {
      console.error(`TitlePrep cannot start: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const server = await startBrowserServer({ backend, rendererDirectory, port });
  console.log(`TitlePrep (browser mode), data in ${dataDirectory}. Open ${server.url}`);

  const stop = async () => {
    await server.close();
    backend.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

void main();
