// Markdown drafts, read as CommonMark (markdown-it) and mapped to the summary's blocks: headings (ATX or
// setext, any level) become sections; list items keep their kind (bullet or numbered) and nesting level;
// paragraphs (lines joined, without a space between Chinese characters) keep bold and italic. Code blocks
// keep their lines as text; a table becomes one paragraph per row, cells joined by "｜"; raw HTML is kept as
// the literal text it is (never markup), HTML comments and thematic breaks go.
import type { Token } from 'markdown-it';
import type { Mark } from '../../../../shared/summary/document';
import type { Draft, DraftBlock, DraftCounters } from './draft';
import { emptyCounters } from './draft';
import { type InlineText, inlineText } from './markdownInline';
import { isHtmlComment, markdownParser } from './markdownParser';


const CELL_SEPARATOR = '｜';

/** Lines of literal text (code, raw HTML): one paragraph each, blank lines dropped. */
function literalLines(content: string): DraftBlock[] {
  return content
    .split(/\r\n?|\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => ({ kind: 'paragraph', text: line, marks: [] }));
}

/** A table row's non-empty cells as one line, marks shifted to where each cell lands. */
function joinCells(cells: readonly InlineText[]): InlineText {
  let text = '';
  const marks: Mark[] = [];
  let images = 0;
  let links = 0;
  for (const cell of cells) {
    images += cell.images;
    links += cell.links;
    const trimmed = cell.text.trim();
    if (trimmed === '') continue;
    if (text !== '') text += CELL_SEPARATOR;
    const shift = text.length - cell.text.indexOf(trimmed);
    for (const mark of cell.marks) {
      const from = Math.max(mark.from + shift, text.length);
      const to = Math.min(mark.to + shift, text.length + trimmed.length);
      if (from < to) marks.push({ type: mark.type, from, to });
    }
    text += trimmed;
  }
  return { text, marks, images, links };
}

class DraftBuilder {
  readonly blocks: DraftBlock[] = [];
  readonly counters: DraftCounters = emptyCounters();
  /** The open lists, outermost first; an item's first paragraph is the item itself. */
  private readonly lists: { list: 'bullet' | 'numbered'; itemStarted: boolean }[] = [];
  private row: InlineText[] | null = null;

  add(kind: DraftBlock['kind'], inline: InlineText): void {
    this.counters.images += inline.images;
    this.counters.links += inline.links;
    const current = this.lists[this.lists.length - 1];
    if (kind === 'paragraph' && current && !current.itemStarted) {
      current.itemStarted = true;
      this.blocks.push({ kind: 'listItem', list: current.list, level: this.lists.length - 1, text: inline.text, marks: inline.marks });
      return;
    }
    this.blocks.push({ kind, text: inline.text, marks: kind === 'heading' ? [] : inline.marks });
  }

  token(token: Token, next: Token | undefined): void {
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open': {
        // An item holding only a sub-list has no text of its own: nothing to keep for it.
        const parent = this.lists[this.lists.length - 1];
        if (parent) parent.itemStarted = true;
        this.lists.push({ list: token.type === 'bullet_list_open' ? 'bullet' : 'numbered', itemStarted: true });
        break;
      }
      case 'bullet_list_close':
      case 'ordered_list_close':
        this.lists.pop();
        break;
      case 'list_item_open': {
        const current = this.lists[this.lists.length - 1];
        if (current) current.itemStarted = false;
        break;
      }
      case 'inline':
        if (this.row) this.row.push(inlineText(token.children ?? []));
        break;
      case 'heading_open':
        if (next?.type === 'inline') this.add('heading', inlineText(next.children ?? []));
        break;
      case 'paragraph_open':
        if (next?.type === 'inline') this.add('paragraph', inlineText(next.children ?? []));
        break;
      case 'table_open':
        this.counters.tables += 1;
        break;
      case 'tr_open':
        this.row = [];
        break;
      case 'tr_close': {
        const row = this.row ?? [];
        this.row = null;
        const joined = joinCells(row);
        if (joined.text !== '') this.add('paragraph', joined);
        else {
          this.counters.images += joined.images;
          this.counters.links += joined.links;
        }
        break;
      }
      case 'fence':
      case 'code_block':
        this.literal(token.content);
        break;
      case 'html_block':
        if (!isHtmlComment(token.content)) this.literal(token.content);
        break;
      default:
        // hr goes; blockquotes keep their content; *_close tokens and the inline tokens read by their opener.
        break;
    }
  }

  private literal(content: string): void {
    const lines = literalLines(content);
    const current = this.lists[this.lists.length - 1];
    for (const line of lines) this.add('paragraph', { text: line.text, marks: [], images: 0, links: 0 });
    if (current) current.itemStarted = true;
  }
}

export function markdownDraft(source: string): Draft {
  const tokens = markdownParser.parse(source.replace(/^\uFEFF/, ''), {});
  const builder = new DraftBuilder();
  tokens.forEach((token, index) => {
    // An inline token is read by its heading or paragraph opener, or as a table cell.
    if (token.type === 'inline' && tokens[index - 1]?.type !== 'th_open' && tokens[index - 1]?.type !== 'td_open') return;
    builder.token(token, tokens[index + 1]);
  });
  return { blocks: builder.blocks, counters: builder.counters, guessHeadings: false };
}
