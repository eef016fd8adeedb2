// The summary channels over a real SQLite file: saving with revisions, the daily automatic snapshot (by the
// Shanghai date of an injected clock), named snapshots, restore, compare, outlines, and bad input.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, openBackend } from '../../electron/backend';
import type { ReplyOf } from '../../shared/contract/channels';
import { countDocument } from '../../shared/summary/count';
import type { SummaryDocumentInput } from '../../shared/summary/document';
import { makeTempDir } from '../support/tempDir';
import { value } from '../support/result';

let dir: ReturnType<typeof makeTempDir>;
let backend: Backend;
let clock: Date;
let applicantId: string;
const programmeId = 'shanghai-c-r3';

const open = () => openBackend({ dataDirectory: dir.path, transport: 'browser', appVersion: 'test', now: () => clock });


const doc = (...texts: string[]): SummaryDocumentInput => ({
  format: 1,
  blocks: [{ type: 'heading', id: 'projects', text: '主持的重大项目' }, ...texts.map((text) => ({ type: 'paragraph' as const, text, marks: [] }))],
});

let revision = 0;
async function save(document: SummaryDocumentInput) {
  const saved = value<ReplyOf<'summary.save'>>(await backend.invoke('summary.save', { applicantId, programmeId, document, baseRevision: revision }));
  revision = saved.revision;
  return saved;
}
const at = (instant: string) => {
  clock = new Date(instant);
};
const snapshots = async () => value<ReplyOf<'summary.snapshots.list'>>(await backend.invoke('summary.snapshots.list', { applicantId, programmeId }));

beforeEach(async () => {
  dir = makeTempDir();
  at('2026-11-23T01:00:00Z'); // 09:00 in Shanghai
  backend = open();
  applicantId = value<{ id: string }>(await backend.invoke('applicants.create', { nameZh: '张伟', nameLatin: '' })).id;
  revision = 0;
});
afterEach(() => {
  backend.close();
  dir.remove();
});

describe('saving a summary', () => {
  it('an unsaved summary is an empty document at revision 0 with a count of 0', async () => {
    const stored = value<ReplyOf<'summary.get'>>(await backend.invoke('summary.get', { applicantId, programmeId }));
    expect(stored).toMatchObject({ document: { format: 1, blocks: [] }, revision: 0, updatedAt: null });
    expect(stored.count.all.words).toBe(0);
  });

  it('a saved document comes back block for block, with its count, after closing and reopening the file', async () => {
    const document = doc('本人主持了CBTC信号系统的改造。', 'Hello World 👍');
    expect(await save(document)).toEqual({ revision: 1, savedAt: clock.toISOString(), snapshotTaken: false });
    backend.close();
    backend = open();
    const stored = value<ReplyOf<'summary.get'>>(await backend.invoke('summary.get', { applicantId, programmeId }));
    expect(stored.document.blocks.map((block) => block.text)).toEqual(['主持的重大项目', '本人主持了CBTC信号系统的改造。', 'Hello World 👍']);
    expect(stored).toMatchObject({ revision: 1, count: { all: { words: 7 + 14 + 3 }, body: { words: 14 + 3 } } });
  });

  it('a save from a stale revision is refused with conflict and writes nothing', async () => {
    await save(doc('第一版'));
    await save(doc('第二版'));
    const stale = await backend.invoke('summary.save', { applicantId, programmeId, document: doc('旧窗口'), baseRevision: 1 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const stored = value<ReplyOf<'summary.get'>>(await backend.invoke('summary.get', { applicantId, programmeId }));
    expect([stored.revision, stored.document.blocks[1]?.text]).toEqual([2, '第二版']);
  });

  it('an invalid document writes nothing and the error names the block and the rule', async () => {
    await save(doc('原文'));
    const result = await backend.invoke('summary.save', { applicantId, programmeId, document: doc('ok', 'bad\u0000'), baseRevision: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: ['document', 'blocks', 2, 'text'], key: 'summary.controlChars' }] } });
    const oversized = await backend.invoke('summary.save', { applicantId, programmeId, document: doc('汉'.repeat(800_000)), baseRevision: 1 });
    expect(oversized).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ key: 'summary.tooLarge' }] } });
    expect(value<ReplyOf<'summary.get'>>(await backend.invoke('summary.get', { applicantId, programmeId })).revision).toBe(1);
  });

  it('a 1 MiB paste is saved and read back whole', async () => {
    const paste = 'Lorem ipsum 你好。'.repeat(60_000).slice(0, 1024 * 1024);
    await save(doc(paste));
    const stored = value<ReplyOf<'summary.get'>>(await backend.invoke('summary.get', { applicantId, programmeId }));
    expect(stored.document.blocks[1]?.text).toBe(paste);
  });

  it('an unknown applicant or programme is not-found; a malformed id is a validation error', async () => {
    const unknownApplicant = await backend.invoke('summary.get', { applicantId: crypto.randomUUID(), programmeId });
    expect(unknownApplicant).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const unknownProgramme = await backend.invoke('summary.save', { applicantId, programmeId: 'beijing-2030', document: doc(), baseRevision: 0 });
    expect(unknownProgramme).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const malformed = await backend.invoke('summary.get', { applicantId, programmeId: "x'; DROP TABLE summary; --" });
    expect(malformed).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('summaries of two programmes of one applicant are separate', async () => {
    await save(doc('上海第三批'));
    value(await backend.invoke('summary.save', { applicantId, programmeId: 'guangzhou-2025', document: doc('广州'), baseRevision: 0 }));
    const shanghai = value<ReplyOf<'summary.get'>>(await backend.invoke('summary.get', { applicantId, programmeId }));
    expect(shanghai.document.blocks[1]?.text).toBe('上海第三批');
  });
});

