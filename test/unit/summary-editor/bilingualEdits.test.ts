// Writing from English in the editor's document: rows per block, edits that touch one block only (marks
// around a change stay, an unchanged block keeps its row object), the states' rules applied on the way, ids
// that survive edits and are new for a split or a new block, and the English kept through save and load.
import { getSchema } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { joinBackward, setBlockType, splitBlock } from '@tiptap/pm/commands';
import { history, undo } from '@tiptap/pm/history';
import { wrapInList } from '@tiptap/pm/schema-list';
import { describe, expect, it } from 'vitest';
import { blockState } from '../../../shared/summary/bilingual';
import { type SummaryDocument, documentSchema } from '../../../shared/summary/document';
import { type BilingualRow, applyChineseUpdates, readRows, restoreBlocks, giveBlockIds, insertBlockAfter, markChecked, removeEmptyBlock, selectInBlock, setChinese, setEnglish } from '../../../renderer/src/summary/bilingualEdits';
import { documentFromEditorContent, editorContentFromDocument } from '../../../renderer/src/summary/documentConvert';
import { blockIds, sectionIds, sourcesKeptOnJoin, sourcesKeptOnTypeChange, summaryExtensions } from '../../../renderer/src/summary/editorSchema';

const schema = getSchema(summaryExtensions({ onRefused: () => undefined }));
const EN = 'I led the signalling upgrade of Line 9.';

const document: SummaryDocument = documentSchema.parse({
  format: 1,
  writeFromEnglish: true,
  blocks: [
    { type: 'heading', id: 'projects', text: '主持的项目', english: 'Projects I led', writtenAgainst: 'Projects I led' },
    { type: 'paragraph', id: 'b-1', text: '本人主持了9号线信号改造。', marks: [{ type: 'bold', from: 0, to: 2 }], english: EN, writtenAgainst: EN },
    { type: 'paragraph', id: 'b-2', text: '', marks: [], english: 'To translate.' },
    { type: 'listItem', id: 'b-3', list: 'bullet', level: 0, text: '一项', marks: [] },
  ],
});

const stateOf = (doc: SummaryDocument) =>
  EditorState.create({ schema, doc: PmNode.fromJSON(schema, editorContentFromDocument(doc)), plugins: [blockIds, sourcesKeptOnTypeChange, sourcesKeptOnJoin, sectionIds] });
const read = (state: EditorState) => documentFromEditorContent(state.doc.toJSON());
/** The rows with their positions, as the view reads them. */
const rows = (state: EditorState): (BilingualRow & { pos: number })[] => {
  const read = readRows(state.doc, new WeakMap());
  return read.rows.map((row, index) => ({ ...row, pos: read.positions[index]! }));
};

describe('the editor holds both sides', () => {
  it('a document written from English loads into the editor and reads back block for block', () => {
    const back = read(stateOf(document));
    expect(back.blocks).toEqual(document.blocks);
  });

  it('one row per block, list items included, with its id, kind and both sides', () => {
    expect(readRows(stateOf(document).doc, new WeakMap()).rows.map((row) => [row.id, row.kind, row.text, row.english])).toEqual([
      ['projects', 'heading', '主持的项目', 'Projects I led'],
      ['b-1', 'paragraph', '本人主持了9号线信号改造。', EN],
      ['b-2', 'paragraph', '', 'To translate.'],
      ['b-3', 'listItem', '一项', undefined],
    ]);
  });
});

