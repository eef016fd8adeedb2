// The editor's schema: exactly the summary model's nodes and marks (paragraphs, section headings, bulleted
// and numbered lists, bold, italic) and nothing else, so a paste from Word, WPS or a web page can only
// bring in what the model can hold. StarterKit minus everything the model lacks, plus our section heading
// (one heading level = a section, carrying the section's id) and the paste guard.
import { Extension, Node, mergeAttributes, type Extensions } from '@tiptap/core';
import type { Node as PmNode, Slice } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Mapping, type Step } from '@tiptap/pm/transform';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import StarterKit from '@tiptap/starter-kit';
import { HEADING_LEVEL } from './documentConvert';
import { cleanPastedHtml } from './pasteCleanup';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    sectionHeading: {
      /** Makes the current block a section heading, or a heading back into a paragraph. */
      toggleSectionHeading: () => ReturnType;
    };
  }
}

/** New section ids: not outline ids (those start with a letter and use only a-z0-9-), never reused. */
export function newSectionId(): string {
  return `s-${crypto.randomUUID().slice(0, 8)}`;
}

export const SectionHeading = Node.create({
  name: 'heading',
  group: 'block',
  content: 'text*',
  // A heading is a section's name: no bold or italic (the model stores none).
  marks: '',
  defining: true,
  addAttributes() {
    return {
      level: { default: HEADING_LEVEL, rendered: false },
      sectionId: {
        default: null,
        // Splitting a heading in two must not give both halves the same section.
        keepOnSplit: false,
        parseHTML: (element) => element.getAttribute('data-section-id'),
        renderHTML: (attributes) => (attributes.sectionId ? { 'data-section-id': attributes.sectionId as string } : {}),
      },
    };
  },
  // Any heading level pasted from elsewhere is a section heading here.
  parseHTML: () => [1, 2, 3, 4, 5, 6].map((level) => ({ tag: `h${level}` })),
  renderHTML: ({ HTMLAttributes }) => [`h${HEADING_LEVEL}`, mergeAttributes({ class: 'summary-section-heading' }, HTMLAttributes), 0],
  addCommands() {
    return {
      toggleSectionHeading:
        () =>
        ({ commands }) =>
          commands.toggleNode(this.name, 'paragraph', { level: HEADING_LEVEL }),
    };
  },
  addKeyboardShortcuts() {
    return { 'Mod-Alt-2': () => this.editor.commands.toggleSectionHeading() };
  },
});

/** Every heading gets an id, and a heading copied or split from another gets its own (a copy without the English). */
export const sectionIds = new Plugin({
  key: new PluginKey('sectionIds'),
  appendTransaction(transactions, _old, state) {
    if (!transactions.some((transaction) => transaction.docChanged)) return null;
    const seen = new Set<string>();
    const tr = state.tr;
    state.doc.forEach((node, offset) => {
      if (node.type.name !== 'heading') return;
      const id = node.attrs.sectionId as string | null;
      if (id && !seen.has(id)) {
        seen.add(id);
        return;
      }
      const fresh = newSectionId();
      seen.add(fresh);
      // A second heading with a seen id is a copy: a new section, with no English of its own yet.
      const copy = id !== null;
      tr.setNodeMarkup(offset, undefined, { ...node.attrs, sectionId: fresh, ...(copy ? { english: null, writtenAgainst: null } : {}) });
    });
    return tr.docChanged ? tr.setMeta('addToHistory', false) : null;
  },
});

/** New paragraph ids, in the shared namespace of block ids (section ids never start with "b-"). */
export function newBlockId(): string {
  return `b-${crypto.randomUUID().slice(0, 8)}`;
}

/**
 * Writing from English (shared/summary/bilingual.ts): every paragraph has a stable id and any paragraph or
 * heading may carry its English source and the English its Chinese was written against. None of these is
 * kept when a block is split (the new half is a new block with no English yet) or parsed from HTML (a
 * paste is new text, never a copy of another block's id).
 */
