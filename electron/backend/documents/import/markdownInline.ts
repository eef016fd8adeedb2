// Markdown's inline syntax reduced to what the summary keeps: **bold** / __bold__, *italic* / _italic_, and
// plain text, as CommonMark reads it (markdown-it). Code spans keep their text, links keep their text,
// pictures go, escapes and entities are honoured, raw inline HTML stays literal text (never markup).
import type { Token } from 'markdown-it';
import type { Mark } from '../../../../shared/summary/document';
import { isHtmlComment, markdownParser } from './markdownParser';

export interface InlineText {
  text: string;
  marks: Mark[];
  images: number;
  links: number;
}

const CJK_EDGE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Lines of one paragraph: a space between Latin words, nothing between Chinese characters. */
export function lineBreakBetween(left: string, right: string): string {
  const last = left[left.length - 1] ?? '';
  const first = right[0] ?? '';
  if (left === '' || CJK_EDGE.test(last) || CJK_EDGE.test(first)) return '';
  return /\s$/.test(left) ? '' : ' ';
}

/** The plain text and marks of an inline token's children (markdown-it's inline stream). */
export function inlineText(children: readonly Token[]): InlineText {
  let text = '';
  const marks: Mark[] = [];
  const open: { type: Mark['type']; from: number }[] = [];
  let images = 0;
  let links = 0;
  let pendingBreak = false;
  const append = (value: string) => {
    if (value === '') return;
    if (pendingBreak) text += lineBreakBetween(text, value);
    pendingBreak = false;
    text += value;
  };
  const close = (type: Mark['type']) => {
    const at = open.map((entry) => entry.type).lastIndexOf(type);
    if (at < 0) return;
    const [{ from }] = open.splice(at, 1) as [{ type: Mark['type']; from: number }];
    if (from < text.length) marks.push({ type, from, to: text.length });
  };
  for (const token of children) {
    switch (token.type) {
      case 'text':
      case 'code_inline':
        append(token.content);
        break;
      case 'softbreak':
      case 'hardbreak':
        // The paragraph is one paragraph of the summary: its lines join, as they do when Word wraps them.
        pendingBreak = true;
        break;
      case 'strong_open':
        open.push({ type: 'bold', from: text.length });
        break;
      case 'strong_close':
        close('bold');
        break;
      case 'em_open':
        open.push({ type: 'italic', from: text.length });
        break;
      case 'em_close':
        close('italic');
        break;
      case 'link_open':
        links += 1;
        break;
      case 'image':
        images += 1;
        break;
      case 'html_inline':
        if (!isHtmlComment(token.content)) append(token.content);
        break;
      default:
        // link_close, s_open / s_close (struck-through text keeps its words) and anything newer: no text.
        break;
    }
  }
  // A mark that spans a line break starts before it; marks are sorted as the document model expects.
  marks.sort((a, b) => a.from - b.from || a.to - b.to || a.type.localeCompare(b.type));
  return { text, marks, images, links };
}

/** One line (or paragraph) of inline Markdown: its text and marks; unmatched delimiters stay literal. */
export function parseInline(source: string): InlineText {
  const tokens = markdownParser.parseInline(source, {});
  return inlineText(tokens[0]?.children ?? []);
}
