// `npm start` where no Electron binary can be had: one clear message naming browser mode, exit code 1,
// no stack trace, and quickly. The script runs for real in a child process, from a copy placed in an
// empty project, so the binary is missing whatever this machine has installed.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const script = resolve(import.meta.dirname, '../../../scripts/start-electron.mjs');
const project = mkdtempSync(join(tmpdir(), 'titleprep-start-'));
mkdirSync(join(project, 'scripts'));
copyFileSync(script, join(project, 'scripts', 'start-electron.mjs'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

function startScript(environment: Record<string, string>, folder = project, args: string[] = []) {
  const began = Date.now();
  const result = spawnSync(process.execPath, [join(folder, 'scripts', 'start-electron.mjs'), ...args], {
    cwd: folder,
    encoding: 'utf8',
    timeout: 20_000,
    env: { PATH: process.env.PATH ?? '', ...environment },
  });
  return { ...result, seconds: (Date.now() - began) / 1000, output: `${result.stdout}${result.stderr}` };
}

describe('npm start without an Electron binary', () => {
  it('names `npm run start:browser` in one clear message and exits with code 1', () => {
    const result = startScript({ TITLEPREP_SKIP_ELECTRON_DOWNLOAD: '1' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('the Electron binary could not be downloaded');
    expect(result.stderr).toContain('npm run start:browser');
    expect(result.output).not.toMatch(/^\s+at\s/m);
    expect(result.output).not.toMatch(/Error:|node:internal/);
    expect(result.seconds).toBeLessThan(10);
  });

  it('gives the same message when the download attempt itself cannot run', () => {
    const result = startScript({});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('npm run start:browser');
    expect(result.stderr).toContain('the electron package is not installed');
    expect(result.output).not.toMatch(/^\s+at\s/m);
  });
});

/** A project whose Electron "binary" and electron-vite are small scripts that report what they were given. */
function projectWithFakeElectron(buildStatus: number): string {
  const folder = mkdtempSync(join(tmpdir(), 'titleprep-start-fake-'));
  mkdirSync(join(folder, 'scripts'));
  copyFileSync(script, join(folder, 'scripts', 'start-electron.mjs'));
  mkdirSync(join(folder, 'node_modules', 'electron', 'dist'), { recursive: true });
  writeFileSync(join(folder, 'node_modules', 'electron', 'path.txt'), 'electron');
  const binary = join(folder, 'node_modules', 'electron', 'dist', 'electron');
  writeFileSync(binary, `#!/bin/sh\necho "electron ran with: $*"\nexit 3\n`);
  chmodSync(binary, 0o755);
  mkdirSync(join(folder, 'node_modules', 'electron-vite', 'bin'), { recursive: true });
  writeFileSync(join(folder, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), `console.log('electron-vite ' + process.argv.slice(2).join(' '));\nprocess.exit(${buildStatus});\n`);
  return folder;
}

describe.skipIf(process.platform === 'win32')('npm start with an Electron binary', () => {
  it('builds, then runs the binary on the project with the given arguments, and passes its exit code on', () => {
    const folder = projectWithFakeElectron(0);
    try {
      const result = startScript({}, folder, ['--data=/tmp/x']);
      expect(result.stdout).toContain('electron-vite build');
      expect(result.stdout).toContain(`electron ran with: ${folder} --data=/tmp/x`);
      expect(result.status).toBe(3);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('does not start the app when the build fails', () => {
    const folder = projectWithFakeElectron(2);
    try {
      const result = startScript({}, folder);
      expect(result.status).toBe(2);
      expect(result.stdout).not.toContain('electron ran');
      expect(result.stderr).toContain('the build failed');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
