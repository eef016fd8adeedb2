// The cases wordcount.md states, as data: the unit tests check the counter against every one, and the
// benchmark prints how many of them each peer counter agrees with.

export interface WordCountCase {
  /** What the case shows, as wordcount.md says it. */
  rule: string;
  text: string;
  words: number;
  charsNoSpaces?: number;
  charsWithSpaces?: number;
}

export const WORD_COUNT_CASES: readonly WordCountCase[] = [
  { rule: 'two English words', text: 'Hello World', words: 2, charsNoSpaces: 10, charsWithSpaces: 11 },
  { rule: 'each Han character is a word', text: '中文测试', words: 4, charsNoSpaces: 4 },
  { rule: 'a non-Asian word beside Han characters', text: 'Hello 世界', words: 3, charsNoSpaces: 7 },
  { rule: 'CJK punctuation counts and breaks words', text: 'Hello、World。', words: 4, charsNoSpaces: 12 },
  { rule: 'each fullwidth digit is a word', text: '１２３４５', words: 5, charsNoSpaces: 5 },
  { rule: 'Han characters then English words', text: '一二三四五 six seven eight', words: 8 },
  { rule: 'a decimal number is one word', text: '3.14', words: 1 },
  { rule: 'a year is one word', text: '2024', words: 1 },
  { rule: 'a hyphenated compound is one word', text: 'state-of-the-art', words: 1 },
  { rule: 'an e-mail address is one word', text: 'zhang.wei@example.com.cn', words: 1 },
  { rule: 'a whole URL is one word', text: 'https://www.example.com/path/page.html?id=3&lang=zh', words: 1 },
  { rule: 'an emoji inside a word does not break it', text: 'Hello👍World', words: 1 },
  { rule: 'circled digits run together as one word', text: '①②③④⑤', words: 1 },
  { rule: 'a run of emoji is one word', text: '👍👎👏', words: 1 },
  { rule: 'punctuation glued to a word is part of it', text: 'day,', words: 1 },
  { rule: 'kana and Han break a run of digits', text: '東京2024オリンピック', words: 9 },
  { rule: 'an emoji is one character', text: '👍', words: 1, charsNoSpaces: 1 },
  { rule: 'an emoji with a skin tone is two characters', text: '👍🏻', words: 1, charsNoSpaces: 2 },
  { rule: 'an ellipsis in Chinese text counts two', text: '他说……', words: 4 },
  { rule: 'a dash in Chinese text counts two', text: '原理——应用', words: 6 },
  { rule: 'the ideographic space is white space', text: '中\u3000文', words: 2, charsNoSpaces: 2, charsWithSpaces: 3 },
];
