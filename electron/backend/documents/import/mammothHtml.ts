// mammoth's HTML, read back into draft blocks. mammoth writes a small, regular subset of HTML (h1–h6, p,
// ul/ol/li, strong, em, table/tr/td, a, img, br, sup, sub, s), escaped the same way every time, so a tokenizer
// of tags and text is enough; no general HTML parser is needed.
import type { Draft, DraftBlock } from './draft';
import { emptyCounters } from './draft';

const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*?)(\/?)>|([^<]+)/g;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#')) {
      const code = name.startsWith('#x') ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name] ?? whole;
  });
}

/** Paragraphs in the export's title styles; dropped when they hold exactly what the export writes there. */
export const FURNITURE_CLASS = 'titleprep-furniture';
const EXPORT_FURNITURE = /^(专业技术工作总结|申报人[：:].*|Applicant: .*)$/;

const attribute = (attributes: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(attributes)?.[1] ?? null;

interface ListLevel {
  list: 'bullet' | 'numbered';
}

export function mammothHtmlDraft(html: string): Draft {
  const counters = emptyCounters();
  const blocks: DraftBlock[] = [];
  const lists: ListLevel[] = [];
  let current: DraftBlock | null = null;
  let bold = 0;
  let italic = 0;
  /** Inside a footnote's back-link ("↑"): its text is not the author's. */
  let skipped = 0;
  let tableDepth = 0;
  let row: string[] | null = null;
  let cell: string | null = null;
  /** The list item being read already produced a block: a later paragraph in it is a plain paragraph. */
  let itemUsed = false;

  let furniture = false;
  const close = () => {
    const text = current?.text.trim() ?? '';
    if (current && text !== '' && !(furniture && EXPORT_FURNITURE.test(text))) blocks.push(current);
    current = null;
    furniture = false;
  };
  const open = (block: Omit<DraftBlock, 'text' | 'marks'>) => {
    close();
    current = { ...block, text: '', marks: [] };
  };
  const append = (text: string) => {
    if (skipped > 0 || text === '') return;
    if (tableDepth > 0) {
      if (cell !== null) cell += text;
      return;
    }
    if (!current) {
      if (text.trim() === '') return;
      open({ kind: 'paragraph' });
    }
    const block = current!;
    const from = block.text.length;
    block.text += text;
    if (bold > 0 && block.kind !== 'heading') block.marks.push({ type: 'bold', from, to: block.text.length });
    if (italic > 0 && block.kind !== 'heading') block.marks.push({ type: 'italic', from, to: block.text.length });
  };
  const currentKind = (): DraftBlock['kind'] | null => (current as DraftBlock | null)?.kind ?? null;
  const openListItem = () => {
    const level = lists[lists.length - 1];
    open({ kind: 'listItem', list: level?.list ?? 'bullet', level: Math.max(0, lists.length - 1) });
    itemUsed = true;
  };

  for (const match of html.matchAll(TOKEN)) {
    const [, closing, rawName, attributes = '', selfClosing, text] = match;
    if (text !== undefined) {
      append(decodeEntities(text));
      continue;
    }
    const name = rawName!.toLowerCase();
    const isClosing = closing === '/';
    switch (name) {
      case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6':
        if (tableDepth > 0) break;
        if (isClosing) close();
        else open({ kind: 'heading' });
        break;
      case 'p':
        if (tableDepth > 0) {
          if (isClosing && cell !== null) cell += '\n';
          break;
        }
        if (isClosing) close();
        else if (lists.length > 0 && !itemUsed) openListItem();
        else if (!(lists.length > 0 && currentKind() === 'listItem')) {
          open({ kind: 'paragraph' });
          furniture = attribute(attributes, 'class') === FURNITURE_CLASS;
        }
        // (otherwise the item's first paragraph: its text goes on in the item)
        break;
      case 'ul': case 'ol':
        if (tableDepth > 0) break;
        if (isClosing) {
          close();
          lists.pop();
        } else {
          close();
          lists.push({ list: name === 'ol' ? 'numbered' : 'bullet' });
        }
        itemUsed = false;
        break;
      case 'li':
        if (tableDepth > 0) break;
        if (isClosing) {
          close();
          itemUsed = true;
        } else {
          itemUsed = false;
          openListItem();
        }
        break;
      case 'strong': case 'b':
        bold += isClosing ? -1 : 1;
        break;
      case 'em': case 'i':
        italic += isClosing ? -1 : 1;
        break;
      case 'br':
        append('\n');
        break;
      case 'img':
        counters.images += 1;
        break;
      case 'a': {
        if (isClosing) {
          if (skipped > 0) skipped -= 1;
          break;
        }
        if (selfClosing) break;
        const href = attribute(attributes, 'href');
        if (href !== null && /^#(footnote|endnote|comment)-ref-/.test(href)) skipped += 1;
        else if (href !== null && !href.startsWith('#')) counters.links += 1;
        break;
      }
      case 'table':
        if (isClosing) tableDepth -= 1;
        else {
          if (tableDepth === 0) {
            close();
            counters.tables += 1;
          }
          tableDepth += 1;
        }
        break;
      case 'tr':
        if (tableDepth !== 1) break;
        if (!isClosing) row = [];
        else if (row) {
          const cells = row.map((value) => value.replace(/\s*\n\s*/g, ' ').trim()).filter((value) => value !== '');
          if (cells.length > 0) blocks.push({ kind: 'paragraph', text: cells.join('｜'), marks: [] });
          row = null;
        }
        break;
      case 'td': case 'th':
        if (tableDepth !== 1) break;
        if (!isClosing) cell = '';
        else if (cell !== null) {
          row?.push(cell);
          cell = null;
        }
        break;
      default:
        break; // sup, sub, s, u and anything new: their text is kept, the tag ignored
    }
  }
  close();
  return { blocks, counters, guessHeadings: true };
}
