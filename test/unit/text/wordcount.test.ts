// Word's 字数 as wordcount.md specifies it: every worked example, every class of Asian character, the
// uncertain cases with the rule the app chose, characters and spaces, and bad input.
import { describe, expect, it } from 'vitest';
import { ZERO_COUNT, countWords } from '../../../shared/text/wordcount';
import { WORD_COUNT_CASES } from './wordcountCases';

const cp = (...codePoints: number[]) => String.fromCodePoint(...codePoints);

describe('the worked examples of wordcount.md', () => {
  it.each(WORD_COUNT_CASES)('$rule: $text counts $words', ({ text, words, charsNoSpaces, charsWithSpaces }) => {
    const count = countWords(text);
    expect(count.words).toBe(words);
    if (charsNoSpaces !== undefined) expect(count.charsNoSpaces).toBe(charsNoSpaces);
    if (charsWithSpaces !== undefined) expect(count.charsWithSpaces).toBe(charsWithSpaces);
  });

  it('字数 is Asian characters plus non-Asian words', () => {
    expect(countWords('Hello 世界')).toMatchObject({ words: 3, asianChars: 2, nonAsianWords: 1 });
    expect(countWords('東京2024オリンピック')).toMatchObject({ asianChars: 8, nonAsianWords: 1 });
    expect(countWords('一二三四五 six seven eight')).toMatchObject({ asianChars: 5, nonAsianWords: 3, charsNoSpaces: 18 });
  });
});

describe('every Asian character counts 1, in every block wordcount.md names', () => {
  it.each([
    ['CJK Unified Ideographs', '中文汉字'],
    ['Extension A', '㐀䶵'],
    ['Extension B', '𠀀𪛖'],
    ['Extensions C to I', cp(0x2a700, 0x2b740, 0x2b820, 0x2ceb0, 0x2ebf0, 0x30000, 0x31350)],
    ['CJK Compatibility Ideographs and their supplement', cp(0xf900, 0xfa6d, 0x2f800)],
    ['CJK Symbols and Punctuation', '、。「」《》【】〃々〆〽〇'],
    ['hiragana', 'ひらがな'],
    ['katakana with ・ and ー', 'カタカナ・ー'],
    ['katakana phonetic extensions and the kana supplement', cp(0x31f0, 0x1b000, 0x1b132)],
    ['Hangul syllables', '한국어'],
    ['Hangul jamo, compatibility jamo and the extended jamo', cp(0x1100, 0x1161, 0x11a8, 0x3131, 0xa960, 0xd7b0)],
    ['Bopomofo and Bopomofo Extended', 'ㄅㄆㄇㄈ' + cp(0x31a0)],
    ['Halfwidth and Fullwidth Forms', '，！？（）：；１２３ＡＢＣｶﾀｶﾅ'],
    ['Enclosed CJK Letters and Months', '㈱㊣'],
    ['CJK Compatibility', '㍻㎡'],
    ['Kangxi radicals and the CJK Radicals Supplement', cp(0x2f00, 0x2f08, 0x2e80, 0x2e9b)],
    ['vertical forms and CJK compatibility forms', cp(0xfe10, 0xfe11, 0xfe35, 0xfe36)],
    ['small form variants', cp(0xfe50, 0xfe51, 0xfe5d)],
    ['CJK strokes, Kanbun and ideographic description characters', cp(0x31c0, 0x3190, 0x2ff0)],
    ['the Enclosed Ideographic Supplement', cp(0x1f200, 0x1f236)],
  ])('%s: %s', (_block, text) => {
    const length = [...text].length;
    expect(countWords(text)).toMatchObject({ words: length, asianChars: length, nonAsianWords: 0, charsNoSpaces: length });
  });

  it('an Asian character breaks a non-Asian run on both sides', () => {
    expect(countWords('abc中def')).toMatchObject({ words: 3, nonAsianWords: 2 });
    expect(countWords('ISO9001认证ABC')).toMatchObject({ words: 4, nonAsianWords: 2 });
  });

  it('Yijing hexagrams and Yi syllables are not in a named block: non-Asian', () => {
    expect(countWords(cp(0x4dc0, 0x4dc1))).toMatchObject({ words: 1, asianChars: 0 });
    expect(countWords(cp(0xa000))).toMatchObject({ words: 1, asianChars: 0 });
  });
});

