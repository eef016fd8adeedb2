// Text matching the review relies on: one normal form in which a title, an employer's name or a sentence
// compare equal however they are quoted, spaced, punctuated or typed (full-width or half-width, any case).

/** Quotes, brackets, punctuation, symbols and white space do not tell two names apart. */
const IGNORED = /[\s\p{P}\p{S}]/gu;

export function normalizeForMatch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(IGNORED, '');
}

/** Where sentences end: a period in the text names its employer within the same sentence. */
const SENTENCE_END = /[。！？；!?;]/;

/** The sentence of `paragraph` around position `index`. */
export function sentenceAround(paragraph: string, index: number): string {
  let start = index;
  while (start > 0 && !SENTENCE_END.test(paragraph[start - 1]!)) start -= 1;
  let end = index;
  while (end < paragraph.length && !SENTENCE_END.test(paragraph[end]!)) end += 1;
  return paragraph.slice(start, end);
}

/** A date of the review (YYYY, YYYY-MM or YYYY-MM-DD) as far as the text gives it. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

export function partialFromIso(iso: string): PartialDate | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) return null;
  const date: PartialDate = { year: Number(match[1]) };
  if (match[2] !== undefined) date.month = Number(match[2]);
  if (match[3] !== undefined) date.day = Number(match[3]);
  return date;
}

/**
 * Compares two dates only as precisely as both are given: 2025 and 2025-06 are neither before nor after
 * each other (0), so a year alone is never judged against a month it may contain.
 */
export function comparePartial(a: PartialDate, b: PartialDate): number {
  if (a.year !== b.year) return a.year - b.year;
  if (a.month === undefined || b.month === undefined) return 0;
  if (a.month !== b.month) return a.month - b.month;
  if (a.day === undefined || b.day === undefined) return 0;
  return a.day - b.day;
}
