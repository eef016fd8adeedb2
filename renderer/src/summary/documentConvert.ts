// The editor's document (Tiptap/ProseMirror JSON) to and from the shared summary model, both ways, as pure
// functions: the backend, snapshots, diff and exporters read only the shared model, so whatever the editor
// holds must map onto it without loss of text, marks, lists or sections.
//
// Editor shape: doc > (heading{level 2, sectionId} | paragraph | bulletList | orderedList)*, lists hold
// listItem > paragraph (bulletList | orderedList)*; nested lists are the model's `level`.
import type { JSONContent } from '@tiptap/core';
import {
  DOCUMENT_FORMAT,
  DOCUMENT_LIMITS,
  type Block,
  type Mark,
  type MarkType,
  type SummaryDocument,
  normalizeMarks,
} from '../../../shared/summary/document';

export const HEADING_LEVEL = 2;
type ListKind = 'bullet' | 'numbered';
type ListItemBlock = Extract<Block, { type: 'listItem' }>;

const LIST_NODE: Record<ListKind, string> = { bullet: 'bulletList', numbered: 'orderedList' };
const SECTION_ID = /^[A-Za-z0-9_-]{1,64}$/;

// ---------- shared model → editor ----------

/** A block's text split at mark boundaries into text nodes carrying their marks. */
function inline(text: string, marks: readonly Mark[]): JSONContent[] {
  if (text === '') return [];
  const cuts = new Set<number>([0, text.length]);
  for (const mark of marks) {
    cuts.add(Math.max(0, Math.min(text.length, mark.from)));
    cuts.add(Math.max(0, Math.min(text.length, mark.to)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes: JSONContent[] = [];
  for (let index = 0; index + 1 < points.length; index += 1) {
    const from = points[index] as number;
    const to = points[index + 1] as number;
    if (from === to) continue;
    const active = [...new Set(marks.filter((mark) => mark.from <= from && mark.to >= to).map((mark) => mark.type))].sort();
    nodes.push(active.length > 0 ? { type: 'text', text: text.slice(from, to), marks: active.map((type) => ({ type })) } : { type: 'text', text: text.slice(from, to) });
  }
  return nodes;
}

/** The English side of a block as node attributes (absent ones left out, so a Chinese-only summary's nodes
 * are exactly what they were). */
function sourceAttrs(block: Block): Record<string, string> {
  return {
    ...(block.english !== undefined ? { english: block.english } : {}),
    ...(block.writtenAgainst !== undefined ? { writtenAgainst: block.writtenAgainst } : {}),
  };
}

function paragraphNode(block: Extract<Block, { type: 'paragraph' | 'listItem' }>): JSONContent {
  const content = inline(block.text, block.marks);
  const attrs = { ...(block.id !== undefined ? { blockId: block.id } : {}), ...sourceAttrs(block) };
  const node: JSONContent = { type: 'paragraph' };
  if (Object.keys(attrs).length > 0) node.attrs = attrs;
  if (content.length > 0) node.content = content;
  return node;
}

/** One list (of one kind) at `level`, starting at items[start]; returns the node and the next index. */
function buildList(items: readonly ListItemBlock[], start: number, level: number): { node: JSONContent; next: number } {
  const kind = (items[start] as ListItemBlock).list;
  const listItems: JSONContent[] = [];
  let index = start;
  while (index < items.length) {
    const item = items[index] as ListItemBlock;
    if (item.level < level || (item.level === level && item.list !== kind)) break;
    const content: JSONContent[] = [paragraphNode(item)];
    index += 1;
    // Deeper items that follow belong to this item, as one or more nested lists.
    while (index < items.length && (items[index] as ListItemBlock).level > level) {
      const nested = buildList(items, index, level + 1);
      content.push(nested.node);
      index = nested.next;
    }
    listItems.push({ type: 'listItem', content });
  }
  return { node: { type: LIST_NODE[kind], content: listItems }, next: index };
}

/** A level may go at most one deeper than the item before it (ProseMirror nests lists inside items). */
function clampLevels(items: ListItemBlock[]): ListItemBlock[] {
  let previous = -1;
  return items.map((item) => {
    const level = Math.min(item.level, previous + 1);
    previous = level;
    return level === item.level ? item : { ...item, level };
  });
}

export function editorContentFromDocument(document: SummaryDocument): JSONContent {
  const content: JSONContent[] = [];
  const blocks = document.blocks;
  let index = 0;
  while (index < blocks.length) {
    const block = blocks[index] as Block;
    if (block.type === 'heading') {
      content.push({ type: 'heading', attrs: { level: HEADING_LEVEL, sectionId: block.id, ...sourceAttrs(block) }, content: inline(block.text, []) });
      index += 1;
    } else if (block.type === 'paragraph') {
      content.push(paragraphNode(block));
      index += 1;
    } else {
      const run: ListItemBlock[] = [];
      while (index < blocks.length && (blocks[index] as Block).type === 'listItem') run.push(blocks[index++] as ListItemBlock);
      const items = clampLevels(run);
      let at = 0;
      while (at < items.length) {
        const list = buildList(items, at, 0);
        content.push(list.node);
        at = list.next;
      }
    }
  }
  // ProseMirror needs one block to put the cursor in.
  if (content.length === 0) content.push({ type: 'paragraph' });
  return { type: 'doc', content };
}

// ---------- editor → shared model ----------

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const BREAKS = /[\t\r\n\u2028\u2029]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** What the model refuses, made acceptable: a line break is a space, a broken character U+FFFD. Tabs stay. */
function cleanText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(BREAKS, (match) => (match === '\t' ? '\t' : ' ')).replace(CONTROL, '');
}

const isMarkType = (type: string): type is MarkType => type === 'bold' || type === 'italic';

/** A textblock's text and mark ranges (UTF-16 offsets, as the model wants). */
function textOf(node: JSONContent): { text: string; marks: Mark[] } {
  let text = '';
  const marks: Mark[] = [];
  for (const child of node.content ?? []) {
    if (child.type !== 'text' || !child.text) continue;
    const part = cleanText(child.text);
    if (part === '') continue;
    for (const mark of child.marks ?? []) {
      if (isMarkType(mark.type)) marks.push({ type: mark.type, from: text.length, to: text.length + part.length });
    }
    text += part;
  }
  return { text, marks: normalizeMarks(marks) };
}

interface Walk {
  blocks: Block[];
  usedIds: Set<string>;
}

function headingId(walk: Walk, raw: unknown): string {
  let id = typeof raw === 'string' && SECTION_ID.test(raw) && !walk.usedIds.has(raw) ? raw : '';
  // A heading the editor has not named yet (or a copy of another): a stable, unused fallback.
  for (let counter = walk.usedIds.size + 1; id === ''; counter += 1) {
    if (!walk.usedIds.has(`section-${counter}`)) id = `section-${counter}`;
  }
  walk.usedIds.add(id);
  return id;
}

/** The English side from node attributes, cleaned like the text (an attribute is never typed into by
 * ProseMirror, but a paste into the English box may bring a line break). */
function sourcesOf(node: JSONContent): { english?: string; writtenAgainst?: string } {
  const english = typeof node.attrs?.english === 'string' ? cleanText(node.attrs.english as string) : undefined;
  const against = typeof node.attrs?.writtenAgainst === 'string' ? cleanText(node.attrs.writtenAgainst as string) : undefined;
  return { ...(english !== undefined ? { english } : {}), ...(against !== undefined ? { writtenAgainst: against } : {}) };
}

/** A paragraph's own id, when it has a valid one not used by an earlier block (a copy gets none here; the
 * editor gives it a fresh one on its next edit). */
function paragraphId(walk: Walk, raw: unknown): { id?: string } {
  if (typeof raw !== 'string' || !SECTION_ID.test(raw) || walk.usedIds.has(raw)) return {};
  walk.usedIds.add(raw);
  return { id: raw };
}

function visit(walk: Walk, node: JSONContent, list: { kind: ListKind; level: number } | null): void {
  switch (node.type) {
    case 'heading': {
      const text = [...textOf(node).text].slice(0, DOCUMENT_LIMITS.maxHeadingLength).join('');
      walk.blocks.push({ type: 'heading', id: headingId(walk, node.attrs?.sectionId), text, ...sourcesOf(node) });
      return;
    }
    case 'paragraph': {
      const { text, marks } = textOf(node);
      const id = paragraphId(walk, node.attrs?.blockId);
      walk.blocks.push(
        list
          ? { type: 'listItem', ...id, list: list.kind, level: Math.min(list.level, DOCUMENT_LIMITS.maxListLevel), text, marks, ...sourcesOf(node) }
          : { type: 'paragraph', ...id, text, marks, ...sourcesOf(node) },
      );
      return;
    }
    case 'bulletList':
    case 'orderedList': {
      const kind: ListKind = node.type === 'bulletList' ? 'bullet' : 'numbered';
      const level = list ? list.level + 1 : 0;
      for (const item of node.content ?? []) visit(walk, item, { kind, level });
      return;
    }
    case 'listItem':
      for (const child of node.content ?? []) {
        // The item's own paragraphs are at its list's level; its nested lists go one deeper.
        if (child.type === 'bulletList' || child.type === 'orderedList') visit(walk, child, list ? { ...list } : null);
        else visit(walk, child, list);
      }
      return;
    default:
      for (const child of node.content ?? []) visit(walk, child, list);
  }
}

export function documentFromEditorContent(content: JSONContent): SummaryDocument {
  const walk: Walk = { blocks: [], usedIds: new Set() };
  visit(walk, content, null);
  // The editor's one empty paragraph of an empty document is not text.
  const only = walk.blocks[0];
  if (walk.blocks.length === 1 && only?.type === 'paragraph' && only.text === '' && only.english === undefined) walk.blocks = [];
  return { format: DOCUMENT_FORMAT, blocks: walk.blocks };
}
