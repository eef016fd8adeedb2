// The editor's schema: exactly the summary model's nodes and marks (paragraphs, section headings, bulleted
// and numbered lists, bold, italic) and nothing else, so a paste from Word, WPS or a web page can only
// bring in what the model can hold. StarterKit minus everything the model lacks, plus our section heading
// (one heading level = a section, carrying the section's id) and the paste guard.
import { Extension, Node, mergeAttributes, type Extensions } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
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

/** Every heading gets an id, and a heading copied or split from another gets its own. */
const sectionIds = new Plugin({
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
      tr.setNodeMarkup(offset, undefined, { ...node.attrs, sectionId: fresh });
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
    return [blockIds];
  },
});

/**
 * Every paragraph gets an id once it is written or made (a split, a paste, Enter). Only the changed ranges
 * are looked at, so a keystroke costs the block it edits, not the document.
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
    const tr = state.tr;
    // A split made by a command that copies attributes gives two neighbours one id: both lie in the changed
    // range, and the second becomes a new block (new id, no English yet).
    const seen = new Map<string, number>();
    for (const [start, end] of ranges) {
      const from = Math.max(0, Math.min(start, state.doc.content.size));
      const to = Math.max(from, Math.min(end, state.doc.content.size));
      state.doc.nodesBetween(from, to, (node, pos) => {
        if (node.type.name !== 'paragraph') return true;
        const id = node.attrs.blockId as string | null;
        const twin = id !== null && seen.has(id) && seen.get(id) !== pos;
        if (id === null || twin) {
          tr.setNodeAttribute(pos, 'blockId', newBlockId());
          if (twin) tr.setNodeAttribute(pos, 'english', null).setNodeAttribute(pos, 'writtenAgainst', null);
        } else seen.set(id, pos);
        return false;
      });
    }
    return tr.docChanged ? tr.setMeta('addToHistory', false) : null;
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
