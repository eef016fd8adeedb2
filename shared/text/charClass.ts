// How each code point takes part in Word's 字数 (wordcount.md): a 64 KB table for the BMP, built once, and a
// few range tests for the supplementary planes, so the counter does one array read per UTF-16 unit.
//
// Where wordcount.md is silent, decided here:
// - Invisible characters (Unicode Default_Ignorable: ZWJ, ZWNJ, word joiner, soft hyphen, bidi marks and
//   isolates, tags) are treated like the BOM, ZWSP and variation selectors: not counted, and transparent (they
//   neither end a word nor count as an ambiguous character's neighbour). So 👨‍👩‍👧 is 3 characters, 1 word.
// - Other C0/C1 controls are invisible too: a .docx cannot hold them, so Word never counts them.
// - A lone surrogate is one non-Asian character (the U+FFFD it becomes in a file).
// - No-break spaces are white space like U+3000; tabs count with spaces; VT (Word's manual line break), FF
//   (page break), NEL, U+2028 and U+2029 are breaks, not counted.
// - The CJK script blocks between the named ones (Kanbun, CJK Strokes, Ideographic Description Characters)
//   and the Enclosed Ideographic Supplement are Asian; Yijing hexagrams and Yi are not.

/** A non-Asian, non-space character: counted, and part of a non-Asian word (letters, digits, emoji, …). */
export const OTHER = 0;
/** An Asian character that is not a Han ideograph (kana, Hangul, CJK punctuation, fullwidth forms, …). */
export const ASIAN = 1;
/** A Han ideograph: Asian, and also counted in the pure Han figure. */
export const HAN = 2;
/** White space inside a paragraph: ends words, counted only in 字符数(计空格). */
export const SPACE = 3;
/** A line or paragraph break: ends words, never counted. */
export const BREAK = 4;
/** Invisible (BOM, zero-width and bidi marks, variation selectors, controls): not counted, never ends a word. */
export const IGNORED = 5;
/** “”‘’…—·: Asian when a neighbour is Asian, otherwise part of a non-Asian word. */
export const AMBIGUOUS = 6;
/** The first half of a surrogate pair (only in the BMP table; the counter decodes the pair). */
export const HIGH_SURROGATE = 7;

export type CharClass = typeof OTHER | typeof ASIAN | typeof HAN | typeof SPACE | typeof BREAK | typeof IGNORED | typeof AMBIGUOUS;

function buildBmpTable(): Uint8Array {
  const table = new Uint8Array(0x10000); // OTHER everywhere, then the ranges below, later ones winning
  const mark = (from: number, to: number, charClass: number) => table.fill(charClass, from, to + 1);

  // Asian blocks named by wordcount.md, plus the CJK script blocks between them (Kanbun, strokes, IDCs).
  mark(0x1100, 0x11ff, ASIAN); // Hangul Jamo
  mark(0x2e80, 0x2fdf, ASIAN); // CJK Radicals Supplement, Kangxi Radicals
  mark(0x2ff0, 0x2fff, ASIAN); // Ideographic Description Characters
  mark(0x3000, 0x33ff, ASIAN); // CJK Symbols and Punctuation … kana, Bopomofo, jamo, Enclosed CJK, CJK Compatibility
  mark(0x3007, 0x3007, HAN); // 〇, the ideographic zero
  mark(0x3400, 0x4dbf, HAN); // Extension A
  mark(0x4e00, 0x9fff, HAN); // CJK Unified Ideographs
  mark(0xa960, 0xa97f, ASIAN); // Hangul Jamo Extended-A
  mark(0xac00, 0xd7ff, ASIAN); // Hangul Syllables, Hangul Jamo Extended-B
  mark(0xf900, 0xfaff, HAN); // CJK Compatibility Ideographs
  mark(0xfe10, 0xfe1f, ASIAN); // Vertical Forms
  mark(0xfe30, 0xfe6f, ASIAN); // CJK Compatibility Forms (vertical), Small Form Variants
  mark(0xff00, 0xffef, ASIAN); // Halfwidth and Fullwidth Forms

  mark(0x00b7, 0x00b7, AMBIGUOUS);
  mark(0x2014, 0x2014, AMBIGUOUS);
  mark(0x2018, 0x2019, AMBIGUOUS);
  mark(0x201c, 0x201d, AMBIGUOUS);
  mark(0x2026, 0x2026, AMBIGUOUS);

  // Unicode White_Space, split into spaces and breaks. U+3000 is white space (wordcount.md).
  for (const code of [0x09, 0x20, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) mark(code, code, SPACE);
  mark(0x2000, 0x200a, SPACE);
  mark(0x0a, 0x0d, BREAK); // LF, VT (Word's manual line break), FF (page break), CR
  for (const code of [0x85, 0x2028, 0x2029]) mark(code, code, BREAK);

  // Controls a .docx cannot hold (XML 1.0 forbids C0), and Default_Ignorable_Code_Point characters, except
  // the Hangul fillers, which sit in blocks wordcount.md counts as Asian.
  mark(0x00, 0x08, IGNORED);
  mark(0x0e, 0x1f, IGNORED);
  mark(0x7f, 0x84, IGNORED);
  mark(0x86, 0x9f, IGNORED);
  for (const code of [0xad, 0x034f, 0x061c, 0xfeff]) mark(code, code, IGNORED);
  mark(0x17b4, 0x17b5, IGNORED);
  mark(0x180b, 0x180f, IGNORED);
  mark(0x200b, 0x200f, IGNORED); // ZWSP, ZWNJ, ZWJ, LRM, RLM
  mark(0x202a, 0x202e, IGNORED); // bidi embeddings and overrides
  mark(0x2060, 0x206f, IGNORED); // word joiner, invisible operators, bidi isolates
  mark(0xfe00, 0xfe0f, IGNORED); // variation selectors
  mark(0xfff0, 0xfff8, IGNORED);

  mark(0xd800, 0xdbff, HIGH_SURROGATE);
  return table;
}

/** The class of each BMP code unit; lone low surrogates are OTHER, high surrogates HIGH_SURROGATE. */
export const BMP_CLASSES: Uint8Array = buildBmpTable();

/** The class of a code point at or above U+10000. */
export function supplementaryClass(codePoint: number): CharClass {
  if (codePoint >= 0x20000 && codePoint <= 0x3ffff) return HAN; // Extensions B–I, Compatibility Supplement
  if (codePoint >= 0x1aff0 && codePoint <= 0x1b16f) return ASIAN; // Kana Extended, Supplement, Small Kana
  if (codePoint >= 0x1f200 && codePoint <= 0x1f2ff) return ASIAN; // Enclosed Ideographic Supplement
  if (codePoint >= 0x16fe0 && codePoint <= 0x16fff) return ASIAN; // Ideographic Symbols and Punctuation
  if (codePoint >= 0xe0000 && codePoint <= 0xe0fff) return IGNORED; // tags, variation selectors supplement
  if ((codePoint >= 0x1bca0 && codePoint <= 0x1bca3) || (codePoint >= 0x1d173 && codePoint <= 0x1d17a)) return IGNORED;
  return OTHER;
}

/** The class of any code point; a lone surrogate is OTHER (counted like the U+FFFD it becomes in a file). */
export function codePointClass(codePoint: number): CharClass {
  if (codePoint >= 0x10000) return supplementaryClass(codePoint);
  const charClass = BMP_CLASSES[codePoint] ?? OTHER;
  return charClass === HIGH_SURROGATE ? OTHER : (charClass as CharClass);
}