export const BlockSources = Extension.create({
  name: 'blockSources',
  addGlobalAttributes() {
    return [
      {
        types: ['paragraph'],
        attributes: { blockId: { default: null, keepOnSplit: false, rendered: false, parseHTML: () => null } },
      },
      {
        types: ['paragraph', 'heading'],
        attributes: {
          english: { default: null, keepOnSplit: false, rendered: false, parseHTML: () => null },
          writtenAgainst: { default: null, keepOnSplit: false, rendered: false, parseHTML: () => null },
        },
      },
    ];
  },
  addProseMirrorPlugins() {
    return [blockIds, sourcesKeptOnTypeChange, sourcesKeptOnJoin];
  },
});

/** Does a step bring in paragraphs that already carry an id (a drop, a paste of the editor's own slice)? */
function bringsBlockIds(step: Step): boolean {
  const slice = (step as { slice?: Slice }).slice;
  if (!slice) return false;
  let found = false;
  slice.content.descendants((node) => {
    if (found) return false;
    if (node.type.name === 'paragraph') {
      found = node.attrs.blockId !== null;
      return false;
    }
    return true;
  });
  return found;
}

/** How many paragraphs of the document carry each id. */
function blockIdCounts(doc: PmNode): Map<string, number> {
  const counts = new Map<string, number>();
  doc.descendants((node) => {
    if (node.type.name === 'paragraph') {
      const id = node.attrs.blockId as string | null;
      if (id !== null) counts.set(id, (counts.get(id) ?? 0) + 1);
      return false;
    }
    return !node.isTextblock;
  });
  return counts;
}

/**
 * Every paragraph gets an id once it is written or made (a split, a paste, Enter), and a copy of a block is
 * a new block: a paragraph copied (Ctrl-drag, copy and paste inside the editor) gets a new id and no English,
 * so one English never stands unseen behind two Chinese blocks. Only the changed ranges are looked at, so a
 * keystroke costs the block it edits; the whole document is counted only when a step brings in paragraphs
 * that already have ids (the original of a copy lies outside the changed ranges).
 */
export const blockIds = new Plugin({
  key: new PluginKey('blockIds'),
  appendTransaction(transactions, _old, state) {
    if (!transactions.some((transaction) => transaction.docChanged)) return null;
    // Each step's changed range, mapped through every later step to the final document.
    let ranges: [number, number][] = [];
    for (const transaction of transactions) {
      ranges = ranges.map(([from, to]) => [transaction.mapping.map(from, -1), transaction.mapping.map(to, 1)]);
      transaction.mapping.maps.forEach((map, index) => {
        const later = transaction.mapping.slice(index + 1);
        map.forEach((_oldStart, _oldEnd, newStart, newEnd) => ranges.push([later.map(newStart, -1), later.map(newEnd, 1)]));
      });
    }
    const counts = transactions.some((transaction) => transaction.steps.some(bringsBlockIds)) ? blockIdCounts(state.doc) : null;
    // The paragraphs in the changed ranges, each once, in document order.
    const inRanges = new Map<number, string | null>();
    for (const [start, end] of ranges) {
      const from = Math.max(0, Math.min(start, state.doc.content.size));
      const to = Math.max(from, Math.min(end, state.doc.content.size));
      state.doc.nodesBetween(from, to, (node, pos) => {
        if (node.type.name !== 'paragraph') return true;
        inRanges.set(pos, node.attrs.blockId as string | null);
        return false;
      });
    }
    const inside = new Map<string, number>();
    for (const id of inRanges.values()) if (id !== null) inside.set(id, (inside.get(id) ?? 0) + 1);
    const tr = state.tr;
    // A split made by a command that copies attributes gives two neighbours one id: both lie in the changed
    // range, and the second becomes a new block (new id, no English yet). A copy whose original lies outside
    // the changed ranges is a new block whichever comes first.
    const kept = new Set<string>();
    for (const pos of [...inRanges.keys()].sort((a, b) => a - b)) {
      const id = inRanges.get(pos) ?? null;
      const outside = id !== null && counts !== null && (counts.get(id) ?? 0) > (inside.get(id) ?? 0);
      const twin = id !== null && (kept.has(id) || outside);
      if (id === null || twin) {
        tr.setNodeAttribute(pos, 'blockId', newBlockId());
        if (twin) tr.setNodeAttribute(pos, 'english', null).setNodeAttribute(pos, 'writtenAgainst', null);
      } else kept.add(id);
    }
    return tr.docChanged ? tr.setMeta('addToHistory', false) : null;
  },
});

