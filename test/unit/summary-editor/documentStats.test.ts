// The editor's count: exact (the sum of the paragraphs' Word counts, headings in or out), per section, and
// per keystroke only the paragraph that changed is counted again.
import { getSchema } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../../shared/text/wordcount';
import { editorContentFromDocument } from '../../../renderer/src/summary/documentConvert';
import { createStatsCounter, selectionCount } from '../../../renderer/src/summary/documentStats';
import { summaryExtensions } from '../../../renderer/src/summary/editorSchema';

const schema = getSchema(summaryExtensions({ onRefused: () => undefined }));
const PARAGRAPHS = Array.from({ length: 50 }, (_, index) => `第${index}段：本人负责PLC控制系统的调试，效率提高了${index}%。`);

function state(): EditorState {
  const doc = PmNode.fromJSON(
    schema,
    editorContentFromDocument({
      format: 1,
      blocks: [
        { type: 'heading', id: 'background', text: '个人基本情况' },
        ...PARAGRAPHS.slice(0, 25).map((text) => ({ type: 'paragraph' as const, text, marks: [] })),
        { type: 'heading', id: 'results', text: 'Main results' },
        ...PARAGRAPHS.slice(25).map((text) => ({ type: 'listItem' as const, list: 'bullet' as const, level: 0, text, marks: [] })),
      ],
    }),
  );
  return EditorState.create({ schema, doc });
}

const sum = (texts: string[]) => texts.reduce((total, text) => total + countWords(text).words, 0);

describe('the editor count', () => {
  it('is the sum of the blocks’ Word counts, with and without headings, and per section', () => {
    const stats = createStatsCounter().stats(state().doc);
    expect(stats.body.words).toBe(sum(PARAGRAPHS));
    expect(stats.all.words).toBe(sum(PARAGRAPHS) + sum(['个人基本情况', 'Main results']));
    expect(stats.sections.map((section) => [section.id, section.body.words])).toEqual([
      ['background', sum(PARAGRAPHS.slice(0, 25))],
      ['results', sum(PARAGRAPHS.slice(25))],
    ]);
  });

  it('recounts only the paragraph a keystroke changed', () => {
    const counter = createStatsCounter();
    let current = state();
    counter.stats(current.doc);
    const before = counter.recounted;
    // Type one character at the end of the 10th paragraph.
    let position = 0;
    current.doc.forEach((node, offset, index) => {
      if (index === 10) position = offset + node.nodeSize - 1;
    });
    current = current.apply(current.tr.insertText('好', position));
    const stats = counter.stats(current.doc);
    expect(counter.recounted - before).toBe(1);
    expect(stats.body.words).toBe(sum(PARAGRAPHS) + 1);
  });

  it('counts the selection, paragraph breaks ending words', () => {
    const current = state();
    const end = current.doc.content.size;
    const all = current.apply(current.tr.setSelection(TextSelection.create(current.doc, 1, end - 1)));
    expect(selectionCount(all)?.words).toBe(createStatsCounter().stats(current.doc).all.words);
    expect(selectionCount(current)).toBeNull();
  });
});
