// The counts the page shows, from the editor's document: total with and without headings, per section, and
// the selection. Per keystroke only the changed paragraph is counted: ProseMirror keeps unchanged nodes as
// the same objects, so a WeakMap by node skips even reading their text, and the paragraph counter
// (createParagraphCounter) catches texts seen before (undo, redo, a paragraph moved with its section).
import type { Node as PmNode } from '@tiptap/pm/model';
import type { EditorState } from '@tiptap/pm/state';
import { createParagraphCounter } from '../../../shared/text/paragraphCounter';
import { ZERO_COUNT, addCounts, countWords, type WordCount } from '../../../shared/text/wordcount';

export interface SectionStats {
  /** The heading's section id; null for text before the first heading. */
  id: string | null;
  title: string;
  /** Position of the heading in the document (for moving the cursor there); -1 for text before it. */
  pos: number;
  heading: WordCount;
  body: WordCount;
}

export interface DocumentStats {
  all: WordCount;
  body: WordCount;
  sections: SectionStats[];
}

export interface StatsCounter {
  stats(doc: PmNode): DocumentStats;
  /** Paragraph texts actually counted so far. */
  readonly recounted: number;
  /** The count of one paragraph's text, from the same cache (the live review reads its 字数 here). */
  paragraph(text: string): WordCount;
}

export function createStatsCounter(): StatsCounter {
  const paragraphs = createParagraphCounter();
  const byNode = new WeakMap<PmNode, WordCount>();
  const countOf = (node: PmNode) => {
    let count = byNode.get(node);
    if (count === undefined) {
      count = paragraphs.paragraph(node.textContent);
      byNode.set(node, count);
    }
    return count;
  };
  return {
    stats(doc) {
      let all = ZERO_COUNT;
      let body = ZERO_COUNT;
      const sections: SectionStats[] = [];
      let current: SectionStats | null = null;
      doc.descendants((node, pos) => {
        if (!node.isTextblock) return true;
        const count = countOf(node);
        all = addCounts(all, count);
        if (node.type.name === 'heading') {
          current = { id: (node.attrs.sectionId as string | null) ?? null, title: node.textContent, pos, heading: count, body: ZERO_COUNT };
          sections.push(current);
        } else {
          body = addCounts(body, count);
          if (current === null) {
            current = { id: null, title: '', pos: -1, heading: ZERO_COUNT, body: ZERO_COUNT };
            sections.push(current);
          }
          current.body = addCounts(current.body, count);
        }
        return false;
      });
      return { all, body, sections };
    },
    get recounted() {
      return paragraphs.recounted;
    },
    paragraph: (text) => paragraphs.paragraph(text),
  };
}

/** The count of the selected text, or null when nothing is selected. Paragraph breaks end words. */
export function selectionCount(state: EditorState): WordCount | null {
  const { from, to, empty } = state.selection;
  return empty ? null : countWords(state.doc.textBetween(from, to, '\n'));
}
