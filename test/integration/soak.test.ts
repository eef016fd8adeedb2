// The crash soak: a short run of `npm run soak` (the long run's figures are in the lead's note), and the
// check behind it, shown to notice a save that is not there.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, openBackend } from '../../electron/backend';
import { Ledger, SOAK_PROGRAMME_ID, parseAck, profileMarker, summaryMarker, verifyLedger } from '../../scripts/soak/ledger';
import { makeTempDir } from '../support/tempDir';
import { value } from '../support/result';

const root = resolve(import.meta.dirname, '..', '..');

describe('npm run soak', () => {
  it('survives 5 SIGKILLs with nothing corrupt and no acknowledged save lost', () => {
    const loader = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
    const run = spawnSync(process.execPath, ['--import', loader, join(root, 'scripts', 'soak', 'index.ts'), '--kills', '5', '--max-delay', '300'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    });
    const lines = run.stdout.trim().split('\n');
    expect(lines.at(-1), `${run.stdout}\n${run.stderr}`).toBe('5 kills, 0 corrupt, 0 lost');
    expect(run.status).toBe(0);
    expect(Number(/^(\d+) saves acknowledged/m.exec(run.stdout)?.[1])).toBeGreaterThan(0);
  }, 150_000);

  it('refuses a bad --kills with exit code 2', () => {
    const loader = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
    const run = spawnSync(process.execPath, ['--import', loader, join(root, 'scripts', 'soak', 'index.ts'), '--kills', 'many'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--kills');
  });
});

describe('the soak’s check of acknowledged saves', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let backend: Backend;
  let applicantId: string;

  beforeEach(async () => {
    dir = makeTempDir();
    backend = openBackend({ dataDirectory: dir.path, transport: 'browser', appVersion: 'test' });
    applicantId = value<{ id: string }>(await backend.invoke('applicants.create', { nameZh: '张伟', nameLatin: '' })).id;
    const document = { format: 1, blocks: [{ type: 'paragraph', text: summaryMarker(applicantId, 1), marks: [] }] };
    value(await backend.invoke('summary.save', { applicantId, programmeId: SOAK_PROGRAMME_ID, document, baseRevision: 0 }));
  });
  afterEach(() => {
    backend.close();
    dir.remove();
  });

  it('passes when the stored revision is the acknowledged one or a later one', async () => {
    const ledger = new Ledger();
    ledger.add({ kind: 'applicant', applicantId });
    ledger.add({ kind: 'summary', applicantId, revision: 1, marker: summaryMarker(applicantId, 1) });
    expect(await verifyLedger(backend, ledger)).toEqual([]);
  });

  it('reports an acknowledged revision the file does not hold, a wrong text and a missing snapshot', async () => {
    const ledger = new Ledger();
    ledger.add({ kind: 'profile', applicantId, revision: 3, marker: profileMarker(3) });
    ledger.add({ kind: 'summary', applicantId, revision: 1, marker: 'another text' });
    ledger.add({ kind: 'snapshot', applicantId, snapshotId: 42, name: 'soak 1-1', revision: 1 });
    ledger.add({ kind: 'applicant', applicantId: crypto.randomUUID() });
    const lost = await verifyLedger(backend, ledger);
    expect(lost).toHaveLength(4);
    expect(lost.join('\n')).toMatch(/profile .*revision 0 stored, 3 acknowledged/);
  });

  it('reads only well-formed acknowledgement lines', () => {
    expect(parseAck('{"kind":"summary","applicantId":"a","revision":2,"marker":"m"}')).toEqual({ kind: 'summary', applicantId: 'a', revision: 2, marker: 'm' });
    for (const line of ['', 'ready', '{"kind":"summary","applicantId":"a","revision":-1,"marker":"m"}', '{"kind":"attachment","applicantId":"a"}', '{"kind":"profile"']) {
      expect(parseAck(line)).toBeNull();
    }
  });
});