describe('the pure Han count', () => {
  it('counts ideographs of every block and 〇, nothing else', () => {
    expect(countWords('中𠀀豈〇').hanChars).toBe(4);
    expect(countWords('々、カ한ㄅ１⼀').hanChars).toBe(0);
    expect(countWords('我们在2024年完成了BIM项目。').hanChars).toBe(9);
  });
});

describe('uncertain: “”‘’…—· are Asian when either neighbour is Asian, else part of a non-Asian run', () => {
  it.each([
    ['curly double quotes in Chinese', '他说“好”。', 6],
    ['curly single quotes in Chinese', '‘好’', 3],
    ['a middle dot in a transliterated name', '迈克尔·乔丹', 6],
    ['an ellipsis with an Asian character after it only', '……中', 3],
    ['a dash with an Asian character before it only', '中——', 3],
  ])('%s: %s counts %i, all Asian', (_case, text, words) => {
    expect(countWords(text)).toMatchObject({ words, asianChars: words, nonAsianWords: 0 });
  });

  it('quotes around an English word inside Chinese are Asian, the word is one word', () => {
    expect(countWords('他说“Hello”。')).toMatchObject({ words: 6, asianChars: 5, nonAsianWords: 1 });
  });

  it('with no Asian neighbour they are part of a non-Asian word', () => {
    expect(countWords('“Hello”')).toMatchObject({ words: 1, asianChars: 0 });
    expect(countWords('Hello—world')).toMatchObject({ words: 1, asianChars: 0 });
    expect(countWords('A·B')).toMatchObject({ words: 1, asianChars: 0 });
    expect(countWords('It’s')).toMatchObject({ words: 1, asianChars: 0 });
  });

  it('alone between spaces they form one non-Asian word', () => {
    expect(countWords('中 …… 文')).toMatchObject({ words: 3, asianChars: 2, nonAsianWords: 1 });
  });

  it('white space is not a neighbour: a quote after a space opens a non-Asian word', () => {
    expect(countWords('中 “abc”')).toMatchObject({ words: 2, asianChars: 1, nonAsianWords: 1 });
  });

  it('an Asian character after a word makes the quote between them Asian', () => {
    expect(countWords('abc“中')).toMatchObject({ words: 3, asianChars: 2, nonAsianWords: 1 });
  });

  it('invisible characters are not neighbours: the next visible character decides', () => {
    expect(countWords('中\u200B“')).toMatchObject({ words: 2, asianChars: 2 });
  });

  it('how many of them were counted is reported, since Word may differ by one per character', () => {
    expect(countWords('他说“Hello”……').uncertainChars).toBe(4);
    expect(countWords('中文').uncertainChars).toBe(0);
  });

  it('the horizontal bar ― is not one of them: always a non-Asian character', () => {
    expect(countWords('中――文')).toMatchObject({ words: 3, nonAsianWords: 1 });
  });
});

