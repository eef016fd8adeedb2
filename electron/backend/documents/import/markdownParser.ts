// The one CommonMark parser of Markdown drafts (markdown-it, with GitHub's tables). Raw HTML is recognised,
// so that the draft readers can keep it as the literal text it is: nothing in a draft ever becomes markup.
// No linkify, no typographer: the summary keeps the characters the applicant typed.
import MarkdownIt from 'markdown-it';

export const markdownParser = new MarkdownIt('default', { html: true, linkify: false, typographer: false });

/** An HTML comment and nothing else: a note to the author, left out of the summary as before. */
export const isHtmlComment = (html: string): boolean => /^\s*<!--[\s\S]*?-->\s*$/.test(html);

const STAR = 0x2a;
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2026\u2014]/u;
const SPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/**
 * CommonMark's flanking rules assume words are separated by spaces. Chinese has none, so
 * `本人**主持了“CBTC”**改造` would stay literal: the closing run follows a quotation mark and precedes a
 * character, which CommonMark reads as the start of a word. For `*` runs next to a Chinese character or
 * mark, a Chinese neighbour counts as the word boundary a space would be (the idea of the "CJK-friendly"
 * amendment to CommonMark). Underscores keep the strict rule, so snake_case and 2_000 stay text.
 */
class ChineseFriendlyInlineState extends markdownParser.inline.State {
  override scanDelims(start: number, canSplitWord: boolean): { can_open: boolean; can_close: boolean; length: number } {
    const scanned = super.scanDelims(start, canSplitWord);
    if (this.src.charCodeAt(start) !== STAR) return scanned;
    const before = start > 0 ? String.fromCodePoint(this.src.codePointAt(start - 1) ?? 32) : ' ';
    const lowBefore = start > 1 ? this.src.codePointAt(start - 2) : undefined;
    const last = lowBefore !== undefined && lowBefore > 0xffff ? String.fromCodePoint(lowBefore) : before;
    const nextAt = start + scanned.length;
    const next = nextAt < this.posMax ? String.fromCodePoint(this.src.codePointAt(nextAt) ?? 32) : ' ';
    const lastCjk = CJK.test(last);
    const nextCjk = CJK.test(next);
    if (!lastCjk && !nextCjk) return scanned;
    const lastSpace = SPACE.test(last);
    const nextSpace = SPACE.test(next);
    const lastPunct = PUNCTUATION.test(last);
    const nextPunct = PUNCTUATION.test(next);
    const leftFlanking = !nextSpace && (!nextPunct || lastSpace || lastPunct || lastCjk);
    const rightFlanking = !lastSpace && (!lastPunct || nextSpace || nextPunct || nextCjk);
    return { can_open: leftFlanking, can_close: rightFlanking, length: scanned.length };
  }
}
markdownParser.inline.State = ChineseFriendlyInlineState;
