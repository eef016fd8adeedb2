// The editor's document and the shared summary model map onto each other without loss: text, bold and
// italic ranges, bulleted and numbered lists at every level, and sections with their ids. Checked on plain
// JSON and through the real Tiptap schema (what the editor would hold after loading the JSON).
import { getSchema } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { type Block, type SummaryDocument, documentSchema } from '../../../shared/summary/document';
import { documentFromEditorContent, editorContentFromDocument } from '../../../renderer/src/summary/documentConvert';
import { summaryExtensions } from '../../../renderer/src/summary/editorSchema';

const schema = getSchema(summaryExtensions({ onRefused: () => undefined }));

/** Through the editor's own schema, as loading and reading back the editor would. */
function throughEditor(document: SummaryDocument): SummaryDocument {
  const node = PmNode.fromJSON(schema, editorContentFromDocument(document));
  node.check();
  return documentFromEditorContent(node.toJSON());
}

const doc = (blocks: Block[]): SummaryDocument => documentSchema.parse({ format: 1, blocks });

const mixed = doc([
  { type: 'heading', id: 'background', text: '个人基本情况 Background' },
  { type: 'paragraph', text: '本人2015年毕业于Imperial College London，获得MEng学位。', marks: [{ type: 'bold', from: 0, to: 2 }, { type: 'italic', from: 10, to: 34 }] },
  { type: 'paragraph', text: 'Overlapping bold and italic', marks: [{ type: 'bold', from: 0, to: 16 }, { type: 'italic', from: 12, to: 27 }] },
  { type: 'heading', id: 's-1a2b3c4d', text: '主要业绩' },
  { type: 'listItem', list: 'bullet', level: 0, text: '项目一：CBTC信号系统', marks: [{ type: 'bold', from: 0, to: 3 }] },
  { type: 'listItem', list: 'bullet', level: 1, text: '子项 a', marks: [] },
  { type: 'listItem', list: 'numbered', level: 2, text: '第一步', marks: [] },
  { type: 'listItem', list: 'numbered', level: 2, text: '第二步 👍🏻', marks: [{ type: 'italic', from: 4, to: 8 }] },
  { type: 'listItem', list: 'bullet', level: 0, text: '项目二', marks: [] },
  { type: 'listItem', list: 'numbered', level: 0, text: 'A numbered list right after a bulleted one', marks: [] },
  { type: 'paragraph', text: '', marks: [] },
  { type: 'listItem', list: 'numbered', level: 0, text: 'A second numbered list', marks: [] },
]);

describe('summary document ↔ editor content', () => {
  it('keeps text, marks, lists and sections on a round trip', () => {
    expect(documentFromEditorContent(editorContentFromDocument(mixed))).toEqual(mixed);
  });

  it('keeps them through the real editor schema', () => {
    expect(throughEditor(mixed)).toEqual(mixed);
  });

  it('keeps a 20,000-字 document, block for block', () => {
    const paragraph = '本人主持完成了城市轨道交通CBTC信号系统的改造，节约成本约120万元；the project passed TÜV Rheinland certification. ';
    const large = doc(
      Array.from({ length: 200 }, (_, index): Block =>
        index % 13 === 0
          ? { type: 'heading', id: `section-${index}`, text: `第${index / 13 + 1}部分 主要业绩` }
          : { type: 'paragraph', text: paragraph.repeat(2), marks: index % 5 === 0 ? [{ type: 'bold', from: 0, to: 2 }] : [] },
      ),
    );
    expect(throughEditor(large)).toEqual(large);
  });

  it('maps an empty document to one empty paragraph and back to nothing', () => {
    const content = editorContentFromDocument({ format: 1, blocks: [] });
    expect(content.content).toEqual([{ type: 'paragraph' }]);
    expect(documentFromEditorContent(content).blocks).toEqual([]);
  });

  it('makes sections of headings, keeping their ids', () => {
    const content = editorContentFromDocument(mixed);
    expect(content.content?.[0]).toMatchObject({ type: 'heading', attrs: { sectionId: 'background' } });
  });

  it('nests list items inside the item before them, one level at a time', () => {
    const content = editorContentFromDocument(doc([
      { type: 'listItem', list: 'bullet', level: 0, text: 'a', marks: [] },
      { type: 'listItem', list: 'bullet', level: 1, text: 'b', marks: [] },
    ]));
    expect(content.content).toEqual([
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }] }, { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'b' }] }] }] }] }] },
    ]);
  });

  it('lifts a list item that jumps two levels to one below its predecessor', () => {
    const jumped = doc([
      { type: 'listItem', list: 'bullet', level: 0, text: 'a', marks: [] },
      { type: 'listItem', list: 'bullet', level: 3, text: 'b', marks: [] },
    ]);
    expect(throughEditor(jumped).blocks.map((block) => (block.type === 'listItem' ? block.level : -1))).toEqual([0, 1]);
  });

  it('gives unnamed and duplicated headings their own ids, valid for the model', () => {
    const result = documentFromEditorContent({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2, sectionId: 'results' }, content: [{ type: 'text', text: 'A' }] },
        { type: 'heading', attrs: { level: 2, sectionId: 'results' }, content: [{ type: 'text', text: 'B' }] },
        { type: 'heading', attrs: { level: 2, sectionId: null }, content: [{ type: 'text', text: 'C' }] },
      ],
    });
    const ids = result.blocks.map((block) => (block.type === 'heading' ? block.id : ''));
    expect(ids[0]).toBe('results');
    expect(new Set(ids).size).toBe(3);
    expect(documentSchema.safeParse(result).success).toBe(true);
  });

  it('makes text the model refuses acceptable: line breaks, control characters, lone surrogates', () => {
    const result = documentFromEditorContent({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a\nb\u0007c\uD800d', marks: [{ type: 'bold' }] }, { type: 'text', text: 'e' }] }],
    });
    expect(result.blocks).toEqual([{ type: 'paragraph', text: 'a bc\uFFFDde', marks: [{ type: 'bold', from: 0, to: 6 }] }]);
    expect(documentSchema.safeParse(result).success).toBe(true);
  });

  it('keeps right-to-left text and emoji unchanged', () => {
    const text = doc([{ type: 'paragraph', text: 'שלום עולם مرحبا 👨‍👩‍👧 中文', marks: [{ type: 'bold', from: 0, to: 4 }] }]);
    expect(throughEditor(text)).toEqual(text);
  });
});
