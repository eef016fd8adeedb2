// The editor's per-keystroke count: paragraphs are cached by their text, so a keystroke recounts only the
// paragraph it changed and the total is a sum of cached counts. Exact, because a paragraph's count never
// depends on its neighbours (wordcount.ts).
import { ZERO_COUNT, addCounts, countParagraph, type WordCount } from './wordcount';

export interface ParagraphCounter {
  /** The count of one paragraph, counted only if this text is not cached. */
  paragraph(text: string): WordCount;
  /** The count of a document given as its paragraphs' texts: the sum of `paragraph` over them. */
  count(paragraphs: Iterable<string>): WordCount;
  /** Paragraph texts actually counted so far (cache misses), to show that unchanged text is not recounted. */
  readonly recounted: number;
  /** Paragraph texts held in the cache. */
  readonly cached: number;
}

interface Entry {
  count: WordCount;
  /** The `count` call that last used this entry: entries of texts no longer in the document are swept. */
  generation: number;
}

/** Texts kept beyond the current document before a sweep: room for undo/redo to hit the cache. */
const SLACK = 256;

export function createParagraphCounter(): ParagraphCounter {
  const cache = new Map<string, Entry>();
  let generation = 0;
  let recounted = 0;

  function paragraph(text: string): WordCount {
    const entry = cache.get(text);
    if (entry !== undefined) {
      entry.generation = generation;
      return entry.count;
    }
    const count = Object.freeze(countParagraph(text));
    cache.set(text, { count, generation });
    recounted += 1;
    return count;
  }

  function count(paragraphs: Iterable<string>): WordCount {
    generation += 1;
    let total = ZERO_COUNT;
    let paragraphCount = 0;
    for (const text of paragraphs) {
      total = addCounts(total, paragraph(text));
      paragraphCount += 1;
    }
    if (cache.size > 2 * paragraphCount + SLACK) {
      for (const [text, entry] of cache) if (entry.generation !== generation) cache.delete(text);
    }
    return total;
  }

  return {
    paragraph,
    count,
    get recounted() {
      return recounted;
    },
    get cached() {
      return cache.size;
    },
  };
}
