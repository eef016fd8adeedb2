// No orphan and no widow line in the summary PDF (issue 10): a body paragraph never leaves its first line
// alone at the bottom of a page, nor its last line alone at the top of the next, and a heading never ends a
// page. The summaries are built so that, as the text before grows, some paragraph's first line falls on the
// last line of a page and some paragraph's last line on the first line of the next; read back from the
// PDF's text positions (pdftotext -bbox-layout).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../shared/summary/document';
import { bundledFontFiles } from '../../electron/backend/documents/fonts';
import { buildSummaryPdf, firstWidowFix, leavesOrphan } from '../../electron/backend/documents/export/summaryPdf';
import { buildSummaryDocx } from '../../electron/backend/documents/export/summaryDocx';
import { summaryPrintText } from '../../electron/backend/documents/export/summaryText';
import { makeTempDir } from '../support/tempDir';

const POPPLER = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

let dir: ReturnType<typeof makeTempDir>;
beforeAll(() => {
  dir = makeTempDir('titleprep-orphans-');
});
afterAll(() => dir.remove());

interface PrintedLine {
  text: string;
  /** The right edge of the line's last word, in points. */
  right: number;
}

/** The text lines poppler reads, page by page, with their right edges, without the page-number footer. */
function pageLinesAt(path: string): PrintedLine[][] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', path, '-']).toString();
  return xml
    .split('<page ')
    .slice(1)
    .map((page) =>
      page
        .split('<line')
        .slice(1)
        .map((line) => {
          const words = [...line.matchAll(/<word [^>]*xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)];
          return { text: words.map((match) => match[2]).join(''), right: Math.max(0, ...words.map((match) => Number(match[1]))) };
        })
        .filter((line) => line.text !== '' && !/^第\d+页/.test(line.text)),
    );
}

const pageLines = (path: string): string[][] => pageLinesAt(path).map((lines) => lines.map((line) => line.text));

/** Longer paragraphs (three to eight lines), so that a page end falls inside them as well as between them. */
const long = (lead: number): Block[] => [
  { type: 'paragraph', text: `开头${'甲'.repeat(lead)}。`, marks: [] } as Block,
  ...Array.from({ length: 14 }, (_, index): Block[] => [
    ...(index % 5 === 4 ? [{ type: 'heading', text: `标题${index}`, level: 1, marks: [] } as unknown as Block] : []),
    { type: 'paragraph', text: `段${index}起${'负责轨道交通设备数据平台的设计与实施，'.repeat(4 + ((index * 3) % 8))}止。`, marks: [] } as Block,
  ]).flat(),
];

describe('orphans and widows in the summary PDF', () => {
  it('the rule: a paragraph running over a page moves when fewer than two lines fit where it starts', () => {
    const start = (verticalRatio: number) => ({ pageNumbers: [1, 2], startPosition: { pageInnerHeight: 600, verticalRatio } as never });
    expect(leavesOrphan(start(0.99), 18)).toBe(true);
    expect(leavesOrphan(start(0.5), 18)).toBe(false);
    expect(leavesOrphan({ ...start(0.99), pageNumbers: [1] }, 18)).toBe(false);
  });

  it.skipIf(!POPPLER)('no page ends with the first line of a paragraph or with a heading, however the text falls', async () => {
    let crossings = 0;
    for (let lead = 0; lead <= 400; lead += 20) {
      const pdf = await buildSummaryPdf(long(lead), summaryPrintText('张三'), bundledFontFiles());
      const path = join(dir.path, `orphans-${lead}.pdf`);
      writeFileSync(path, pdf.bytes);
      const pages = pageLines(path);
      pages.slice(0, -1).forEach((lines, page) => {
        const last = lines.at(-1) ?? '';
        expect(/^段\d+起/.test(last), `lead ${lead}, page ${page + 1} ends with a paragraph's first line: ${last}`).toBe(false);
        expect(/^标题\d+$/.test(last), `lead ${lead}, page ${page + 1} ends with a heading`).toBe(false);
        // A paragraph running over the page end: the case the rule is about.
        if (!/止。$/.test(last)) crossings += 1;
      });
    }
    expect(crossings, "some page ends inside a paragraph: the case is exercised").toBeGreaterThan(0);
  });

  it.skipIf(!POPPLER)('no page starts with the last line of a paragraph alone; a paragraph split at a page end ends its page on a full line', async () => {
    let splits = 0;
    for (let lead = 0; lead <= 400; lead += 20) {
      const pdf = await buildSummaryPdf(long(lead), summaryPrintText('张三'), bundledFontFiles());
      const path = join(dir.path, `widows-${lead}.pdf`);
      writeFileSync(path, pdf.bytes);
      const pages = pageLinesAt(path);
      pages.forEach((lines, page) => {
        if (page === 0) return;
        const [first, second] = lines;
        // A continued paragraph (not 段…起 nor a heading) that ends on the page's first line: a widow.
        const continued = first !== undefined && !/^(段\d+起|标题\d+)/.test(first.text);
        expect(continued && /止。$/.test(first.text), `lead ${lead}, page ${page + 1} starts with a paragraph's last line alone: ${first?.text}`).toBe(false);
        if (continued && second !== undefined) {
          splits += 1;
          // The line before the page end is justified to the right margin like the other full lines.
          const previous = pages[page - 1]!;
          const fullWidth = Math.max(...previous.map((line) => line.right));
          expect(previous.at(-1)!.right, `lead ${lead}, page ${page}: the line before the split is full`).toBeGreaterThan(fullWidth - 2);
        }
      });
      // The text is all there, in order, once.
      const text = pages.flat().map((line) => line.text).join('');
      for (let index = 0; index < 14; index += 1) expect(text.split(`段${index}起`).length - 1, `lead ${lead}: 段${index}起 printed once`).toBe(1);
    }
    expect(splits, 'some paragraph runs over a page end: the case is exercised').toBeGreaterThan(0);
  });

  it('the rule: a widow in a paragraph of four lines or more carries the line before it over; a shorter one moves whole', () => {
    const paragraph = { type: 'paragraph', text: '一二三四五六七八', marks: [] } as unknown as Block;
    const laid = (pages: number[]) => () => ({ lines: ['一二', '三四', '五六', '七八'].slice(0, pages.length), pages });
    expect(firstWidowFix([paragraph], laid([1, 1, 1, 2]), new Map())).toEqual([0, { kind: 'split', at: 4 }]);
    expect(firstWidowFix([paragraph], laid([1, 1, 2, 2]), new Map())).toBeUndefined();
    expect(firstWidowFix([{ ...paragraph, text: '一二三四五六' } as Block], laid([1, 1, 2]), new Map())).toEqual([0, { kind: 'move' }]);
  });

  it('the .docx asks Word and LibreOffice for widow and orphan control on every body paragraph (absent, OOXML means off)', async () => {
    const docx = await buildSummaryDocx(long(0), summaryPrintText('张三'));
    const xml = strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml']!);
    const body = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="SummaryBody"\/>(?:(?!<\/w:p>).)*?<\/w:p>/gs)].map((match) => match[0]);
    expect(body.length).toBe(15);
    for (const paragraph of body) expect(paragraph).toMatch(/<w:widowControl\/>/);
  });
});