/** The transactions' mapping as one, and the ranges they changed in the old document's positions. */
function changedInOld(transactions: readonly Transaction[]): { mapping: Mapping; ranges: [number, number][] } {
  const mapping = new Mapping();
  for (const transaction of transactions) mapping.appendMapping(transaction.mapping);
  const ranges: [number, number][] = [];
  mapping.maps.forEach((map, index) => {
    const back = mapping.slice(0, index).invert();
    map.forEach((oldStart, oldEnd) => ranges.push([back.map(oldStart, -1), back.map(oldEnd, 1)]));
  });
  return { mapping, ranges };
}

/**
 * A block whose type changes (a paragraph made a heading or back, a heading made a list item) keeps its
 * English and the record of what its Chinese was written against: it is the same text, only its place in the
 * outline changed. ProseMirror makes a new node for a new type and some commands (a list toggle on a heading,
 * a change over several blocks) pass no attributes, so the English is carried over here from the node that
 * was at the same place with the same text.
 */
export const sourcesKeptOnTypeChange = new Plugin({
  key: new PluginKey('sourcesKeptOnTypeChange'),
  appendTransaction(transactions, oldState, state) {
    if (!transactions.some((transaction) => transaction.docChanged)) return null;
    const { mapping, ranges } = changedInOld(transactions);
    const tr = state.tr;
    for (const [start, end] of ranges) {
      const from = Math.max(0, Math.min(start, oldState.doc.content.size));
      const to = Math.max(from, Math.min(end, oldState.doc.content.size));
      oldState.doc.nodesBetween(from, to, (node, pos) => {
        if (!node.isTextblock) return true;
        if (node.attrs.english === null && node.attrs.writtenAgainst === null) return false;
        const mapped = mapping.mapResult(pos + 1, 1);
        if (mapped.deleted) return false;
        const $inside = state.doc.resolve(Math.min(mapped.pos, state.doc.content.size));
        const now = $inside.parent;
        if (!now.isTextblock || now.type === node.type || now.textContent !== node.textContent) return false;
        if (now.attrs.english !== null || now.attrs.writtenAgainst !== null) return false;
        const at = $inside.before();
        if (node.attrs.english !== null) tr.setNodeAttribute(at, 'english', node.attrs.english);
        if (node.attrs.writtenAgainst !== null) tr.setNodeAttribute(at, 'writtenAgainst', node.attrs.writtenAgainst);
        return false;
      });
    }
    return tr.docChanged ? tr.setMeta('addToHistory', false) : null;
  },
});

/** Two sides joined as their Chinese was: the texts that are there, one space between (English is spaced). */
const joinSides = (first: unknown, second: unknown): string | null => {
  const parts = [first, second].filter((part): part is string => typeof part === 'string' && part !== '');
  return parts.length > 0 ? parts.join(' ') : null;
};

/**
 * Two blocks joined (Backspace at the start of the second, Delete at the end of the first) keep both
 * Englishes: the block that remains gets its English followed by the joined block's, and the record of what
 * the Chinese was written against joined the same way. The block reads as translated only when both were;
 * otherwise it is stale and shows the English that its Chinese was not written against. Without this the
 * joined block's English vanished unseen. Part of the same undo step as the join.
 */
