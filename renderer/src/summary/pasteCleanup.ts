// HTML from Word, WPS or a web page, reduced to what the summary can hold before ProseMirror parses it:
// paragraphs, headings, lists, bold and italic. Fonts, colours, sizes, classes and Office's markup go.
// Word writes lists as paragraphs styled `mso-list:l0 level2 lfo1` with the bullet or number as text in a
// `mso-list:Ignore` span; those become real nested <ul>/<ol> here, so the list survives the paste.

const DROP = 'style, script, meta, link, title, xml, head, img, svg, object, iframe';
/** A Word list marker that is a number or letter ("1.", "a)", "(3)", "一、"), not a bullet glyph. */
const NUMBERED_MARKER = /^\(?[0-9a-zA-Z一二三四五六七八九十ivxlcIVXLC]{1,4}[.)、．）]/;

function unwrap(element: Element): void {
  element.replaceWith(...Array.from(element.childNodes));
}

function wrapIn(element: Element, tag: 'strong' | 'em'): void {
  const wrapper = element.ownerDocument.createElement(tag);
  wrapper.append(...Array.from(element.childNodes));
  element.append(wrapper);
}

/**
 * Style attributes renamed before parsing: parsing `style` makes the page's CSP (style-src 'self') report a
 * violation per attribute, and we only need to read a few declarations, never apply them.
 */
const STYLE_ATTRIBUTE = /(<[a-zA-Z][^>]*?\s)style(\s*=)/g;
const STYLE_ELEMENT = /<style[\s>][\s\S]*?<\/style\s*>/gi;
const styleOf = (element: Element) => element.getAttribute('data-tp-style') ?? '';

/** Emphasis written as style survives as <strong>/<em>; "bold" tags that say normal weight do not. */
function keepEmphasis(root: Element): void {
  for (const element of Array.from(root.querySelectorAll('[data-tp-style]'))) {
    const style = styleOf(element);
    const weight = /font-weight\s*:\s*([a-z0-9]+)/i.exec(style)?.[1]?.toLowerCase() ?? '';
    const bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
    const tag = element.tagName.toLowerCase();
    if ((tag === 'b' || tag === 'strong') && weight !== '' && !bold) {
      unwrap(element); // Google Docs wraps a whole paste in <b style="font-weight:normal">
      continue;
    }
    if (bold && tag !== 'b' && tag !== 'strong') wrapIn(element, 'strong');
    if (/font-style\s*:\s*italic/i.test(style) && tag !== 'i' && tag !== 'em') wrapIn(element, 'em');
  }
}

interface WordListItem {
  paragraph: HTMLElement;
  level: number;
  numbered: boolean;
}

function wordListItem(paragraph: HTMLElement): WordListItem | null {
  const style = styleOf(paragraph);
  const match = /mso-list:\s*l\d+\s+level(\d+)/i.exec(style);
  if (!match) return null;
  const marker = Array.from(paragraph.querySelectorAll<HTMLElement>('span')).find((span) => /mso-list:\s*ignore/i.test(styleOf(span)));
  const markerText = (marker?.textContent ?? '').trim();
  marker?.remove();
  return { paragraph, level: Math.max(0, Number(match[1]) - 1), numbered: NUMBERED_MARKER.test(markerText) };
}

/** Consecutive Word list paragraphs become one nested list. */
function convertWordLists(root: Element): void {
  const paragraphs = Array.from(root.querySelectorAll<HTMLElement>('p'));
  let run: WordListItem[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const document = root.ownerDocument;
    const first = run[0] as WordListItem;
    const stack: { list: HTMLElement; level: number }[] = [];
    let top: HTMLElement | null = null;
    for (const item of run) {
      while (stack.length > 0 && (stack[stack.length - 1] as { level: number }).level > item.level) stack.pop();
      let current = stack[stack.length - 1];
      if (!current || current.level < item.level) {
        const list = document.createElement(item.numbered ? 'ol' : 'ul');
        const parentItem = current?.list.lastElementChild;
        if (parentItem) parentItem.append(list);
        else top = list;
        current = { list, level: item.level };
        stack.push(current);
      }
      const li = document.createElement('li');
      const p = document.createElement('p');
      p.append(...Array.from(item.paragraph.childNodes));
      li.append(p);
      current.list.append(li);
    }
    first.paragraph.replaceWith(top ?? document.createElement('p'));
    for (const item of run.slice(1)) item.paragraph.remove();
    run = [];
  };
  for (const paragraph of paragraphs) {
    const item = wordListItem(paragraph);
    const previous = run[run.length - 1];
    // A run continues only with the very next sibling paragraph, and a top-level item of the other kind
    // (bullets, then numbers) starts a list of its own.
    const continues = previous && previous.paragraph.nextElementSibling === paragraph && !(item?.level === 0 && item.numbered !== run[0]?.numbered);
    if (item && (!previous || continues)) run.push(item);
    else {
      flush();
      if (item) run.push(item);
    }
  }
  flush();
}

export function cleanPastedHtml(html: string): string {
  const parsed = new DOMParser().parseFromString(html.replace(STYLE_ELEMENT, '').replace(STYLE_ATTRIBUTE, '$1data-tp-style$2'), 'text/html');
  const body = parsed.body;
  body.querySelectorAll(DROP).forEach((element) => element.remove());
  // Office's <o:p> and friends carry nothing but spacing.
  Array.from(body.getElementsByTagName('*')).filter((element) => element.tagName.includes(':')).forEach(unwrap);
  convertWordLists(body);
  keepEmphasis(body);
  body.querySelectorAll('br').forEach((br) => br.replaceWith(parsed.createTextNode(' ')));
  for (const element of Array.from(body.getElementsByTagName('*'))) {
    for (const name of element.getAttributeNames()) element.removeAttribute(name);
  }
  return body.innerHTML;
}
