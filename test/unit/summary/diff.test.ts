// The comparison of two versions: reading either side of a diff gives that version's blocks back, identical
// versions give no change, edits show as changes word by word, and 20,000-字 versions compare whole.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffBlocks, diffText, sideOfDiff } from '../../../shared/summary/diff';
import type { Block } from '../../../shared/summary/document';
import { diffKeys } from '../../../shared/summary/myers';
import { editDocument, sampleDocument } from './sampleDocument';

const p = (text: string): Block => ({ type: 'paragraph', text, marks: [] });
const h = (id: string, text: string): Block => ({ type: 'heading', id, text });

// Few distinct texts, so that generated versions share paragraphs and the diff has work to do.
const blockArbitrary: fc.Arbitrary<Block> = fc.oneof(
  fc.constantFrom('甲乙丙丁', '项目背景介绍', 'Hello World', '', '节约成本120万元。', '👍 emoji').map(p),
  fc.string({ unit: 'grapheme', maxLength: 12 }).map(p),
  fc.constantFrom('a', 'b').map((id) => h(id, `标题${id}`)),
  fc.constantFrom('bullet', 'numbered').map((list): Block => ({ type: 'listItem', list: list as 'bullet' | 'numbered', level: 0, text: '要点', marks: [] })),
);
const versions = fc.array(blockArbitrary, { maxLength: 30 });

describe('diff of two versions', () => {
  it('property: reading the diff of a→b on the "to" side gives b, on the "from" side gives a', () => {
    fc.assert(
      fc.property(versions, versions, (a, b) => {
        const diff = diffBlocks(a, b);
        expect(sideOfDiff(diff, 'to')).toEqual(b);
        expect(sideOfDiff(diff, 'from')).toEqual(a);
      }),
      { numRuns: 500 },
    );
  });

  it('property: identical versions give only equal entries', () => {
    fc.assert(
      fc.property(versions, (a) => {
        const diff = diffBlocks(a, structuredClone(a));
        expect(diff.stats).toEqual({ equal: a.length, inserted: 0, deleted: 0, changed: 0 });
      }),
    );
  });

  it('property: the word-level segments of a change rebuild both texts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        const segments = diffText(a, b);
        expect(segments.filter((s) => s.op !== 'insert').map((s) => s.text).join('')).toBe(a);
        expect(segments.filter((s) => s.op !== 'delete').map((s) => s.text).join('')).toBe(b);
      }),
      { numRuns: 500 },
    );
  });

  it('property: the block-level script is never longer than replacing everything', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 40 }), fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 40 }), (a, b) => {
        const edits = diffKeys(a, b, 1000).filter((run) => run.kind !== 0).reduce((sum, run) => sum + run.count, 0);
        expect(edits).toBeLessThanOrEqual(a.length + b.length);
        expect(edits).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
      }),
    );
  });

  it('an edited paragraph is one change with its words marked; an added one an insert; a removed one a delete', () => {
    const before = [h('a', '项目'), p('本人主持了CBTC信号系统的改造。'), p('将被删除的段落'), p('不变')];
    const after = [h('a', '项目'), p('本人主持并完成了CBTC信号系统的全面改造。'), p('不变'), p('New paragraph')];
    const diff = diffBlocks(before, after);
    expect(diff.entries.map((entry) => entry.op)).toEqual(['equal', 'change', 'delete', 'equal', 'insert']);
    const change = diff.entries[1];
    expect(change?.op === 'change' && change.segments).toEqual([
      { op: 'equal', text: '本人主持' },
      { op: 'insert', text: '并完成' },
      { op: 'equal', text: '了CBTC信号系统的' },
      { op: 'insert', text: '全面' },
      { op: 'equal', text: '改造。' },
    ]);
    expect(diff.stats).toEqual({ equal: 2, inserted: 1, deleted: 1, changed: 1 });
  });

  it('English is compared word by word, Chinese character by character', () => {
    expect(diffText('the quick fox', 'the slow fox')).toEqual([
      { op: 'equal', text: 'the ' },
      { op: 'delete', text: 'quick' },
      { op: 'insert', text: 'slow' },
      { op: 'equal', text: ' fox' },
    ]);
  });

  it('a paragraph rewritten from scratch is shown removed and added, not as a change of every word', () => {
    const diff = diffBlocks([p('本人主持了CBTC信号系统的改造。')], [p('Completely different text about BIM.')]);
    expect(diff.entries.map((entry) => entry.op)).toEqual(['delete', 'insert']);
  });

  it('only bold added: a change whose text did not change', () => {
    const diff = diffBlocks([p('加粗')], [{ type: 'paragraph', text: '加粗', marks: [{ type: 'bold', from: 0, to: 2 }] }]);
    expect(diff.entries).toMatchObject([{ op: 'change', textChanged: false, segments: [{ op: 'equal', text: '加粗' }] }]);
  });

  it('a heading is never paired with a paragraph', () => {
    const diff = diffBlocks([h('x', '主要业绩')], [p('主要业绩')]);
    expect(diff.entries.map((entry) => entry.op)).toEqual(['delete', 'insert']);
  });

  it('20,000-字 versions: a small edit is one change, rewritten paragraphs are replaced; unrelated versions still compare', () => {
    const before = sampleDocument(20_000, 3);
    const blocks = [...before.blocks];
    const target = blocks[20] as Block & { type: 'paragraph' };
    blocks[20] = { ...target, text: `${target.text.slice(0, 30)}（本句为新增内容）${target.text.slice(30)}` };
    expect(diffBlocks(before.blocks, blocks).stats).toEqual({ equal: blocks.length - 1, inserted: 0, deleted: 0, changed: 1 });
    const rewritten = editDocument(before, 5, 9);
    const diff = diffBlocks(before.blocks, rewritten.blocks);
    expect(diff.stats.changed + diff.stats.deleted).toBeGreaterThan(0);
    expect(diff.stats.changed + diff.stats.deleted).toBeLessThanOrEqual(5);
    expect(diff.stats.inserted).toBe(diff.stats.deleted);
    const unrelated = diffBlocks(before.blocks, sampleDocument(20_000, 4).blocks);
    expect(sideOfDiff(unrelated, 'to')).toEqual(sampleDocument(20_000, 4).blocks);
  });

  it('a 1 MiB paragraph changed in the middle compares without a word-level search of the whole', () => {
    const big = 'a '.repeat(512 * 1024);
    const segments = diffText(big, `${big.slice(0, 1000)}X${big.slice(1000)}`);
    expect(segments.filter((s) => s.op !== 'delete').map((s) => s.text).join('').length).toBe(big.length + 1);
  });
});