export const sourcesKeptOnJoin = new Plugin({
  key: new PluginKey('sourcesKeptOnJoin'),
  appendTransaction(transactions, oldState, state) {
    if (!transactions.some((transaction) => transaction.docChanged)) return null;
    const { mapping, ranges } = changedInOld(transactions);
    const tr = state.tr;
    const seen = new Set<number>();
    for (const [start, end] of ranges) {
      const from = Math.max(0, Math.min(start, oldState.doc.content.size));
      const to = Math.max(from, Math.min(end, oldState.doc.content.size));
      oldState.doc.nodesBetween(from, to, (node, pos) => {
        if (!node.isTextblock) return true;
        if (seen.has(pos) || (node.attrs.english === null && node.attrs.writtenAgainst === null)) return false;
        seen.add(pos);
        // Joined: the block's opening was removed but its text stayed, and now ends the block before it (of
        // the same kind: a type change is the other plugin's).
        if (!mapping.mapResult(pos, 1).deletedAfter) return false;
        const mapped = mapping.mapResult(pos + 1, 1);
        if (mapped.deleted) return false;
        const $inside = state.doc.resolve(Math.min(mapped.pos, state.doc.content.size));
        const now = $inside.parent;
        // (Offset 0 is the block itself given new attributes, as a section id is, not a join.)
        const joined = now.isTextblock && now.type === node.type && $inside.parentOffset > 0 && now.textContent.endsWith(node.textContent);
        if (!joined) return false;
        const at = $inside.before();
        const target = tr.doc.nodeAt(at);
        if (!target) return false;
        tr.setNodeAttribute(at, 'english', joinSides(target.attrs.english, node.attrs.english));
        tr.setNodeAttribute(at, 'writtenAgainst', joinSides(target.attrs.writtenAgainst, node.attrs.writtenAgainst));
        return false;
      });
    }
    return tr.docChanged ? tr : null;
  },
});

/** Longest paste taken, in characters: ten times a long summary. A larger paste is refused with a message
 * (it would push the document towards the 2 MiB limit and stall the window while it is laid out). */
export const MAX_PASTE_CHARS = 200_000;
/** Word's HTML is ten times its text or more; past this, the HTML is not even parsed. */
const MAX_PASTE_HTML = 8_000_000;

export interface PasteOptions {
  onRefused(characters: number): void;
}

export const PasteGuard = Extension.create<PasteOptions>({
  name: 'pasteGuard',
  addOptions: () => ({ onRefused: () => undefined }),
  addProseMirrorPlugins() {
    const { onRefused } = this.options;
    return [
      sectionIds,
      new Plugin({
        key: new PluginKey('pasteGuard'),
        props: {
          handlePaste: (_view, event) => {
            const data = event.clipboardData;
            if (!data) return false;
            const plain = data.getData('text/plain');
            const html = plain === '' ? data.getData('text/html') : '';
            if (plain.length > MAX_PASTE_CHARS || html.length > MAX_PASTE_HTML) {
              onRefused(Math.max(plain.length, html.length));
              return true; // handled: nothing inserted
            }
            return false;
          },
          transformPastedHTML: (html) => cleanPastedHtml(html),
        },
      }),
    ];
  },
});

export interface SectionHintOptions {
  /** The hint in the interface's language at the time it is drawn. */
  hint: () => string;
}

export const SECTION_HINT_REFRESH = 'sectionHintRefresh';

/**
 * An empty paragraph right under a section heading shows a hint where to write (a newcomer otherwise sees
 * a blank band and wonders where to click). A decoration only: nothing enters the text or the count.
 * A transaction with the SECTION_HINT_REFRESH meta redraws it after a change of language.
 */
export const SectionHint = Extension.create<SectionHintOptions>({
  name: 'sectionHint',
  addOptions() {
    return { hint: () => '' };
  },
  addProseMirrorPlugins() {
    const { hint } = this.options;
    return [
      new Plugin({
        key: new PluginKey('sectionHint'),
        props: {
          decorations(state) {
            const decorations: Decoration[] = [];
            let previous: string | null = null;
            state.doc.forEach((node, offset) => {
              if (previous === 'heading' && node.type.name === 'paragraph' && node.content.size === 0) {
                decorations.push(Decoration.node(offset, offset + node.nodeSize, { class: 'section-hint', 'data-hint': hint() }));
              }
              previous = node.type.name;
            });
            return DecorationSet.create(state.doc, decorations);
          },
        },
      }),
    ];
  },
});

export function summaryExtensions(options: PasteOptions & Partial<SectionHintOptions>): Extensions {
  return [
    StarterKit.configure({
      blockquote: false,
      code: false,
      codeBlock: false,
      hardBreak: false,
      heading: false,
      horizontalRule: false,
      link: false,
      strike: false,
      underline: false,
      trailingNode: false,
    }),
    SectionHeading,
    BlockSources,
    PasteGuard.configure({ onRefused: options.onRefused }),
    SectionHint.configure({ hint: options.hint ?? (() => '') }),
  ];
}
