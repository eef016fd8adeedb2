// Hand-out and take-back, the pure part: which blocks go out, ids that name a block without a word a
// translation tool would translate, matching by id whatever the row order, and pasted Chinese without ids
// aligned paragraph by paragraph.
import { describe, expect, it } from 'vitest';
import { englishFingerprint } from '../../../shared/summary/bilingual';
import { type Block, documentSchema } from '../../../shared/summary/document';
import { HANDOUT_ID, alignPasted, blockKey, handoutRows, handoutText, oneBlockText, parseHandoutText, takeBack } from '../../../shared/summary/handout';

const blocks: Block[] = documentSchema.parse({
  format: 1,
  blocks: [
    { type: 'heading', id: 'projects', text: '项目', english: 'Projects', writtenAgainst: 'Projects' },
    { type: 'paragraph', id: 'b-1', text: '', marks: [], english: 'One.' },
    { type: 'paragraph', id: 'b-2', text: '二。', marks: [], english: 'Two, changed.', writtenAgainst: 'Two.' },
    { type: 'paragraph', id: 'b-3', text: '', marks: [], english: 'Three.' },
    { type: 'paragraph', id: 'b-4', text: '只有中文。', marks: [] },
  ],
}).blocks;

describe('what is handed out', () => {
  it('the blocks to translate and the stale ones, each with an id of hex digits only', () => {
    const rows = handoutRows(blocks);
    expect(rows.map((row) => [row.number, row.state, row.chinese])).toEqual([
      [2, 'english-only', ''],
      [3, 'stale', '二。'],
      [4, 'english-only', ''],
    ]);
    expect(rows[0]!.handoutId).toBe(`#${blockKey('b-1')}-${englishFingerprint('One.')}`);
    expect(rows.every((row) => /^#[0-9a-f]{8}-[0-9a-f]{8}$/.test(row.handoutId))).toBe(true);
    expect(handoutRows(blocks, 'all')).toHaveLength(4);
  });

  it('an id survives what tools do to it: full-width dashes, spaces, upper case', () => {
    const id = handoutRows(blocks)[0]!.handoutId;
    const mangled = `# ${id.slice(1, 9).toUpperCase()} － ${id.slice(10)}`;
    const { report } = takeBack(blocks, [{ position: 1, idText: mangled, english: '', chinese: '一。' }]);
    expect(HANDOUT_ID.test(mangled)).toBe(true);
    expect(report.matched).toEqual([2]);
  });
});

describe('taking back', () => {
  it('rows in any order match by id; an unknown id, an empty cell and a repeated block are reported', () => {
    const [one, two, three] = handoutRows(blocks);
    const { updates, report } = takeBack(blocks, [
      { position: 1, idText: three!.handoutId, english: 'Three.', chinese: '三。' },
      { position: 2, idText: one!.handoutId, english: 'One.', chinese: '一。' },
      { position: 3, idText: two!.handoutId, english: 'Two, changed.', chinese: '' },
      { position: 4, idText: '#12345678-9abcdef0', english: 'Four.', chinese: '四。' },
      { position: 5, idText: one!.handoutId, english: 'One.', chinese: '又一。' },
    ]);
    expect(updates).toEqual([
      { id: 'b-3', text: '三。', writtenAgainst: 'Three.' },
      { id: 'b-1', text: '一。', writtenAgainst: 'One.' },
    ]);
    expect(report).toEqual({
      matched: [2, 4],
      left: [3],
      unfit: [
        { position: 3, reason: 'empty', sample: 'Two, changed.' },
        { position: 4, reason: 'unknown-id', sample: '四。' },
        { position: 5, reason: 'duplicate', sample: '又一。' },
      ],
    });
  });

  it('a tool that translated the English column in place: the Chinese is taken from there', () => {
    const [one] = handoutRows(blocks);
    const { updates } = takeBack(blocks, [{ position: 1, idText: one!.handoutId, english: '一。', chinese: '' }]);
    expect(updates).toEqual([{ id: 'b-1', text: '一。', writtenAgainst: 'One.' }]);
  });

  it('a cell of several lines is one block: Chinese lines join without a space, English words with one', () => {
    expect(oneBlockText('本人主持了\n9号线改造。\n')).toBe('本人主持了9号线改造。');
    expect(oneBlockText('the first\nline')).toBe('the first line');
  });

  it('the plain-text hand-out reads back: comment lines skipped, the Chinese up to the next id', () => {
    const text = handoutText(handoutRows(blocks), ['head']);
    const back = parseHandoutText(text.replace('ZH: \r\n', 'ZH: 一\r\n二\r\n'));
    expect(back.map((row) => [row.position, row.english, row.chinese])).toEqual([
      [1, 'One.', '一\n二'],
      [2, 'Two, changed.', '二。'],
      [3, 'Three.', ''],
    ]);
  });
});

describe('pasted Chinese without ids', () => {
  it('as many paragraphs as blocks with English: paired with all of them, in order', () => {
    const { pairs, leftOver } = alignPasted(blocks, '项目\n一。\n\n二，改。\n三。');
    expect(pairs.map((pair) => [pair.number, pair.chinese])).toEqual([
      [1, '项目'],
      [2, '一。'],
      [3, '二，改。'],
      [4, '三。'],
    ]);
    expect(leftOver).toEqual([]);
  });

  it('otherwise paired with the blocks still to translate or check, the rest left over', () => {
    const { pairs, leftOver } = alignPasted(blocks, '一。\n二，改。\n三。\n四？\n五？');
    expect(pairs.map((pair) => pair.number)).toEqual([2, 3, 4]);
    expect(leftOver).toEqual(['四？', '五？']);
  });
});
