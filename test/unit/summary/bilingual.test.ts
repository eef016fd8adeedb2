// Writing from English: the states of a block and how edits, checks and ids move between them. The rules are
// those of issue 14: the count and everything printed use the Chinese only; a translated block turns stale
// the moment its English changes, and only "mark checked" makes it translated again.
import { describe, expect, it } from 'vitest';
import {
  afterChineseEdit,
  afterEnglishEdit,
  afterMarkChecked,
  blockState,
  englishChange,
  englishFingerprint,
  ensureBlockIds,
  tallyStates,
  withSources,
  type Sides,
} from '../../../shared/summary/bilingual';
import { summaryParagraphs } from '../../../shared/review/fromApplication';
import { countDocument } from '../../../shared/summary/count';
import { canonicalBlock, documentSchema, type Block } from '../../../shared/summary/document';
import { diffBlocks } from '../../../shared/summary/diff';

const EN = 'I led the signalling upgrade of Line 9.';
const ZH = '本人主持了9号线信号系统改造。';

/** Edits applied the way the editor applies them. */
const chinese = (block: Sides, text: string): Sides => ({ text, ...afterChineseEdit(block, text) });
const english = (block: Sides, text: string): Sides => ({ ...block, ...afterEnglishEdit(block, text) });
const check = (block: Sides): Sides => ({ ...block, ...afterMarkChecked(block) });

describe('the state of a block', () => {
  it('is empty, English only, Chinese only, translated or stale from its two sides and the record', () => {
    expect(blockState({ text: '' })).toBe('empty');
    expect(blockState({ text: '  ', english: ' ' })).toBe('empty');
    expect(blockState({ text: '', english: EN })).toBe('english-only');
    expect(blockState({ text: ZH })).toBe('chinese-only');
    expect(blockState({ text: ZH, english: EN, writtenAgainst: EN })).toBe('translated');
    expect(blockState({ text: ZH, english: EN, writtenAgainst: 'I led it.' })).toBe('stale');
  });

  it('Chinese with English but no record of what it was written against is stale (the English came later)', () => {
    expect(blockState({ text: ZH, english: EN })).toBe('stale');
    expect(englishChange({ text: ZH, english: EN })).toEqual([{ op: 'insert', text: EN }]);
  });

  it('a stale block shows the English difference word by word; other states show none', () => {
    const segments = englishChange({ text: ZH, english: 'I led the signalling upgrade of Line 10.', writtenAgainst: EN });
    expect(segments).toEqual([
      { op: 'equal', text: 'I led the signalling upgrade of Line ' },
      { op: 'delete', text: '9' },
      { op: 'insert', text: '10' },
      { op: 'equal', text: '.' },
    ]);
    expect(englishChange({ text: ZH, english: EN, writtenAgainst: EN })).toBeNull();
    expect(englishChange({ text: '', english: EN })).toBeNull();
  });
});

describe('transitions', () => {
  it('English first, then Chinese: English only → translated (the Chinese records the English it was written against)', () => {
    let block: Sides = { text: '' };
    block = english(block, EN);
    expect(blockState(block)).toBe('english-only');
    block = chinese(block, ZH);
    expect(block.writtenAgainst).toBe(EN);
    expect(blockState(block)).toBe('translated');
  });

  it('translated → stale when the English changes; editing the Chinese does not clear it; mark checked does', () => {
    let block: Sides = { text: ZH, english: EN, writtenAgainst: EN };
    block = english(block, 'I led the signalling upgrade of Lines 9 and 10.');
    expect(blockState(block)).toBe('stale');
    block = chinese(block, '本人主持了9号线和10号线信号系统改造。');
    expect(blockState(block)).toBe('stale');
    block = check(block);
    expect(block.writtenAgainst).toBe('I led the signalling upgrade of Lines 9 and 10.');
    expect(blockState(block)).toBe('translated');
  });

  it('changing the English back to what the Chinese was written against makes the block translated again', () => {
    let block: Sides = { text: ZH, english: EN, writtenAgainst: EN };
    block = english(english(block, EN + ' It took two years.'), EN);
    expect(blockState(block)).toBe('translated');
  });

  it('Chinese first, then English: Chinese only → stale until checked', () => {
    let block: Sides = { text: ZH };
    expect(blockState(block)).toBe('chinese-only');
    block = english(block, EN);
    expect(blockState(block)).toBe('stale');
    expect(blockState(check(block))).toBe('translated');
  });

  it('deleting the Chinese drops the record: the block is English only and a new Chinese text is recorded afresh', () => {
    let block: Sides = { text: ZH, english: EN, writtenAgainst: 'old English' };
    block = chinese(block, '');
    expect(block.writtenAgainst).toBeUndefined();
    expect(blockState(block)).toBe('english-only');
    block = chinese(block, ZH);
    expect(blockState(block)).toBe('translated');
  });

  it('deleting the English makes the block Chinese only; mark checked on a block without both sides records nothing', () => {
    const block = english({ text: ZH, english: EN, writtenAgainst: EN }, '');
    expect(block).toEqual({ text: ZH, english: undefined, writtenAgainst: undefined });
    expect(blockState(block)).toBe('chinese-only');
    expect(check({ text: '', english: EN }).writtenAgainst).toBeUndefined();
  });

  it('tallies the states of a document', () => {
    expect(tallyStates([{ text: '' }, { text: ZH }, { text: '', english: EN }, { text: ZH, english: EN, writtenAgainst: EN }, { text: ZH, english: EN }])).toEqual({
      empty: 1,
      'english-only': 1,
      'chinese-only': 1,
      translated: 1,
      stale: 1,
    });
  });
});