describe('characters: per code point, white space and invisible characters apart', () => {
  it('code points, not UTF-16 units: Extension B 𠀀 counts 1', () => {
    expect('𠀀'.length).toBe(2);
    expect(countWords('𠀀')).toMatchObject({ words: 1, asianChars: 1, hanChars: 1, charsNoSpaces: 1 });
    expect(countWords('a𠀀b')).toMatchObject({ words: 3, charsNoSpaces: 3 });
  });

  it('👍 is one character, 👍🏻 two, a flag two', () => {
    expect(countWords('👍').charsNoSpaces).toBe(1);
    expect(countWords('👍🏻').charsNoSpaces).toBe(2);
    expect(countWords('🇨🇳')).toMatchObject({ words: 1, charsNoSpaces: 2 });
  });

  it('byte-order marks, zero-width spaces and variation selectors are not counted', () => {
    expect(countWords('\uFEFF中文').charsNoSpaces).toBe(2);
    expect(countWords('❤\uFE0F').charsNoSpaces).toBe(1);
    expect(countWords('葛' + cp(0xe0100))).toMatchObject({ charsNoSpaces: 1, hanChars: 1, words: 1 });
  });

  it('decided: ZWJ, ZWNJ, word joiner, soft hyphen and bidi marks are invisible too, and never end a word', () => {
    expect(countWords('👨\u200D👩\u200D👧')).toMatchObject({ words: 1, charsNoSpaces: 3 });
    expect(countWords('a\u200Bb\u200Cc\u2060d\u00ADe')).toMatchObject({ words: 1, charsNoSpaces: 5 });
    expect(countWords('\u202Babc\u202C \u2067def\u2069')).toMatchObject({ words: 2, charsNoSpaces: 6, charsWithSpaces: 7 });
    expect(countWords('🏴' + cp(0xe0067, 0xe0062, 0xe0065, 0xe006e, 0xe0067, 0xe007f))).toMatchObject({ words: 1, charsNoSpaces: 1 });
  });

  it('spaces, tabs, no-break spaces and U+3000 end words and count with spaces', () => {
    expect(countWords('a b\tc\u00A0d\u3000e')).toMatchObject({ words: 5, charsNoSpaces: 5, charsWithSpaces: 9 });
  });

  it('line and paragraph breaks end words and are never counted', () => {
    expect(countWords('ab\ncd\r\nef\u2029gh\u2028ij\vkl\fmn')).toMatchObject({ words: 7, charsNoSpaces: 14, charsWithSpaces: 14 });
  });
});

describe('bad input has a defined count', () => {
  it('the empty string counts zero', () => {
    expect(countWords('')).toEqual(ZERO_COUNT);
  });

  it('white space only: no words, only spaces counted', () => {
    expect(countWords(' \t\u3000\n\n')).toMatchObject({ words: 0, charsNoSpaces: 0, charsWithSpaces: 3 });
  });

  it('control characters are invisible: not counted, not word breaks', () => {
    expect(countWords('a\u0000b\u0007c\u001Fd\u007Fe\u0090f')).toMatchObject({ words: 1, charsNoSpaces: 6 });
    expect(countWords('\u0001')).toEqual(ZERO_COUNT);
  });

  it('a lone surrogate is one non-Asian character, part of a word like the U+FFFD it becomes in a file', () => {
    expect(countWords('\uD800')).toMatchObject({ words: 1, nonAsianWords: 1, charsNoSpaces: 1 });
    expect(countWords('ab\uDC00cd')).toMatchObject({ words: 1, charsNoSpaces: 5 });
    expect(countWords('中\uD840文')).toMatchObject({ words: 3, asianChars: 2, nonAsianWords: 1 });
    expect(countWords('x\uD840')).toMatchObject({ words: 1, charsNoSpaces: 2 });
  });

  it('right-to-left text: words between spaces, characters per code point', () => {
    expect(countWords('مرحبا بالعالم')).toMatchObject({ words: 2, charsNoSpaces: 12, charsWithSpaces: 13 });
    expect(countWords('שלום עולם 中文')).toMatchObject({ words: 4, nonAsianWords: 2, asianChars: 2 });
  });

  it('a paste of a million characters counts as its paragraphs do', () => {
    const paragraph = '我们在2024年完成了BIM项目的“数字化交付”，节约成本12.5%。';
    const one = countWords(paragraph);
    const pasted = countWords(Array.from({ length: 30_000 }, () => paragraph).join('\n'));
    expect(pasted.words).toBe(one.words * 30_000);
    expect(pasted.charsNoSpaces).toBe(one.charsNoSpaces * 30_000);
  });
});