describe('edits touch the block they edit', () => {
  it('typing the Chinese keeps the bold around the change, and unchanged rows keep their objects', () => {
    const cache = new WeakMap();
    let state = stateOf(document);
    const before = readRows(state.doc, cache).rows;
    const row = rows(state)[1]!;
    state = state.apply(setChinese(state, row.pos, row.id, '本人主持了9号线和10号线信号改造。')!);
    const after = readRows(state.doc, cache).rows;
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[3]).toBe(before[3]);
    expect(read(state).blocks[1]).toMatchObject({ text: '本人主持了9号线和10号线信号改造。', marks: [{ type: 'bold', from: 0, to: 2 }], writtenAgainst: EN });
  });

  it('the English written first and the Chinese after: English only, then translated', () => {
    let state = stateOf(document);
    const row = rows(state)[2]!;
    expect(blockState(row)).toBe('english-only');
    state = state.apply(setChinese(state, row.pos, row.id, '待翻译的一段。')!);
    expect(blockState(rows(state)[2]!)).toBe('translated');
  });

  it('a changed English makes the block stale until it is marked checked', () => {
    let state = stateOf(document);
    let row = rows(state)[1]!;
    state = state.apply(setEnglish(state, row.pos, row.id, 'I led the signalling upgrade of Lines 9 and 10.')!);
    row = rows(state)[1]!;
    expect(blockState(row)).toBe('stale');
    state = state.apply(markChecked(state, row.pos, row.id)!);
    expect(read(state).blocks[1]).toMatchObject({ english: 'I led the signalling upgrade of Lines 9 and 10.', writtenAgainst: 'I led the signalling upgrade of Lines 9 and 10.' });
  });

  it('an edit at a position that is no longer its block is refused, not applied to another block', () => {
    const state = stateOf(document);
    const row = rows(state)[1]!;
    expect(setChinese(state, row.pos, 'b-2', '错位')).toBeNull();
    expect(setEnglish(state, row.pos + 1, row.id, 'x')).toBeNull();
  });

  it('a line break typed or pasted into a box becomes a space (a block is one paragraph)', () => {
    let state = stateOf(document);
    const row = rows(state)[2]!;
    state = state.apply(setEnglish(state, row.pos, row.id, 'One\nline')!);
    expect(rows(state)[2]!.english).toBe('One line');
  });
});

describe('block ids', () => {
  it('a new block after a paragraph, and a new item after a list item, each with a fresh id', () => {
    let state = stateOf(document);
    const made = insertBlockAfter(state, rows(state)[1]!.pos, 'b-1')!;
    state = state.apply(made.tr);
    const list = rows(state);
    expect(list[2]).toMatchObject({ id: made.id, kind: 'paragraph', text: '' });
    const item = insertBlockAfter(state, list[4]!.pos, 'b-3')!;
    state = state.apply(item.tr);
    expect(rows(state)[5]).toMatchObject({ id: item.id, kind: 'listItem' });
    expect(read(state).blocks.filter((block) => block.type === 'listItem')).toHaveLength(2);
  });

  it('splitting a paragraph keeps its id and English on the first half; the second half is a new block with a new id', () => {
    let state = stateOf(document);
    const row = rows(state)[1]!;
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, row.pos + 1 + 5)));
    splitBlock(state, (tr) => {
      state = state.apply(tr);
    });
    const [, first, second] = rows(state);
    expect(first).toMatchObject({ id: 'b-1', english: EN, text: '本人主持了' });
    expect(second?.id).toMatch(/^b-[0-9a-f]{8}$/);
    expect(second?.english).toBeUndefined();
  });

  it('turning on writing from English gives every paragraph of an old summary an id; headings keep their section ids', () => {
    const old = documentSchema.parse({ format: 1, blocks: [{ type: 'heading', id: 'projects', text: '项目' }, { type: 'paragraph', text: '甲', marks: [] }, { type: 'listItem', list: 'numbered', text: '乙', marks: [] }] });
    let state = stateOf(old);
    expect(read(state)).toEqual(old);
    state = state.apply(giveBlockIds(state)!);
    const ids = read(state).blocks.map((block) => block.id);
    expect(ids[0]).toBe('projects');
    expect(ids.slice(1).every((id) => /^b-[0-9a-f]{8}$/.test(id ?? ''))).toBe(true);
  });

  it('an empty block (both sides) can be removed; a heading or a block with text cannot', () => {
    let state = stateOf(document);
    const made = insertBlockAfter(state, rows(state)[3]!.pos, 'b-3')!;
    state = state.apply(made.tr);
    const item = rows(state).find((row) => row.id === made.id)!;
    state = state.apply(removeEmptyBlock(state, item.pos, item.id)!);
    expect(read(state).blocks.map((block) => block.id)).toEqual(['projects', 'b-1', 'b-2', 'b-3']);
    expect(removeEmptyBlock(state, rows(state)[0]!.pos, 'projects')).toBeNull();
    expect(removeEmptyBlock(state, rows(state)[2]!.pos, 'b-2')).toBeNull(); // it has English
  });
});