describe('block ids', () => {
  it('every paragraph and list item gets an id, unique in the document, and keeps the one it has', () => {
    let counter = 0;
    const fresh = () => `b-${++counter}`;
    const blocks: Block[] = [
      { type: 'heading', id: 'b-1', text: '业绩' },
      { type: 'paragraph', id: 'keep', text: '甲', marks: [] },
      { type: 'paragraph', id: 'keep', text: '乙', marks: [] },
      { type: 'listItem', list: 'bullet', level: 0, text: '丙', marks: [] },
    ];
    const ided = ensureBlockIds(blocks, fresh);
    expect(ided.map((block) => block.id)).toEqual(['b-1', 'keep', 'b-2', 'b-3']);
    expect(ensureBlockIds(ided, fresh)).toEqual(ided);
  });

  it('a document with two blocks of one id is refused, naming the block', () => {
    const result = documentSchema.safeParse({
      format: 1,
      blocks: [
        { type: 'paragraph', id: 'a', text: '甲', marks: [] },
        { type: 'listItem', id: 'a', list: 'bullet', text: '乙', marks: [] },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ message: 'summary.duplicateBlock', path: ['blocks', 1, 'id'] });
  });

  it('the fingerprint of an English text is eight hex digits and changes with the text', () => {
    expect(englishFingerprint(EN)).toMatch(/^[0-9a-f]{8}$/);
    expect(englishFingerprint(EN)).not.toBe(englishFingerprint(EN + ' '));
  });
});

describe('the Chinese alone is the summary', () => {
  const bilingual: Block[] = [
    { type: 'heading', id: 'projects', text: '主持的项目', english: 'Projects I led', writtenAgainst: 'Projects I led' },
    withSources({ type: 'paragraph', id: 'b-1', text: ZH, marks: [] }, { english: EN, writtenAgainst: EN }),
  ];
  const chineseOnly: Block[] = [
    { type: 'heading', id: 'projects', text: '主持的项目' },
    { type: 'paragraph', text: ZH, marks: [] },
  ];

  it('the count is the same with or without the English sides', () => {
    expect(countDocument(bilingual)).toEqual(countDocument(chineseOnly));
  });

  it('the review reads the Chinese alone (an English source never counts as English in the summary)', () => {
    expect(summaryParagraphs({ format: 1, blocks: bilingual })).toEqual(['主持的项目', ZH]);
  });

  it('an old summary without English parses unchanged and keeps its canonical form (snapshot hashes stay valid)', () => {
    const old = { format: 1, blocks: [{ type: 'heading', id: 'projects', text: '主持的项目' }, { type: 'paragraph', text: ZH, marks: [] }] };
    const parsed = documentSchema.parse(old);
    expect(parsed).toEqual(old);
    expect(canonicalBlock(parsed.blocks[1] as Block)).toBe(JSON.stringify({ type: 'paragraph', text: ZH, marks: [] }));
  });

  it('giving an old summary\'s paragraphs ids changes nothing in a comparison; a changed English does', () => {
    const withIds = ensureBlockIds(chineseOnly, () => 'b-9');
    expect(diffBlocks(chineseOnly, withIds).stats).toEqual({ equal: 2, inserted: 0, deleted: 0, changed: 0 });
    const changed = diffBlocks(bilingual, [bilingual[0] as Block, withSources(bilingual[1] as Block, { english: EN + ' Again.', writtenAgainst: EN })]);
    expect(changed.stats.changed + changed.stats.inserted).toBeGreaterThan(0);
  });
});
