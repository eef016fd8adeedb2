// Markdown drafts, line by line: # headings (any level) and setext headings become sections, -, *, + and
// "1." / "1)" items become list items (nesting by indentation), other lines form paragraphs (lines of one
// paragraph joined, without a space between Chinese characters). Code blocks keep their lines as text;
// tables become one paragraph per row; rules and HTML comments go.
import type { Draft, DraftBlock } from './draft';
import { emptyCounters } from './draft';
import { parseInline } from './markdownInline';

const ATX_HEADING = /^ {0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)\s*$/;
const RULE = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const LIST_ITEM = /^(\s*)([-*+]|\d{1,9}[.)])\s+(.*)$/;
const FENCE = /^ {0,3}(```|~~~)/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const QUOTE = /^ {0,3}>\s?/;
const CJK_EDGE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Lines of one paragraph: a space between Latin words, nothing between Chinese characters. */
function joinLines(left: string, right: string): string {
  if (left === '') return right;
  const last = left[left.length - 1] ?? '';
  const first = right[0] ?? '';
  return CJK_EDGE.test(last) || CJK_EDGE.test(first) ? left + right : `${left} ${right}`;
}

const indentWidth = (indent: string) => indent.replace(/\t/g, '    ').length;

export function markdownDraft(source: string): Draft {
  const counters = emptyCounters();
  const blocks: DraftBlock[] = [];
  let paragraph: string[] = [];
  let item: { list: 'bullet' | 'numbered'; level: number; text: string } | null = null;
  let fence: string | null = null;
  let inTable = false;
  const listIndents: number[] = [];

  const inline = (kind: DraftBlock['kind'], raw: string, extra: Partial<DraftBlock> = {}) => {
    const parsed = parseInline(raw);
    counters.images += parsed.images;
    counters.links += parsed.links;
    blocks.push({ kind, text: parsed.text, marks: kind === 'heading' ? [] : parsed.marks, ...extra });
  };
  const flush = () => {
    if (paragraph.length > 0) inline('paragraph', paragraph.reduce(joinLines, ''));
    if (item) inline('listItem', item.text, { list: item.list, level: item.level });
    paragraph = [];
    item = null;
  };

  for (const rawLine of source.replace(/^\uFEFF/, '').split(/\r\n?|\n/)) {
    if (fence !== null) {
      if (rawLine.trimStart().startsWith(fence)) fence = null;
      else if (rawLine.trim() !== '') blocks.push({ kind: 'paragraph', text: rawLine, marks: [] });
      continue;
    }
    const fenceOpen = FENCE.exec(rawLine);
    if (fenceOpen) {
      flush();
      fence = fenceOpen[1]!;
      continue;
    }
    const line = rawLine.replace(QUOTE, '').replace(/<!--.*?-->/g, '');
    if (line.trim() === '') {
      flush();
      inTable = false;
      continue;
    }
    if (TABLE_ROW.test(line)) {
      flush();
      if (!inTable) counters.tables += 1;
      inTable = true;
      if (TABLE_SEPARATOR.test(line)) continue;
      const cells = line.trim().slice(1, -1).split('|').map((cell) => cell.trim()).filter((cell) => cell !== '');
      if (cells.length > 0) inline('paragraph', cells.join('｜'));
      continue;
    }
    inTable = false;
    const setext = SETEXT_UNDERLINE.exec(line);
    if (setext && paragraph.length > 0 && !item) {
      inline('heading', paragraph.reduce(joinLines, ''));
      paragraph = [];
      continue;
    }
    if (RULE.test(line)) {
      flush();
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      flush();
      listIndents.length = 0;
      if (heading[1]) inline('heading', heading[1]);
      continue;
    }
    const listItem = LIST_ITEM.exec(line);
    if (listItem) {
      flush();
      const indent = indentWidth(listItem[1]!);
      while (listIndents.length > 0 && indent < listIndents[listIndents.length - 1]!) listIndents.pop();
      if (listIndents.length === 0 || indent > listIndents[listIndents.length - 1]!) listIndents.push(indent);
      item = { list: /\d/.test(listItem[2]!) ? 'numbered' : 'bullet', level: listIndents.length - 1, text: listItem[3]! };
      continue;
    }
    if (item) {
      // A line right after an item, not itself an item, continues it (a "lazy" continuation line).
      item.text = joinLines(item.text, line.trim());
      continue;
    }
    listIndents.length = 0;
    paragraph.push(line.trim());
  }
  flush();
  return { blocks, counters, guessHeadings: false };
}
