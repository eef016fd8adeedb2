// The review across the documents: what a careful assessor would catch before the applicant submits, read
// from the summary, the form's items, the work history and the application as a whole. Pure: the caller
// gives "today". `createReviewer` keeps each paragraph's facts cached by its text, so the live panel re-reads
// only the paragraph a keystroke changed; `reviewApplication` is the same review with a fresh cache.
import { type WordCount, ZERO_COUNT, addCounts } from '../text/wordcount';
import { type Facts, employerNameDiffering, futureDates, itemFutureDates, itemsNotMentioned, periodsContradictingHistory, titlesDiffering } from './applicationRules';
import { type ParagraphFacts, readParagraph } from './paragraphFacts';
import { partialFromIso } from './text';
import { type ReviewFinding, type ReviewInput, SEVERITY } from './types';

export * from './types';

/** How many times the minimum a summary may be before it is "much longer" than asked. */
const MUCH_LONGER_FACTOR = 2;

function textRules(facts: Facts, minimum: number | null): ReviewFinding[] {
  const findings: ReviewFinding[] = [];
  facts.forEach((paragraph, index) => {
    for (const text of paragraph.placeholders) {
      findings.push({ rule: 'placeholder-left', severity: SEVERITY['placeholder-left'], key: `placeholder-left:${text}`, paragraph: index, text, params: { text }, target: { page: 'summary', paragraph: index } });
    }
  });
  let total = ZERO_COUNT;
  for (const paragraph of facts) total = addCounts(total, paragraph.count);
  if (minimum !== null && minimum > 0) {
    if (total.words < minimum) {
      findings.push({ rule: 'too-short', severity: SEVERITY['too-short'], key: 'too-short', params: { words: total.words, minimum }, target: { page: 'summary' } });
    } else if (total.words > MUCH_LONGER_FACTOR * minimum) {
      findings.push({ rule: 'much-longer', severity: SEVERITY['much-longer'], key: 'much-longer', params: { words: total.words, minimum, factor: MUCH_LONGER_FACTOR }, target: { page: 'summary' } });
    }
  }
  // Chinese characters proper (Han), not punctuation: a text of English words with Chinese commas is English.
  if (total.nonAsianWords > total.hanChars) {
    findings.push({ rule: 'mostly-latin', severity: SEVERITY['mostly-latin'], key: 'mostly-latin', params: { latinWords: total.nonAsianWords, chineseChars: total.hanChars }, target: { page: 'summary' } });
  }
  return findings;
}

export interface Reviewer {
  /** The review of `input`; `paragraphs` may be given instead of splitting `summaryText` (the editor has them). */
  review(input: ReviewInput, paragraphs?: readonly string[]): ReviewFinding[];
  /** Paragraph texts read so far (cache misses): shows that unchanged paragraphs are not read again. */
  readonly read: number;
}

/** Texts kept beyond the current document before old ones are dropped: room for undo to hit the cache. */
const SLACK = 256;

/**
 * `count`: where a paragraph's 字数 comes from; the summary editor passes its own paragraph counter, so the
 * review counts nothing the count panel has counted already.
 */
export function createReviewer(count?: (text: string) => WordCount): Reviewer {
  let cache = new Map<string, ParagraphFacts>();
  let read = 0;
  const factsOf = (text: string) => {
    let facts = cache.get(text);
    if (facts === undefined) {
      facts = readParagraph(text, count);
      cache.set(text, facts);
      read += 1;
    }
    return facts;
  };
  return {
    review(input, paragraphs = input.summaryText.split('\n')) {
      const facts = paragraphs.map(factsOf);
      if (cache.size > 2 * paragraphs.length + SLACK) {
        const kept = new Map<string, ParagraphFacts>();
        paragraphs.forEach((text, index) => kept.set(text, facts[index]!));
        cache = kept;
      }
      const today = partialFromIso(input.today);
      return [
        ...textRules(facts, input.summaryMinimum),
        ...(today ? [...futureDates(facts, today), ...itemFutureDates(input.items, today), ...periodsContradictingHistory(facts, input, today)] : []),
        ...itemsNotMentioned(facts, input.items),
        ...titlesDiffering(facts, input),
        ...employerNameDiffering(input),
      ];
    },
    get read() {
      return read;
    },
  };
}

/**
 * The placeholders left in the summary (placeholder-left), which need neither the day nor the rest of the
 * application: what the report before printing adds to its list of what stops a clean print.
 */
export function placeholdersLeft(paragraphs: readonly string[]): ReviewFinding[] {
  return textRules(paragraphs.map((text) => readParagraph(text)), null).filter((finding) => finding.rule === 'placeholder-left');
}

/** Every finding of the review, errors first within the order of the rules. */
export function reviewApplication(input: ReviewInput): ReviewFinding[] {
  return createReviewer().review(input);
}
