// The summary document model: what is accepted, what is refused and with which key, and that the bad input
// of issue 4 (a huge paste, control characters, lone surrogates, RTL, emoji, nothing at all) has a defined
// outcome and a defined count.
import { describe, expect, it } from 'vitest';
import { toFieldIssues } from '../../../shared/contract/issues';
import { countDocument, countSections } from '../../../shared/summary/count';
import { shanghaiDate } from '../../../shared/summary/day';
import {
  DOCUMENT_LIMITS,
  canonicalBlock,
  documentSchema,
  paragraphsFromPlainText,
  utf8Length,
  type SummaryDocumentInput,
} from '../../../shared/summary/document';

const paragraph = (text: string, marks: { type: 'bold' | 'italic'; from: number; to: number }[] = []) => ({ type: 'paragraph' as const, text, marks });
const doc = (...blocks: SummaryDocumentInput['blocks']): SummaryDocumentInput => ({ format: 1, blocks });

function issues(input: unknown) {
  const result = documentSchema.safeParse(input);
  return result.success ? [] : toFieldIssues(result.error).map((issue) => [issue.path.join('.'), issue.key]);
}

describe('the document model', () => {
  it('accepts headings, paragraphs with bold and italic, bulleted and numbered items', () => {
    const parsed = documentSchema.parse(
      doc(
        { type: 'heading', id: 'projects', text: '主持的重大项目' },
        paragraph('本人主持了CBTC改造。', [{ type: 'italic', from: 4, to: 8 }, { type: 'bold', from: 0, to: 2 }]),
        { type: 'listItem', list: 'bullet', text: '节约成本 120 万元' },
        { type: 'listItem', list: 'numbered', level: 1, text: 'Second point', marks: [] },
      ),
    );
    expect(parsed.blocks.map((block) => block.type)).toEqual(['heading', 'paragraph', 'listItem', 'listItem']);
    expect(parsed.blocks[2]).toEqual({ type: 'listItem', list: 'bullet', level: 0, text: '节约成本 120 万元', marks: [] });
  });

  it('marks are stored in one canonical order, overlapping ranges of one kind merged', () => {
    const parsed = documentSchema.parse(doc(paragraph('abcdefgh', [{ type: 'italic', from: 1, to: 2 }, { type: 'bold', from: 4, to: 6 }, { type: 'bold', from: 0, to: 4 }])));
    expect(parsed.blocks[0]).toMatchObject({ marks: [{ type: 'bold', from: 0, to: 6 }, { type: 'italic', from: 1, to: 2 }] });
    const again = documentSchema.parse(doc(paragraph('abcdefgh', [{ type: 'bold', from: 0, to: 6 }, { type: 'italic', from: 1, to: 2 }])));
    expect(canonicalBlock(again.blocks[0]!)).toBe(canonicalBlock(parsed.blocks[0]!));
  });

  it('an empty document is valid and counts 0', () => {
    const parsed = documentSchema.parse(doc());
    expect(countDocument(parsed.blocks).all.words).toBe(0);
    expect(countSections(parsed.blocks)).toEqual([]);
  });

  it('a mark outside the text, empty, or splitting an emoji is refused with summary.markRange', () => {
    expect(issues(doc(paragraph('abc', [{ type: 'bold', from: 1, to: 4 }])))).toEqual([['blocks.0.marks.0', 'summary.markRange']]);
    expect(issues(doc(paragraph('abc', [{ type: 'bold', from: 2, to: 2 }])))).toEqual([['blocks.0.marks.0', 'summary.markRange']]);
    expect(issues(doc(paragraph('a👍b', [{ type: 'bold', from: 0, to: 2 }])))).toEqual([['blocks.0.marks.0', 'summary.markRange']]);
    expect(issues(doc(paragraph('a👍b', [{ type: 'bold', from: 1, to: 3 }])))).toEqual([]);
  });

  it('control characters, lone surrogates and line breaks inside a block are refused, naming the block', () => {
    expect(issues(doc(paragraph('ok'), paragraph('bell\u0007')))).toEqual([['blocks.1.text', 'summary.controlChars']]);
    expect(issues(doc(paragraph('cut \uD83D here')))).toEqual([['blocks.0.text', 'summary.brokenText']]);
    expect(issues(doc(paragraph('two\nlines')))).toEqual([['blocks.0.text', 'summary.lineBreak']]);
    expect(issues(doc({ type: 'heading', id: 'x', text: 'a\u2029b' }))).toEqual([['blocks.0.text', 'summary.lineBreak']]);
  });

  it('tabs, right-to-left text, bidi marks and emoji are accepted and counted', () => {
    const parsed = documentSchema.parse(doc(paragraph('مرحبا بالعالم\u200F שלום'), paragraph('团队👍👍\tHello👍World')));
    const { all } = countDocument(parsed.blocks);
    expect(all.words).toBe(3 + 2 + 1 + 1); // 3 RTL words; 团队; 👍👍; Hello👍World
  });

  it('two headings with one section id are refused with summary.duplicateSection', () => {
    expect(issues(doc({ type: 'heading', id: 'a', text: '一' }, { type: 'heading', id: 'a', text: '二' }))).toEqual([['blocks.1.id', 'summary.duplicateSection']]);
    expect(issues(doc({ type: 'heading', id: 'a b', text: '一' }))).toEqual([['blocks.0.id', 'summary.sectionId']]);
  });

  it('a 1 MiB paste is accepted; past 2 MiB of text the document is refused with summary.tooLarge and the limit', () => {
    const mebibyte = 'x'.repeat(1024 * 1024);
    const accepted = documentSchema.safeParse(doc(paragraph(mebibyte)));
    expect(accepted.success).toBe(true);
    if (accepted.success) expect(countDocument(accepted.data.blocks).all.words).toBe(1);
    const chinese = '汉'.repeat(700_000); // 2.1 MB in UTF-8
    const refused = documentSchema.safeParse(doc(paragraph(chinese)));
    expect(refused.success).toBe(false);
    if (!refused.success) {
      expect(toFieldIssues(refused.error)).toEqual([
        { path: ['blocks'], key: 'summary.tooLarge', params: { maxBytes: DOCUMENT_LIMITS.maxTextBytes, bytes: 2_100_000 } },
      ]);
    }
  });

  it('an unknown block type, an extra key or another format is refused', () => {
    expect(issues(doc({ type: 'image', src: 'x' } as never)).length).toBeGreaterThan(0);
    expect(issues(doc({ ...paragraph('a'), style: 'color:red' } as never)).length).toBeGreaterThan(0);
    expect(issues({ format: 2, blocks: [] })).toEqual([['format', 'summary.format']]);
  });

  it('utf8Length counts bytes as SQLite stores them', () => {
    expect(['a', 'é', '汉', '𠀀', '👍🏻', '\uD800'].map(utf8Length)).toEqual([1, 2, 3, 4, 8, 3]);
  });
});

