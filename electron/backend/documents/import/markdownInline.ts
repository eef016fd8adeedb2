// Markdown's inline syntax reduced to what the summary keeps: **bold** / __bold__, *italic* / _italic_, and
// plain text. Code spans keep their text, links keep their text, pictures go, escapes are honoured. Emphasis
// is matched with CommonMark's delimiter-stack idea, simplified: a run that finds no partner stays literal.
import type { Mark } from '../../../../shared/summary/document';

export interface InlineText {
  text: string;
  marks: Mark[];
  images: number;
  links: number;
}

interface TextToken {
  kind: 'text';
  value: string;
}
interface DelimiterToken {
  kind: 'delimiter';
  char: '*' | '_';
  count: number;
  canOpen: boolean;
  canClose: boolean;
  /** Emphasis this run closes (the used characters are its first ones) and opens (its last ones). */
  closes: { opener: DelimiterToken; type: Mark['type'] }[];
}
type Token = TextToken | DelimiterToken;

const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
const ESCAPABLE = /[\\`*_{}[\]()#+\-.!|>~]/;

function tokenize(source: string, counts: { images: number; links: number }): Token[] {
  const tokens: Token[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') tokens.push({ kind: 'text', value: text });
    text = '';
  };
  let index = 0;
  while (index < source.length) {
    const char = source[index]!;
    if (char === '\\' && ESCAPABLE.test(source[index + 1] ?? '')) {
      text += source[index + 1];
      index += 2;
      continue;
    }
    if (char === '`') {
      const run = /^`+/.exec(source.slice(index))![0];
      const close = source.indexOf(run, index + run.length);
      if (close > 0) {
        text += source.slice(index + run.length, close).trim();
        index = close + run.length;
        continue;
      }
    }
    const link = /^(!?)\[([^\]]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/.exec(source.slice(index, index + 2000));
    if ((char === '[' || char === '!') && link) {
      if (link[1] === '!') counts.images += 1;
      else {
        counts.links += 1;
        text += link[2];
      }
      index += link[0].length;
      continue;
    }
    if (char === '*' || char === '_') {
      const run = (char === '*' ? /^\*+/ : /^_+/).exec(source.slice(index))![0];
      const before = source[index - 1] ?? ' ';
      const after = source[index + run.length] ?? ' ';
      let canOpen = !SPACE.test(after);
      let canClose = !SPACE.test(before);
      // snake_case and 2_000: an underscore inside a word is not emphasis.
      if (char === '_' && WORD.test(before) && WORD.test(after)) canOpen = canClose = false;
      if (canOpen || canClose) {
        flush();
        tokens.push({ kind: 'delimiter', char, count: run.length, canOpen, canClose, closes: [] });
        index += run.length;
        continue;
      }
      text += run;
      index += run.length;
      continue;
    }
    text += char;
    index += 1;
  }
  flush();
  return tokens;
}

function matchEmphasis(tokens: Token[]): void {
  const openers: DelimiterToken[] = [];
  for (const token of tokens) {
    if (token.kind !== 'delimiter') continue;
    if (token.canClose) {
      for (let at = openers.length - 1; at >= 0 && token.count > 0; at -= 1) {
        const opener = openers[at]!;
        if (opener.char !== token.char || opener.count === 0) continue;
        const used = opener.count >= 2 && token.count >= 2 ? 2 : 1;
        opener.count -= used;
        token.count -= used;
        token.closes.push({ opener, type: used === 2 ? 'bold' : 'italic' });
        openers.splice(at + (opener.count === 0 ? 0 : 1)); // openers inside the pair can no longer match
        at = openers.length;
      }
    }
    if (token.canOpen && token.count > 0) openers.push(token);
  }
}

/** The text and its marks; unmatched delimiters stay as literal characters. */
export function parseInline(source: string): InlineText {
  const counts = { images: 0, links: 0 };
  const tokens = tokenize(source, counts);
  matchEmphasis(tokens);
  let text = '';
  const opened = new Map<DelimiterToken, number>();
  const marks: Mark[] = [];
  for (const token of tokens) {
    if (token.kind === 'text') {
      text += token.value;
      continue;
    }
    for (const { opener, type } of token.closes) {
      const from = opened.get(opener);
      if (from !== undefined && from < text.length) marks.push({ type, from, to: text.length });
    }
    text += token.char.repeat(token.count);
    opened.set(token, text.length);
  }
  return { text, marks, ...counts };
}
