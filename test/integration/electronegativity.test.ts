// The Electron security scan (`npm run security:scan`): Electronegativity over electron/main,
// electron/preload and renderer/index.html, offline, with every finding explained in
// security/electronegativity-accepted.json.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Finding, isAccepted, readAccepted } from '../../scripts/security/electronegativity';

const root = resolve(import.meta.dirname, '..', '..');

describe('the Electronegativity scan', () => {
  it('leaves no finding unexplained, parses every file and opens no network connection', () => {
    const loader = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
    const run = spawnSync(process.execPath, ['--import', loader, join(root, 'scripts', 'security', 'electronegativity.ts')], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(output).toMatch(/Electronegativity: \d+ findings, 0 unexplained, 0 parse errors, 0 network connections/);
    expect(run.status, output).toBe(0);
  }, 150_000);

  it('every accepted finding names a check and a file, and says why', () => {
    for (const entry of readAccepted()) {
      expect(entry.check).toMatch(/^[A-Z_]+_CHECK$/);
      expect(entry.file).toMatch(/^(electron\/(main|preload)\/|renderer\/)/);
      expect(entry.reason.length).toBeGreaterThan(40);
    }
  });

  it('an explanation covers its check in its file only', () => {
    const finding: Finding = { check: 'SANDBOX_JS_CHECK', file: 'electron/main/window.ts', line: 27, severity: 'MEDIUM', confidence: 'FIRM', description: '' };
    const accepted = [{ check: 'SANDBOX_JS_CHECK', file: 'electron/main/window.ts', reason: 'x' }];
    expect(isAccepted(finding, accepted)).toBeDefined();
    expect(isAccepted({ ...finding, file: 'electron/main/other-window.ts' }, accepted)).toBeUndefined();
    expect(isAccepted({ ...finding, check: 'NODE_INTEGRATION_JS_CHECK' }, accepted)).toBeUndefined();
  });
});