describe('plain text made acceptable (paste, .txt import)', () => {
  it('splits lines into paragraphs, drops blank lines and control characters, repairs lone surrogates', () => {
    const blocks = paragraphsFromPlainText('第一段\r\n\r\n第二段\u0007\u000B第三段\n\uDC00尾');
    expect(blocks.map((block) => block.text)).toEqual(['第一段', '第二段', '第三段', '\uFFFD尾']);
    expect(documentSchema.safeParse({ format: 1, blocks }).success).toBe(true);
  });
});

describe('counts', () => {
  it('the document count is the sum of its blocks; the body leaves headings out; sections count their body', () => {
    const parsed = documentSchema.parse(
      doc(paragraph('前言 intro'), { type: 'heading', id: 'a', text: '项目' }, paragraph('中文测试'), { type: 'listItem', list: 'bullet', text: 'Hello World' }),
    );
    const { all, body } = countDocument(parsed.blocks);
    expect([all.words, body.words]).toEqual([3 + 2 + 4 + 2, 3 + 4 + 2]);
    expect(countSections(parsed.blocks).map((section) => [section.sectionId, section.count.words, section.heading.words])).toEqual([
      [null, 3, 0],
      ['a', 6, 2],
    ]);
  });
});

describe('the day of an edit is the date in Shanghai (UTC+8), whatever the machine says', () => {
  it.each([
    ['2026-11-23T15:59:59.999Z', '2026-11-23'],
    ['2026-11-23T16:00:00.000Z', '2026-11-24'],
    ['2026-12-31T23:30:00+08:00', '2026-12-31'],
    ['2027-01-01T00:00:00+08:00', '2027-01-01'],
    ['not a time', null],
  ])('%s is %s', (instant, day) => {
    expect(shanghaiDate(instant)).toBe(day);
  });
});
