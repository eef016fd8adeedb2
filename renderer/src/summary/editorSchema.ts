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
    PasteGuard.configure({ onRefused: options.onRefused }),
    SectionHint.configure({ hint: options.hint ?? (() => '') }),
  ];
}
