// Section operations for the outline sidebar, as editor transactions: a section is a top-level heading and
// the blocks after it up to the next heading. Going through the editor keeps them on its undo history and
// in the same autosave and count path as typing.
import type { Editor } from '@tiptap/core';
import { Fragment } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import { HEADING_LEVEL } from './documentConvert';
import { newSectionId } from './editorSchema';

interface SectionRange {
  id: string;
  /** Offset of the heading; the section ends where the next one starts. */
  from: number;
  to: number;
}

function sectionRanges(editor: Editor): SectionRange[] {
  const { doc } = editor.state;
  const ranges: SectionRange[] = [];
  doc.forEach((node, offset) => {
    if (node.type.name !== 'heading') return;
    const last = ranges[ranges.length - 1];
    if (last) last.to = offset;
    ranges.push({ id: String(node.attrs.sectionId ?? ''), from: offset, to: doc.content.size });
  });
  return ranges;
}

export function moveSection(editor: Editor, id: string, direction: -1 | 1): void {
  const ranges = sectionRanges(editor);
  const index = ranges.findIndex((range) => range.id === id);
  const first = ranges[direction === -1 ? index - 1 : index];
  const second = ranges[direction === -1 ? index : index + 1];
  if (index < 0 || !first || !second) return;
  const { doc, tr } = editor.state;
  const moved = Fragment.from(doc.slice(second.from, second.to).content).append(doc.slice(first.from, first.to).content);
  tr.replaceWith(first.from, second.to, moved);
  const headingAt = direction === -1 ? first.from : first.from + (second.to - second.from);
  tr.setSelection(TextSelection.near(tr.doc.resolve(headingAt + 1))).scrollIntoView();
  editor.view.dispatch(tr);
}

export function removeSection(editor: Editor, id: string): void {
  const range = sectionRanges(editor).find((candidate) => candidate.id === id);
  if (!range) return;
  const { tr, schema } = editor.state;
  tr.delete(range.from, range.to);
  // ProseMirror needs one block left to hold the cursor.
  if (tr.doc.childCount === 0) tr.insert(0, schema.nodes.paragraph!.create());
  editor.view.dispatch(tr);
}

export function renameSection(editor: Editor, id: string, title: string): void {
  const range = sectionRanges(editor).find((candidate) => candidate.id === id);
  const heading = range ? editor.state.doc.nodeAt(range.from) : null;
  if (!range || !heading) return;
  const { tr, schema } = editor.state;
  const start = range.from + 1;
  tr.replaceWith(start, start + heading.content.size, title === '' ? Fragment.empty : schema.text(title));
  editor.view.dispatch(tr);
}

/** Appends a section (a heading and an empty paragraph) and puts the cursor in its paragraph. */
export function addSection(editor: Editor, title: string, id: string = newSectionId()): void {
  const { tr, schema, doc } = editor.state;
  const end = doc.content.size;
  const heading = schema.nodes.heading!.create({ level: HEADING_LEVEL, sectionId: id }, title === '' ? undefined : schema.text(title));
  tr.insert(end, [heading, schema.nodes.paragraph!.create()]);
  tr.setSelection(TextSelection.near(tr.doc.resolve(end + heading.nodeSize + 1))).scrollIntoView();
  editor.view.dispatch(tr);
  editor.view.focus();
}

/** Puts the cursor at the end of the section's heading and brings it into view. */
export function goToSection(editor: Editor, pos: number): void {
  const node = editor.state.doc.nodeAt(pos);
  if (!node) return;
  const tr = editor.state.tr.setSelection(TextSelection.create(editor.state.doc, pos + 1 + node.content.size)).scrollIntoView();
  editor.view.dispatch(tr);
  editor.view.focus();
  editor.view.domAtPos(pos + 1).node.parentElement?.scrollIntoView({ block: 'center' });
}
