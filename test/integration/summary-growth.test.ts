// Snapshots stay compact: 500 snapshots of a 20,000-字 summary, each after a day's few edits, must not be
// 500 full copies (~30 MB). Content-addressed blocks keep them to a few MB, and every one restores exactly.
import { statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Backend, openBackend } from '../../electron/backend';
import { databasePath } from '../../electron/backend/database/open';
import type { ReplyOf } from '../../shared/contract/channels';
import { utf8Length, type SummaryDocument } from '../../shared/summary/document';
import { editDocument, sampleDocument } from '../unit/summary/sampleDocument';
import { makeTempDir } from '../support/tempDir';
import { value } from '../support/result';

const SNAPSHOTS = 500;
const LIMIT_BYTES = 4 * 1024 * 1024;

let dir: ReturnType<typeof makeTempDir>;
let backend: Backend;
let applicantId = '';
const programmeId = 'shanghai-c-r3';
const versions: SummaryDocument[] = [];


beforeAll(async () => {
  dir = makeTempDir();
  let day = Date.parse('2026-01-01T01:00:00Z');
  backend = openBackend({ dataDirectory: dir.path, transport: 'browser', appVersion: 'test', now: () => new Date(day) });
  applicantId = value<{ id: string }>(await backend.invoke('applicants.create', { nameZh: '张伟', nameLatin: '' })).id;
  let document = sampleDocument(20_000, 1);
  let revision = 0;
  // One save per day: each day's first save takes the automatic snapshot of the day before.
  for (let index = 0; index <= SNAPSHOTS; index += 1) {
    versions.push(document);
    revision = value<{ revision: number }>(await backend.invoke('summary.save', { applicantId, programmeId, document, baseRevision: revision })).revision;
    document = editDocument(document, 3, index + 100);
    day += 24 * 60 * 60 * 1000;
  }
}, 120_000);
afterAll(() => {
  backend.close();
  dir.remove();
});

describe('snapshot storage', () => {
  it(`${SNAPSHOTS} snapshots of a 20,000-字 summary stay under 4 MB on disk (not ${SNAPSHOTS} full copies)`, async () => {
    const list = value<ReplyOf<'summary.snapshots.list'>>(await backend.invoke('summary.snapshots.list', { applicantId, programmeId }));
    expect(list).toHaveLength(SNAPSHOTS);
    expect(list.every((entry) => entry.kind === 'auto' && entry.words >= 19_000)).toBe(true);
    backend.close(); // checkpoints the WAL into the file
    const size = statSync(databasePath(dir.path)).size;
    const fullCopies = SNAPSHOTS * utf8Length(JSON.stringify(versions[0]));
    expect(size).toBeLessThan(LIMIT_BYTES);
    expect(size).toBeLessThan(fullCopies / 5);
    backend = openBackend({ dataDirectory: dir.path, transport: 'browser', appVersion: 'test' });
  });

  it('every snapshot restores exactly the text it was taken of', async () => {
    const list = value<ReplyOf<'summary.snapshots.list'>>(await backend.invoke('summary.snapshots.list', { applicantId, programmeId }));
    for (const entry of [list[0]!, list[250]!, list[list.length - 1]!]) {
      const snapshot = value<ReplyOf<'summary.snapshots.get'>>(await backend.invoke('summary.snapshots.get', { applicantId, programmeId, snapshotId: entry.id }));
      expect(snapshot.document).toEqual(versions[entry.revision - 1]);
    }
  });
});