describe('an import of translations', () => {
  it('fills every matched block in one transaction (one undo step), and undoing it puts back text, bold and record', () => {
    let state = stateOf(document);
    const made = applyChineseUpdates(state, [
      { id: 'b-2', text: '需要翻译的一段。', writtenAgainst: 'To translate.' },
      { id: 'b-1', text: '新译文。', writtenAgainst: 'An older English.' },
      { id: 'gone', text: '不存在的段落', writtenAgainst: '' },
    ])!;
    const before = read(state);
    state = state.apply(made.tr);
    const after = read(state);
    expect(after.blocks[1]).toMatchObject({ text: '新译文。', marks: [], writtenAgainst: 'An older English.' });
    expect(blockState(after.blocks[1]!)).toBe('stale');
    expect(after.blocks[2]).toMatchObject({ text: '需要翻译的一段。', writtenAgainst: 'To translate.' });
    expect(blockState(after.blocks[2]!)).toBe('translated');
    expect(made.before.map((snapshot) => snapshot.id).sort()).toEqual(['b-1', 'b-2']);
    // Typing after the import does not stop its undo: only the imported blocks go back.
    const row = rows(state)[3]!;
    state = state.apply(setChinese(state, row.pos, row.id, '一项，后来改的')!);
    state = state.apply(restoreBlocks(state, made.before)!);
    const undone = read(state);
    expect(undone.blocks.slice(0, 3)).toEqual(before.blocks.slice(0, 3));
    expect(undone.blocks[3]?.text).toBe('一项，后来改的');
  });
});

describe('a block keeps its English when its type changes; a copy is a new block', () => {
  const run = (state: EditorState, command: (state: EditorState, dispatch: (tr: Transaction) => void) => boolean): EditorState => {
    let next = state;
    expect(command(state, (tr) => (next = state.apply(tr)))).toBe(true);
    return next;
  };
  const caretIn = (state: EditorState, index: number) => state.apply(state.tr.setSelection(TextSelection.create(state.doc, rows(state)[index]!.pos + 1)));

  it('a paragraph made a heading and back keeps its English and its record, even when the command passes no attributes', () => {
    let state = caretIn(stateOf(document), 1);
    state = run(state, setBlockType(schema.nodes.heading!, { level: 2 }));
    expect(rows(state)[1]).toMatchObject({ kind: 'heading', text: '本人主持了9号线信号改造。', english: EN, writtenAgainst: EN });
    state = run(caretIn(state, 1), setBlockType(schema.nodes.paragraph!));
    expect(rows(state)[1]).toMatchObject({ kind: 'paragraph', english: EN, writtenAgainst: EN });
    expect(blockState(rows(state)[1]!)).toBe('translated');
  });

  it('a heading made a paragraph, then a list item, keeps its English', () => {
    let state = run(caretIn(stateOf(document), 0), setBlockType(schema.nodes.paragraph!));
    expect(rows(state)[0]).toMatchObject({ kind: 'paragraph', english: 'Projects I led', writtenAgainst: 'Projects I led' });
    state = run(caretIn(state, 0), wrapInList(schema.nodes.bulletList!));
    expect(rows(state)[0]).toMatchObject({ kind: 'listItem', text: '主持的项目', english: 'Projects I led' });
  });

  it('a copy of a paragraph (Ctrl-drag, paste of its slice) is a new block without English; the original keeps both', () => {
    const state = stateOf(document);
    const original = rows(state)[1]!;
    const slice = state.doc.slice(original.pos, original.pos + state.doc.nodeAt(original.pos)!.nodeSize);
    for (const at of [state.doc.content.size, rows(state)[0]!.pos]) {
      const copied = state.apply(state.tr.insert(at, slice.content));
      const withText = rows(copied).filter((row) => row.text === original.text);
      expect(withText).toHaveLength(2);
      const kept = withText.find((row) => row.id === 'b-1');
      const copy = withText.find((row) => row.id !== 'b-1');
      expect(kept).toMatchObject({ english: EN, writtenAgainst: EN });
      expect(copy?.id).toMatch(/^b-[0-9a-f]{8}$/);
      expect(copy?.english).toBeUndefined();
      expect(copy?.writtenAgainst).toBeUndefined();
      expect(blockState(copy!)).toBe('chinese-only');
    }
  });

  it('a copy of a heading is a new section without English', () => {
    const state = stateOf(document);
    const heading = rows(state)[0]!;
    const slice = state.doc.slice(heading.pos, heading.pos + state.doc.nodeAt(heading.pos)!.nodeSize);
    const copied = state.apply(state.tr.insert(state.doc.content.size, slice.content));
    const headings = rows(copied).filter((row) => row.kind === 'heading');
    expect(headings.map((row) => row.english)).toEqual(['Projects I led', undefined]);
    expect(headings[1]?.id).not.toBe('projects');
  });

  it('a paragraph moved (dragged without Ctrl) keeps its id and English', () => {
    const state = stateOf(document);
    const original = rows(state)[1]!;
    const size = state.doc.nodeAt(original.pos)!.nodeSize;
    const slice = state.doc.slice(original.pos, original.pos + size);
    const end = state.doc.content.size;
    const moved = state.apply(state.tr.insert(end, slice.content).delete(original.pos, original.pos + size));
    const row = rows(moved).find((candidate) => candidate.text === original.text);
    expect(row).toMatchObject({ id: 'b-1', english: EN, writtenAgainst: EN });
    expect(rows(moved).at(-1)?.id).toBe('b-1');
  });
});