describe('the daily automatic snapshot', () => {
  it('the first save of a day takes an automatic snapshot of the text it replaces; the second does not', async () => {
    await save(doc('第一天的文字'));
    at('2026-11-23T09:00:00Z');
    expect((await save(doc('第一天 晚上'))).snapshotTaken).toBe(false);
    at('2026-11-24T01:00:00Z');
    expect((await save(doc('第二天早上'))).snapshotTaken).toBe(true);
    expect((await save(doc('第二天中午'))).snapshotTaken).toBe(false);
    const list = await snapshots();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ kind: 'auto', name: null, createdAt: '2026-11-24T01:00:00.000Z', textSavedAt: '2026-11-23T09:00:00.000Z', revision: 2 });
    const snapshot = value<ReplyOf<'summary.snapshots.get'>>(await backend.invoke('summary.snapshots.get', { applicantId, programmeId, snapshotId: list[0]!.id }));
    expect(snapshot.document.blocks[1]?.text).toBe('第一天 晚上');
  });

  it('the day is the Shanghai date: 23:59 and 00:01 in Shanghai are two days, though both are the same UTC date', async () => {
    at('2026-11-23T15:59:00Z'); // 23:59 in Shanghai
    await save(doc('深夜'));
    at('2026-11-23T16:01:00Z'); // 00:01 the next day in Shanghai
    expect((await save(doc('零点以后'))).snapshotTaken).toBe(true);
  });

  it('the very first save takes none (there is no earlier text), nor does a day that starts from an empty document', async () => {
    expect((await save({ format: 1, blocks: [] })).snapshotTaken).toBe(false);
    at('2026-11-24T01:00:00Z');
    expect((await save(doc('开始写'))).snapshotTaken).toBe(false);
    expect(await snapshots()).toEqual([]);
  });

  it('a refused save takes no snapshot either', async () => {
    await save(doc('第一天'));
    at('2026-11-24T01:00:00Z');
    const stale = await backend.invoke('summary.save', { applicantId, programmeId, document: doc('x'), baseRevision: 0 });
    expect(stale.ok).toBe(false);
    expect(await snapshots()).toEqual([]);
    expect((await save(doc('第二天'))).snapshotTaken).toBe(true);
  });
});

