// Microsoft Word's 字数 and its parts, as wordcount.md specifies them. One pass over the code points with a
// precomputed class per character; nothing here looks past white space, so a paragraph's count never depends
// on its neighbours and a document's count is the sum of its paragraphs' (which the paragraph cache relies on).
import { AMBIGUOUS, ASIAN, BMP_CLASSES, BREAK, HAN, HIGH_SURROGATE, OTHER, SPACE, supplementaryClass } from './charClass';

export interface WordCount {
  /** 字数: Asian characters plus non-Asian words, the figure the target is measured against. */
  readonly words: number;
  /** 中文字符和朝鲜语单词. */
  readonly asianChars: number;
  /** 非中文单词: maximal runs of characters that are neither Asian nor white space. */
  readonly nonAsianWords: number;
  /** The pure Han count: ideographs of every block, and 〇. Included in `asianChars`. */
  readonly hanChars: number;
  /** 字符数(不计空格), per code point. */
  readonly charsNoSpaces: number;
  /** 字符数(计空格): the same plus spaces and tabs, without line and paragraph breaks. */
  readonly charsWithSpaces: number;
  /** How many of “”‘’…—· were counted: the rule for them is a guess (wordcount.md), so Word may differ by
   * up to this many in `words`. */
  readonly uncertainChars: number;
}

export const ZERO_COUNT: WordCount = Object.freeze({
  words: 0,
  asianChars: 0,
  nonAsianWords: 0,
  hanChars: 0,
  charsNoSpaces: 0,
  charsWithSpaces: 0,
  uncertainChars: 0,
});

/** Counts any text: a document, a paragraph, or a selection (pass the selected substring). */
export function countWords(text: string): WordCount {
  let asianChars = 0;
  let hanChars = 0;
  let nonAsianWords = 0;
  let chars = 0;
  let spaces = 0;
  let uncertainChars = 0;
  let inWord = false; // the last visible character was a non-Asian word character
  let afterAsian = false; // the last visible character counted as Asian
  let pending = 0; // ambiguous characters not yet known to be Asian or part of a word

  const length = text.length;
  for (let index = 0; index < length; index += 1) {
    let charClass = BMP_CLASSES[text.charCodeAt(index)] as number;
    if (charClass === HIGH_SURROGATE) {
      const low = index + 1 < length ? text.charCodeAt(index + 1) : 0;
      if (low >= 0xdc00 && low <= 0xdfff) {
        charClass = supplementaryClass(((text.charCodeAt(index) - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
        index += 1;
      } else {
        charClass = OTHER;
      }
    }
    switch (charClass) {
      case OTHER:
        chars += 1;
        pending = 0; // ambiguous characters before a word character belong to its word
        if (!inWord) {
          nonAsianWords += 1;
          inWord = true;
        }
        afterAsian = false;
        break;
      case HAN:
        hanChars += 1;
        chars += 1;
        asianChars += 1 + pending; // and ambiguous characters just before it turn Asian
        pending = 0;
        inWord = false;
        afterAsian = true;
        break;
      case ASIAN:
        chars += 1;
        asianChars += 1 + pending;
        pending = 0;
        inWord = false;
        afterAsian = true;
        break;
      case SPACE:
      case BREAK:
        if (charClass === SPACE) spaces += 1;
        if (pending > 0 && !inWord) nonAsianWords += 1; // a run of only ambiguous characters is a word
        pending = 0;
        inWord = false;
        afterAsian = false;
        break;
      case AMBIGUOUS:
        chars += 1;
        uncertainChars += 1;
        if (afterAsian) asianChars += 1;
        else pending += 1;
        break;
      default: // IGNORED: invisible, as if absent
        break;
    }
  }
  if (pending > 0 && !inWord) nonAsianWords += 1;

  return {
    words: asianChars + nonAsianWords,
    asianChars,
    nonAsianWords,
    hanChars,
    charsNoSpaces: chars,
    charsWithSpaces: chars + spaces,
    uncertainChars,
  };
}

/** One paragraph's count: the editor's unit of recounting. The same rules as `countWords`. */
export const countParagraph: (paragraph: string) => WordCount = countWords;

/** A document's paragraphs: split at CR LF, CR, LF and U+2029 (line breaks inside a paragraph stay). */
export function splitParagraphs(text: string): string[] {
  return text.split(/\r\n?|[\n\u2029]/);
}

/** The sum of two counts. */
export function addCounts(a: WordCount, b: WordCount): WordCount {
  return {
    words: a.words + b.words,
    asianChars: a.asianChars + b.asianChars,
    nonAsianWords: a.nonAsianWords + b.nonAsianWords,
    hanChars: a.hanChars + b.hanChars,
    charsNoSpaces: a.charsNoSpaces + b.charsNoSpaces,
    charsWithSpaces: a.charsWithSpaces + b.charsWithSpaces,
    uncertainChars: a.uncertainChars + b.uncertainChars,
  };
}