describe('formatting from the side-by-side view', () => {
  it('a box\'s selection becomes the editor\'s selection in that block (clamped to its text), so bold and italic apply there', () => {
    const state = stateOf(document);
    const row = rows(state)[1]!;
    const selected = state.apply(selectInBlock(state, row.pos, row.id, 5, 2)!);
    expect([selected.selection.from, selected.selection.to]).toEqual([row.pos + 1 + 2, row.pos + 1 + 5]);
    const clamped = state.apply(selectInBlock(state, row.pos, row.id, 0, 999)!);
    expect(clamped.selection.to).toBe(row.pos + 1 + row.text.length);
    expect(selectInBlock(state, row.pos, 'b-2', 0, 1)).toBeNull(); // not that block any more
    const bolded = selected.apply(selected.tr.addMark(selected.selection.from, selected.selection.to, schema.marks.bold!.create()));
    expect(read(bolded).blocks[1]).toMatchObject({ marks: [{ type: 'bold', from: 0, to: 5 }], english: EN, writtenAgainst: EN });
  });

  it('a row shows its Chinese in runs of bold and italic when it has marks, and none when it is plain', () => {
    const [heading, bold, , item] = readRows(stateOf(document).doc, new WeakMap()).rows;
    expect(bold?.formatted).toEqual([
      { text: '本人', bold: true, italic: false },
      { text: '主持了9号线信号改造。', bold: false, italic: false },
    ]);
    expect(heading?.formatted).toBeNull();
    expect(item?.formatted).toBeNull();
  });
});

describe('two blocks joined keep both Englishes', () => {
  const EN2 = 'The upgrade finished in 2021.';
  const two: SummaryDocument = documentSchema.parse({
    format: 1,
    writeFromEnglish: true,
    blocks: [
      { type: 'paragraph', id: 'b-1', text: '本人主持了9号线信号改造。', marks: [], english: EN, writtenAgainst: EN },
      { type: 'paragraph', id: 'b-2', text: '改造于2021年完成。', marks: [], english: EN2, writtenAgainst: EN2 },
      { type: 'paragraph', id: 'b-3', text: '另一段。', marks: [], english: 'Another.', writtenAgainst: 'Older English.' },
    ],
  });
  const joinAt = (state: EditorState, index: number): EditorState => {
    const caret = state.apply(state.tr.setSelection(TextSelection.create(state.doc, rows(state)[index]!.pos + 1)));
    let next = caret;
    expect(joinBackward(caret, (tr) => (next = caret.apply(tr)))).toBe(true);
    return next;
  };

  it('Backspace at the start of a translated block joins its English after the first block\'s, still translated', () => {
    const state = joinAt(stateOf(two), 1);
    const joined = rows(state)[0]!;
    expect(joined).toMatchObject({ id: 'b-1', text: '本人主持了9号线信号改造。改造于2021年完成。', english: `${EN} ${EN2}`, writtenAgainst: `${EN} ${EN2}` });
    expect(blockState(joined)).toBe('translated');
    expect(rows(state)).toHaveLength(2);
  });

  it('undoing the join puts both blocks back with their own English (one undo step)', () => {
    let state = EditorState.create({ schema, doc: PmNode.fromJSON(schema, editorContentFromDocument(two)), plugins: [history(), blockIds, sourcesKeptOnTypeChange, sourcesKeptOnJoin, sectionIds] });
    state = joinAt(state, 1);
    expect(rows(state)).toHaveLength(2);
    expect(undo(state, (tr) => (state = state.apply(tr)))).toBe(true);
    expect(rows(state).map((row) => [row.id, row.english, row.writtenAgainst])).toEqual([
      ['b-1', EN, EN],
      ['b-2', EN2, EN2],
      ['b-3', 'Another.', 'Older English.'],
    ]);
  });

  it('a stale block joined to a translated one makes the joined block stale, its changed English shown', () => {
    const state = joinAt(stateOf(two), 2);
    const joined = rows(state)[1]!;
    expect(joined).toMatchObject({ english: `${EN2} Another.`, writtenAgainst: `${EN2} Older English.` });
    expect(blockState(joined)).toBe('stale');
  });
});