describe('named snapshots, restore and compare', () => {
  it('a named snapshot keeps the saved text with its name and 字数; the history is newest first', async () => {
    await save(doc('初稿内容'));
    const first = value<ReplyOf<'summary.snapshots.create'>>(await backend.invoke('summary.snapshots.create', { applicantId, programmeId, name: '  初稿  ' }));
    expect(first).toMatchObject({ kind: 'named', name: '初稿', words: 7 + 4, bodyWords: 4, blocks: 2, revision: 1 });
    await save(doc('二稿内容', 'more'));
    const second = value<ReplyOf<'summary.snapshots.create'>>(await backend.invoke('summary.snapshots.create', { applicantId, programmeId, name: '二稿' }));
    expect((await snapshots()).map((entry) => entry.id)).toEqual([second.id, first.id]);
  });

  it('a snapshot needs a name and a saved summary', async () => {
    const unnamed = await backend.invoke('summary.snapshots.create', { applicantId, programmeId, name: '   ' });
    expect(unnamed).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: ['name'], key: 'summary.snapshotNameRequired' }] } });
    const nothing = await backend.invoke('summary.snapshots.create', { applicantId, programmeId, name: '空' });
    expect(nothing).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('restoring a snapshot first snapshots the current text, then makes the snapshot current', async () => {
    await save(doc('昨天的版本'));
    const yesterday = value<ReplyOf<'summary.snapshots.create'>>(await backend.invoke('summary.snapshots.create', { applicantId, programmeId, name: '昨天' }));
    await save(doc('今天改坏了'));
    const restored = value<ReplyOf<'summary.snapshots.restore'>>(
      await backend.invoke('summary.snapshots.restore', { applicantId, programmeId, snapshotId: yesterday.id, baseRevision: revision }),
    );
    expect(restored.revision).toBe(3);
    expect(restored.document.blocks[1]?.text).toBe('昨天的版本');
    expect(restored.safetySnapshot).toMatchObject({ kind: 'before-restore', restoredSnapshotId: yesterday.id, revision: 2 });
    const kept = value<ReplyOf<'summary.snapshots.get'>>(await backend.invoke('summary.snapshots.get', { applicantId, programmeId, snapshotId: restored.safetySnapshot.id }));
    expect(kept.document.blocks[1]?.text).toBe('今天改坏了');
    const current = value<ReplyOf<'summary.get'>>(await backend.invoke('summary.get', { applicantId, programmeId }));
    expect([current.revision, current.document.blocks[1]?.text]).toEqual([3, '昨天的版本']);
  });

  it('a restore from a stale revision, or of another summary\'s snapshot, changes nothing', async () => {
    await save(doc('版本一'));
    const snapshot = value<ReplyOf<'summary.snapshots.create'>>(await backend.invoke('summary.snapshots.create', { applicantId, programmeId, name: 'v1' }));
    await save(doc('版本二'));
    const stale = await backend.invoke('summary.snapshots.restore', { applicantId, programmeId, snapshotId: snapshot.id, baseRevision: 1 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const other = value<{ id: string }>(await backend.invoke('applicants.create', { nameZh: '李娜', nameLatin: '' }));
    value(await backend.invoke('summary.save', { applicantId: other.id, programmeId, document: doc('李娜的'), baseRevision: 0 }));
    const foreign = await backend.invoke('summary.snapshots.restore', { applicantId: other.id, programmeId, snapshotId: snapshot.id, baseRevision: 1 });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await backend.invoke('summary.snapshots.get', { applicantId: other.id, programmeId, snapshotId: snapshot.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await snapshots()).toHaveLength(1);
  });

  it('written from English: saving, a snapshot and its restore keep both sides of every block and the switch', async () => {
    const bilingual = (english: string): SummaryDocumentInput => ({
      format: 1,
      writeFromEnglish: true,
      blocks: [
        { type: 'heading', id: 'projects', text: '主持的重大项目', english: 'Major projects', writtenAgainst: 'Major projects' },
        { type: 'paragraph', id: 'b-1', text: '本人主持了9号线信号改造。', marks: [], english, writtenAgainst: 'I led the Line 9 signalling upgrade.' },
        { type: 'paragraph', id: 'b-2', text: '', marks: [], english: 'Still to translate.' },
      ],
    });
    await save(bilingual('I led the Line 9 signalling upgrade.'));
    const before = value<ReplyOf<'summary.get'>>(await backend.invoke('summary.get', { applicantId, programmeId }));
    expect(before.document).toEqual(bilingual('I led the Line 9 signalling upgrade.'));
    // The count is the Chinese alone.
    expect(before.count.all).toEqual(countDocument(before.document.blocks.map((block) => ({ ...block, english: undefined, writtenAgainst: undefined }))).all);
    const snapshot = value<ReplyOf<'summary.snapshots.create'>>(await backend.invoke('summary.snapshots.create', { applicantId, programmeId, name: '英文一稿' }));
    await save({ format: 1, blocks: [{ type: 'paragraph', text: '改成只有中文', marks: [] }] });
    const compared = value<ReplyOf<'summary.snapshots.compare'>>(await backend.invoke('summary.snapshots.compare', { applicantId, programmeId, fromId: snapshot.id, toId: 'current' }));
    expect(compared.diff.entries.some((entry) => entry.op !== 'equal')).toBe(true);
    const restored = value<ReplyOf<'summary.snapshots.restore'>>(
      await backend.invoke('summary.snapshots.restore', { applicantId, programmeId, snapshotId: snapshot.id, baseRevision: revision }),
    );
    expect(restored.document).toEqual(bilingual('I led the Line 9 signalling upgrade.'));
    expect(restored.count.all.words).toBe(before.count.all.words);
  });

  it('compare gives a paragraph-level diff between two snapshots or a snapshot and the current text', async () => {
    await save(doc('本人主持了CBTC改造。', '将删除'));
    const v1 = value<ReplyOf<'summary.snapshots.create'>>(await backend.invoke('summary.snapshots.create', { applicantId, programmeId, name: 'v1' }));
    await save(doc('本人主持并完成了CBTC改造。', '新增段落'));
    const compared = value<ReplyOf<'summary.snapshots.compare'>>(await backend.invoke('summary.snapshots.compare', { applicantId, programmeId, fromId: v1.id, toId: 'current' }));
    expect(compared.diff.entries.map((entry) => entry.op)).toEqual(['equal', 'change', 'delete', 'insert']);
    expect(compared.fromWords).toBe(v1.words);
    const same = value<ReplyOf<'summary.snapshots.compare'>>(await backend.invoke('summary.snapshots.compare', { applicantId, programmeId, fromId: 'current', toId: 'current' }));
    expect(same.diff.stats).toMatchObject({ inserted: 0, deleted: 0, changed: 0 });
    expect(await backend.invoke('summary.snapshots.compare', { applicantId, programmeId, fromId: 999, toId: 'current' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('outlines', () => {
  it('outlines.get gives the level\'s outline, and not-found for a level with none', async () => {
    const outline = value<ReplyOf<'outlines.get'>>(await backend.invoke('outlines.get', { level: 'associate-senior', series: 'engineering' }));
    expect(outline.criteria.items).toHaveLength(5);
    expect(await backend.invoke('outlines.get', { level: 'junior', series: 'economics' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await backend.invoke('outlines.get', { level: 'senior', series: 'engineering' })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});
