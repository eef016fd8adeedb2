// `npm start`: build, then run the desktop app. Electron's binary is downloaded on first use; where that
// cannot happen (no internet beyond the npm registry), say so in one message that names browser mode,
// instead of the stack trace `require('electron')` would print.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const electronPackage = join(root, 'node_modules', 'electron');
const DOWNLOAD_TIME_LIMIT_MS = 60_000;

/** The Electron executable, or null when the package has not downloaded it (yet). */
function electronBinary() {
  let relative = '';
  try {
    relative = readFileSync(join(electronPackage, 'path.txt'), 'utf8').trim();
  } catch {
    // no path.txt: the download never completed
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return existsSync(join(override, relative || 'electron')) ? join(override, relative || 'electron') : null;
  if (relative === '') return null;
  const full = join(electronPackage, 'dist', relative);
  return existsSync(full) ? full : null;
}

/** The first line of the installer's error that is not a stack frame: the reason, without the trace. */
function reasonFrom(output) {
  const lines = String(output ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('at '));
  return lines[0] ?? 'the download failed';
}

/** One attempt with Electron's own installer, time-limited; returns null on success, else the reason. */
function downloadElectron() {
  if (process.env.TITLEPREP_SKIP_ELECTRON_DOWNLOAD === '1') return 'download skipped (TITLEPREP_SKIP_ELECTRON_DOWNLOAD=1)';
  const installer = join(electronPackage, 'install.js');
  if (!existsSync(installer)) return 'the electron package is not installed (run npm install)';
  console.log('TitlePrep: the Electron binary is missing; trying to download it once…');
  const result = spawnSync(process.execPath, [installer], {
    cwd: electronPackage,
    stdio: ['ignore', 'inherit', 'pipe'],
    timeout: DOWNLOAD_TIME_LIMIT_MS,
    encoding: 'utf8',
  });
  if (result.error?.code === 'ETIMEDOUT') return `no answer within ${DOWNLOAD_TIME_LIMIT_MS / 1000} s`;
  if (result.error) return result.error.message;
  if (result.status !== 0) return reasonFrom(result.stderr);
  return null;
}

function giveUp(reason) {
  console.error(
    [
      '',
      `TitlePrep cannot start as a desktop app: the Electron binary could not be downloaded (${reason}).`,
      'Run TitlePrep in your browser instead:',
      '',
      '    npm run start:browser',
      '',
      'To get the desktop app later, run `npm start` again on a machine with internet access.',
    ].join('\n'),
  );
  process.exit(1);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

let binary = electronBinary();
if (binary === null) {
  const reason = downloadElectron();
  binary = electronBinary();
  if (binary === null) giveUp(reason ?? 'the installer finished but left no binary');
}

const buildStatus = run(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build']);
if (buildStatus !== 0) {
  console.error('TitlePrep: the build failed (see above); the app was not started.');
  process.exit(buildStatus);
}

// ELECTRON_RUN_AS_NODE, if inherited, would make the binary behave as plain Node.
const environment = { ...process.env };
delete environment.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env: environment });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('error', (error) => {
  console.error(`TitlePrep: could not run ${binary}: ${error.message}`);
  process.exit(1);
});
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
