// No orphan line in the summary PDF (issue 10): a body paragraph never leaves its first line alone at the
// bottom of a page, and a heading never ends a page. The summaries are built so that, as the text before
// grows a character at a time, some paragraph's first line falls on the last line of a page.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../shared/summary/document';
import { bundledFontFiles } from '../../electron/backend/documents/fonts';
import { buildSummaryPdf, leavesOrphan } from '../../electron/backend/documents/export/summaryPdf';
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

/** The text lines poppler reads, page by page, without the page-number footer. */
function pageLines(path: string): string[][] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', path, '-']).toString();
  return xml
    .split('<page ')
    .slice(1)
    .map((page) =>
      page
        .split('<line')
        .slice(1)
        .map((line) => [...line.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((match) => match[1]).join(''))
        .filter((line) => line !== '' && !/^第\d+页/.test(line)),
    );
}

const summary = (lead: number): Block[] => [
  { type: 'paragraph', text: `开头${'甲'.repeat(lead)}。`, marks: [] } as Block,
  ...Array.from({ length: 14 }, (_, index): Block[] => [
    ...(index % 4 === 3 ? [{ type: 'heading', text: `标题${index}`, level: 1, marks: [] } as unknown as Block] : []),
    { type: 'paragraph', text: `段${index}起${'负责轨道交通设备数据平台的设计与实施，'.repeat(3 + (index % 3))}止。`, marks: [] } as Block,
  ]).flat(),
];

describe('orphans in the summary PDF', () => {
  it('the rule: a paragraph running over a page moves when fewer than two lines fit where it starts', () => {
    const start = (verticalRatio: number) => ({ pageNumbers: [1, 2], startPosition: { pageInnerHeight: 600, verticalRatio } as never });
    expect(leavesOrphan(start(0.99), 18)).toBe(true);
    expect(leavesOrphan(start(0.5), 18)).toBe(false);
    expect(leavesOrphan({ ...start(0.99), pageNumbers: [1] }, 18)).toBe(false);
  });

  it.skipIf(!POPPLER)('no page ends with the first line of a paragraph or with a heading, however the text falls', async () => {
    let crossings = 0;
    for (let lead = 0; lead <= 400; lead += 20) {
      const pdf = await buildSummaryPdf(summary(lead), summaryPrintText('张三'), bundledFontFiles());
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
});
