// Writing from English, on the editor's document: the rows the side-by-side view shows (one per block), and
// the edits it makes (Chinese text, English source, mark checked, a new block), each one ProseMirror
// transaction on the one block it touches. The Chinese stays in the editor's document, so the count, the
// outline, the review, undo and the autosave see exactly what they see when writing in Chinese only.
import type { Node as PmNode } from '@tiptap/pm/model';
import { type EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { afterChineseEdit, afterEnglishEdit, afterMarkChecked } from '../../../shared/summary/bilingual';
import { newBlockId } from './editorSchema';

export type RowKind = 'heading' | 'paragraph' | 'listItem';

export interface BilingualRow {
  /** The block id (a heading's section id); null only for a paragraph the editor has not named yet. */
  id: string | null;
  kind: RowKind;
  text: string;
  english: string | undefined;
  writtenAgainst: string | undefined;
  /** The Chinese in runs of bold and italic, or null when it has no marks (a plain box says it all). */
  formatted: FormattedRun[] | null;
}

export interface FormattedRun {
  text: string;
  bold: boolean;
  italic: boolean;
}

function formattedRuns(node: PmNode): FormattedRun[] | null {
  const runs: FormattedRun[] = [];
  let marked = false;
  node.forEach((child) => {
    const bold = child.marks.some((mark) => mark.type.name === 'bold');
    const italic = child.marks.some((mark) => mark.type.name === 'italic');
    marked ||= bold || italic;
    runs.push({ text: child.text ?? '', bold, italic });
  });
  return marked ? runs : null;
}

const attr = (node: PmNode, name: string): string | undefined => {
  const value = node.attrs[name] as unknown;
  return typeof value === 'string' ? value : undefined;
};

export interface BilingualRows {
  rows: BilingualRow[];
  /** Where each row's textblock node starts in the document the rows were read from. */
  positions: number[];
}

/**
 * The rows of a document in order. `cache` keeps the row of an unchanged node (ProseMirror reuses unchanged
 * nodes), so after a keystroke only the edited block's row is a new object and only its view re-renders.
 * Positions are apart from the rows: typing moves every later block's position, not its row.
 */
export function readRows(doc: PmNode, cache: WeakMap<PmNode, BilingualRow>): BilingualRows {
  const rows: BilingualRow[] = [];
  const positions: number[] = [];
  const take = (node: PmNode, pos: number, kind: RowKind) => {
    positions.push(pos);
    const cached = cache.get(node);
    if (cached && cached.kind === kind) {
      rows.push(cached);
      return;
    }
    const row: BilingualRow = {
      id: kind === 'heading' ? (attr(node, 'sectionId') ?? null) : (attr(node, 'blockId') ?? null),
      kind,
      text: node.textContent,
      english: attr(node, 'english'),
      writtenAgainst: attr(node, 'writtenAgainst'),
      formatted: formattedRuns(node),
    };
    cache.set(node, row);
    rows.push(row);
  };
  const walk = (parent: PmNode, offset: number, inList: boolean) => {
    parent.forEach((node, childOffset) => {
      const pos = offset + childOffset;
      if (node.type.name === 'heading') take(node, pos, 'heading');
      else if (node.type.name === 'paragraph') take(node, pos, inList ? 'listItem' : 'paragraph');
      else walk(node, pos + 1, inList || node.type.name === 'listItem');
    });
  };
  walk(doc, 0, false);
  return { rows, positions };
}

export const bilingualRows = (doc: PmNode, cache: WeakMap<PmNode, BilingualRow>): BilingualRow[] => readRows(doc, cache).rows;

/** The textblock at `pos` if it is still the block `id` (a stale position is refused, never misapplied). */
function blockAt(state: EditorState, pos: number, id: string | null): PmNode | null {
  const node = pos >= 0 && pos < state.doc.content.size ? state.doc.nodeAt(pos) : null;
  if (!node || !node.isTextblock) return null;
  const nodeId = node.type.name === 'heading' ? attr(node, 'sectionId') : attr(node, 'blockId');
  return (nodeId ?? null) === id ? node : null;
}

const sidesOf = (node: PmNode) => ({ text: node.textContent, english: attr(node, 'english'), writtenAgainst: attr(node, 'writtenAgainst') });

function setSources(tr: Transaction, pos: number, fields: { english?: string | undefined; writtenAgainst?: string | undefined }): void {
  const node = tr.doc.nodeAt(pos);
  if (!node) return;
  if ((attr(node, 'english') ?? undefined) !== fields.english) tr.setNodeAttribute(pos, 'english', fields.english ?? null);
  if ((attr(node, 'writtenAgainst') ?? undefined) !== fields.writtenAgainst) tr.setNodeAttribute(pos, 'writtenAgainst', fields.writtenAgainst ?? null);
}

/** One line of text: a line break typed or pasted into a box becomes a space (a block is one paragraph). */
// eslint-disable-next-line no-control-regex -- Word's manual line break (\v) is a line break too
export const oneLine = (text: string): string => text.replace(/\r\n?|[\n\u2028\u2029\u000B]/g, ' ');

/**
 * The block's Chinese replaced by `text`: only the changed middle is rewritten (marks around it stay, the
 * cost is the block's length), and the record of the English it was written against follows the rules.
 */
export function setChinese(state: EditorState, pos: number, id: string | null, text: string): Transaction | null {
  const node = blockAt(state, pos, id);
  if (!node) return null;
  const next = oneLine(text);
  const old = node.textContent;
  if (old === next) return null;
  let start = 0;
  const shorter = Math.min(old.length, next.length);
  while (start < shorter && old.charCodeAt(start) === next.charCodeAt(start)) start += 1;
  let end = 0;
  while (end < shorter - start && old.charCodeAt(old.length - 1 - end) === next.charCodeAt(next.length - 1 - end)) end += 1;
  const tr = state.tr;
  const from = pos + 1 + start;
  const to = pos + 1 + old.length - end;
  const middle = next.slice(start, next.length - end);
  if (middle === '') tr.delete(from, to);
  else tr.insertText(middle, from, to);
  setSources(tr, pos, afterChineseEdit(sidesOf(node), next));
  return tr;
}

export function setEnglish(state: EditorState, pos: number, id: string | null, english: string): Transaction | null {
  const node = blockAt(state, pos, id);
  if (!node) return null;
  const tr = state.tr;
  setSources(tr, pos, afterEnglishEdit(sidesOf(node), oneLine(english)));
  return tr.docChanged ? tr : null;
}

export function markChecked(state: EditorState, pos: number, id: string | null): Transaction | null {
  const node = blockAt(state, pos, id);
  if (!node) return null;
  const tr = state.tr;
  setSources(tr, pos, afterMarkChecked(sidesOf(node)));
  return tr.docChanged ? tr : null;
}

/**
 * The editor's selection put on the block, from `from` to `to` in its Chinese (a box's selection): the
 * toolbar's bold, italic, heading and list buttons, and Ctrl+B/Ctrl+I in a box, act on the editor's document
 * there, so formatting is done without leaving the side-by-side view. A selection only: nothing is edited.
 */
export function selectInBlock(state: EditorState, pos: number, id: string | null, from: number, to: number): Transaction | null {
  const node = blockAt(state, pos, id);
  if (!node) return null;
  const size = node.content.size;
  const clamp = (offset: number) => pos + 1 + Math.max(0, Math.min(offset, size));
  const anchor = clamp(Math.min(from, to));
  const head = clamp(Math.max(from, to));
  const { selection } = state;
  if (selection.from === anchor && selection.to === head) return null;
  return state.tr.setSelection(TextSelection.create(state.doc, anchor, head));
}

/** A new empty paragraph (with its id) right after the block: inside a list item it is another item. */
export function insertBlockAfter(state: EditorState, pos: number, id: string | null): { tr: Transaction; id: string } | null {
  const node = blockAt(state, pos, id);
  if (!node) return null;
  const fresh = newBlockId();
  const paragraph = state.schema.nodes.paragraph!.create({ blockId: fresh });
  const $pos = state.doc.resolve(pos);
  // In a list item, a new item after the item, not a second paragraph inside it.
  if ($pos.parent.type.name === 'listItem') {
    const item = state.schema.nodes.listItem!.create(null, paragraph);
    return { tr: state.tr.insert($pos.after(), item), id: fresh };
  }
  return { tr: state.tr.insert(pos + node.nodeSize, paragraph), id: fresh };
}

/** Ids for every paragraph that has none (an old summary turned to writing from English), one transaction. */
export function giveBlockIds(state: EditorState): Transaction | null {
  const tr = state.tr;
  state.doc.descendants((node, pos) => {
    if (node.type.name === 'paragraph') {
      if (node.attrs.blockId === null) tr.setNodeAttribute(pos, 'blockId', newBlockId());
      return false;
    }
    return !node.isTextblock;
  });
  return tr.docChanged ? tr.setMeta('addToHistory', false) : null;
}

/**
 * Removes an empty paragraph or list item (both sides empty): the way out of a block made by mistake.
 * Headings are sections and stay; a list item takes its item (and an emptied list) with it.
 */
export function removeEmptyBlock(state: EditorState, pos: number, id: string | null): Transaction | null {
  const node = blockAt(state, pos, id);
  if (!node || node.type.name !== 'paragraph' || node.textContent !== '' || attr(node, 'english')) return null;
  const $pos = state.doc.resolve(pos);
  let depth = $pos.depth;
  // Climb while the container would be left empty (a list item of one paragraph, a list of one item).
  while (depth > 0 && $pos.node(depth).childCount === 1) depth -= 1;
  if (depth === 0 && state.doc.childCount === 1 && $pos.depth === 0) return null; // the document's last block stays
  const from = depth === $pos.depth ? pos : $pos.before(depth + 1);
  const to = depth === $pos.depth ? pos + node.nodeSize : $pos.after(depth + 1);
  return state.tr.delete(from, to);
}

/** A Chinese text for a block and the English it was written against (a take-back, a confirmed paste). */
export interface ChineseUpdate {
  id: string;
  text: string;
  writtenAgainst: string;
}

/** The blocks' nodes as they are, by id: what "undo this import" puts back (text, marks and record). */
export interface BlockSnapshot {
  id: string;
  node: PmNode;
}

function positionsById(doc: PmNode): Map<string, number> {
  const { rows, positions } = readRows(doc, new WeakMap());
  const byId = new Map<string, number>();
  rows.forEach((row, index) => {
    if (row.id !== null) byId.set(row.id, positions[index] as number);
  });
  return byId;
}

/**
 * Every update in one transaction (one undo step, its own history event), the blocks' previous nodes kept
 * for an explicit undo. Applied from the end of the document backwards, so each position is still right.
 */
export function applyChineseUpdates(state: EditorState, updates: readonly ChineseUpdate[]): { tr: Transaction; before: BlockSnapshot[] } | null {
  const byId = positionsById(state.doc);
  const found = updates.flatMap((update) => {
    const pos = byId.get(update.id);
    return pos === undefined ? [] : [{ update, pos }];
  });
  if (found.length === 0) return null;
  found.sort((a, b) => b.pos - a.pos);
  const tr = state.tr;
  const before: BlockSnapshot[] = [];
  for (const { update, pos } of found) {
    const node = state.doc.nodeAt(pos) as PmNode;
    before.push({ id: update.id, node });
    const text = oneLine(update.text);
    if (node.textContent !== text) tr.replaceWith(pos + 1, pos + node.nodeSize - 1, text === '' ? [] : state.schema.text(text));
    tr.setNodeAttribute(pos, 'writtenAgainst', update.writtenAgainst === '' && !attr(node, 'english') ? null : update.writtenAgainst);
  }
  return { tr, before };
}

/** Puts the kept nodes back where their blocks are now (blocks deleted since are left alone). */
export function restoreBlocks(state: EditorState, before: readonly BlockSnapshot[]): Transaction | null {
  const byId = positionsById(state.doc);
  const found = before.flatMap((snapshot) => {
    const pos = byId.get(snapshot.id);
    return pos === undefined ? [] : [{ snapshot, pos }];
  });
  if (found.length === 0) return null;
  found.sort((a, b) => b.pos - a.pos);
  const tr = state.tr;
  for (const { snapshot, pos } of found) {
    const node = state.doc.nodeAt(pos) as PmNode;
    tr.replaceWith(pos, pos + node.nodeSize, snapshot.node);
  }
  return tr;
}
