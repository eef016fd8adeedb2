// `npm run package:win|mac|linux`: builds the installers of electron-builder.yml on this system. Needs
// internet access and Node 22.12 or later (Electron's and @electron/rebuild's own requirement), and the
// system it builds for (NSIS on Windows, dmg on macOS, AppImage and deb on Linux).
//
// better-sqlite3 in node_modules is built for Node, which the tests need. For the package it is rebuilt for
// Electron's ABI with @electron/rebuild just before electron-builder copies it, and rebuilt for Node again
// afterwards, whatever happened, so the working copy stays testable. Never in postinstall: offline, a
// rebuild "succeeds" and leaves a Node binary labelled for Electron.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const PLATFORMS = { win: '--win', mac: '--mac', linux: '--linux' } as const;
type Platform = keyof typeof PLATFORMS;

/** Runs a step; npm is a .cmd script on Windows, which only a shell can start. */
function run(what: string, command: string, args: string[]): void {
  console.log(`\n> ${what}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' && command === 'npm' });
  if (result.status !== 0) throw new Error(`${what} failed (exit code ${result.status ?? result.signal})`);
}

function main(): void {
  const platform = process.argv[2] as Platform | undefined;
  if (platform === undefined || !(platform in PLATFORMS)) {
    console.error('Usage: npm run package:win | package:mac | package:linux');
    process.exit(2);
  }
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 12)) {
    console.error(`Packaging needs Node 22.12 or later (this is ${process.versions.node}): Electron's installer and @electron/rebuild require it.`);
    process.exit(2);
  }
  const { devDependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  const electronVersion = devDependencies.electron;
  if (electronVersion === undefined) throw new Error('package.json names no electron version');
  const npm = 'npm';

  run('build the three bundles', npm, ['run', 'build']);
  try {
    run(
      `rebuild better-sqlite3 for Electron ${electronVersion}`,
      process.execPath,
      [join(root, 'node_modules', '@electron', 'rebuild', 'lib', 'cli.js'), '--version', electronVersion, '--module-dir', root, '--only', 'better-sqlite3', '--force'],
    );
    run(`package for ${platform}`, process.execPath, [join(root, 'node_modules', 'electron-builder', 'cli.js'), PLATFORMS[platform], '--publish', 'never']);
  } finally {
    run('rebuild better-sqlite3 for Node again (the tests use it)', npm, ['rebuild', 'better-sqlite3']);
  }
  console.log(`\nThe installers are in ${join(root, 'dist')}.`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
