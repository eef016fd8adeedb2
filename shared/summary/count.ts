// The 字数 of a summary document: the sum of its blocks' counts (exact, since a paragraph break always ends
// a word: wordcount.md), with and without headings, and per section. List markers are not text: Word does
// not count automatic numbering either.
import { ZERO_COUNT, addCounts, countWords, type WordCount } from '../text/wordcount';
import type { Block } from './document';

export interface DocumentCount {
  /** Every block, headings included. */
  all: WordCount;
  /** Paragraphs and list items only: the body, for users who count without headings. */
  body: WordCount;
}

export function countDocument(blocks: readonly Block[], count: (text: string) => WordCount = countWords): DocumentCount {
  let all = ZERO_COUNT;
  let body = ZERO_COUNT;
  for (const block of blocks) {
    const part = count(block.text);
    all = addCounts(all, part);
    if (block.type !== 'heading') body = addCounts(body, part);
  }
  return { all, body };
}

export interface SectionCount {
  /** The heading's id; null for the text before the first heading. */
  sectionId: string | null;
  /** The body of the section (its heading excluded). */
  count: WordCount;
  /** The heading's own count. */
  heading: WordCount;
}

/** One entry per section in document order; text before the first heading is its own entry (id null). */
export function countSections(blocks: readonly Block[], count: (text: string) => WordCount = countWords): SectionCount[] {
  const sections: SectionCount[] = [];
  let current: SectionCount | null = null;
  for (const block of blocks) {
    if (block.type === 'heading') {
      current = { sectionId: block.id, count: ZERO_COUNT, heading: count(block.text) };
      sections.push(current);
      continue;
    }
    if (current === null) {
      current = { sectionId: null, count: ZERO_COUNT, heading: ZERO_COUNT };
      sections.push(current);
    }
    current.count = addCounts(current.count, count(block.text));
  }
  return sections;
}
