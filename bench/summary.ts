// Summary figures of issue 4: autosave of a 20,000-字 summary through summary.save (plain, and the first save
// of a day, which also takes the automatic snapshot) beside a raw better-sqlite3 write of the same bytes;
// then 500 daily snapshots: the history list, reading and comparing snapshots, and the file's size.
// Prints goals beside figures; never fails on time.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import { openBackend } from '../electron/backend';
import { databasePath } from '../electron/backend/database/open';
import type { ReplyOf } from '../shared/contract/channels';
import type { Result } from '../shared/contract/result';
import { countDocument } from '../shared/summary/count';
import { type SummaryDocument, utf8Length } from '../shared/summary/document';
import { editDocument, sampleDocument } from '../test/unit/summary/sampleDocument';
import { makeTempDir } from '../test/support/tempDir';
import { measure, report } from './measure';

const DAY = 24 * 60 * 60 * 1000;
const SNAPSHOTS = 500;
const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

export async function benchSummary(): Promise<void> {
  const dir = makeTempDir('titleprep-bench-');
  try {
    const base = sampleDocument(20_000, 1);
    const json = JSON.stringify(base);
    console.log(
      `\nSummary: a ${countDocument(base.blocks).all.words.toLocaleString('en-US')}-字 document of ${base.blocks.length} blocks, ${(utf8Length(json) / 1024).toFixed(0)} KB as JSON (real files, synchronous=FULL)`,
    );

    // Baseline: the same bytes written by one raw UPDATE per transaction, same pragmas.
    const raw = new DatabaseConstructor(join(dir.path, 'raw.sqlite3'));
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT');
    raw.prepare('INSERT INTO t (id, body) VALUES (1, ?)').run(json);
    const update = raw.prepare('UPDATE t SET body = ? WHERE id = 1');
    const variants = Array.from({ length: 8 }, (_, index) => JSON.stringify(editDocument(base, 1, index)));
    const rawWrite = await measure(500, (index) => update.run(variants[index % variants.length]));
    raw.close();

    let now = Date.parse('2026-01-01T01:00:00Z');
    const backend = openBackend({ dataDirectory: join(dir.path, 'app'), transport: 'browser', appVersion: 'bench', now: () => new Date(now) });
    const applicantId = value<{ id: string }>(await backend.invoke('applicants.create', { nameZh: '张伟', nameLatin: '' })).id;
    const key = { applicantId, programmeId: 'shanghai-c-r3' };
    let revision = 0;
    const save = async (document: unknown) => {
      const saved = value<ReplyOf<'summary.save'>>(await backend.invoke('summary.save', { ...key, document, baseRevision: revision }));
      revision = saved.revision;
      return saved;
    };
    await save(base);

    // A keystroke's autosave: one paragraph changed, same day.
    const edits = Array.from({ length: 8 }, (_, index) => editDocument(base, 1, index));
    const autosave = await measure(500, async (index) => {
      now += 1000;
      if ((await save(edits[index % edits.length])).snapshotTaken) throw new Error('unexpected snapshot');
    });

    // The first save of each day: the save plus the automatic snapshot, in one transaction. 500 days.
    let document = base;
    const versions: SummaryDocument[] = [];
    for (let day = 0; day < SNAPSHOTS; day += 1) versions.push((document = editDocument(document, 3, day + 100)));
    const withSnapshot = await measure(SNAPSHOTS, async (index) => {
      now += DAY;
      if (!(await save(versions[index])).snapshotTaken) throw new Error('expected a snapshot');
    });

    const list = await measure(200, async () => {
      if (value<unknown[]>(await backend.invoke('summary.snapshots.list', key)).length !== SNAPSHOTS) throw new Error('expected 500 snapshots');
    });
    const ids = value<ReplyOf<'summary.snapshots.list'>>(await backend.invoke('summary.snapshots.list', key)).map((entry) => entry.id);
    const read = await measure(100, (index) => backend.invoke('summary.snapshots.get', { ...key, snapshotId: ids[(index * 37) % ids.length] }));
    const compare = await measure(100, (index) =>
      backend.invoke('summary.snapshots.compare', { ...key, fromId: ids[(index * 37) % ids.length], toId: 'current' }),
    );
    backend.close();
    const size = statSync(databasePath(join(dir.path, 'app'))).size;

    report([
      { name: 'baseline: raw better-sqlite3 UPDATE of the same bytes', timing: rawWrite },
      { name: 'summary.save, autosave (validate + transaction)', timing: autosave },
      { name: 'summary.save, first of a day (+ automatic snapshot)', timing: withSnapshot, goal: `p95 ≤ 5 ms (${met(withSnapshot.p95 <= 5)})` },
      { name: `summary.snapshots.list, ${SNAPSHOTS} snapshots`, timing: list, goal: `≤ 50 ms (p95 ${met(list.p95 <= 50)})` },
      { name: 'summary.snapshots.get (rebuild from blocks)', timing: read },
      { name: 'summary.snapshots.compare (snapshot → current)', timing: compare },
    ]);
    console.log(`  summary.save p50 is ${(autosave.p50 / rawWrite.p50).toFixed(1)}× the raw write's p50`);
    const fullCopies = SNAPSHOTS * utf8Length(json);
    console.log(
      `  database after ${SNAPSHOTS} daily snapshots (3 paragraphs edited a day): ${megabytes(size)}; ${SNAPSHOTS} full copies would be ${megabytes(fullCopies)}`,
    );
  } finally {
    dir.remove();
  }
}
