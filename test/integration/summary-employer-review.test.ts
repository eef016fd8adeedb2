// The summary's employer check-and-seal block (issue 10, paper.md "The work summary"): 单位审核意见, 42 mm
// for the round seal, 单位（盖章） and the date, under the applicant's signature, on one page in the PDF
// whatever the length of the text, and kept together in the .docx.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../shared/summary/document';
import { bundledFontFiles } from '../../electron/backend/documents/fonts';
import { buildSummaryDocx } from '../../electron/backend/documents/export/summaryDocx';
import { buildSummaryPdf } from '../../electron/backend/documents/export/summaryPdf';
import { summaryPrintText } from '../../electron/backend/documents/export/summaryText';
import { inflateEntry } from '../unit/documents/zipRead';
import { makeTempDir } from '../support/tempDir';

const POPPLER = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const SEAL_MM = 42;
const MM = 72 / 25.4;

let dir: ReturnType<typeof makeTempDir>;
beforeAll(() => {
  dir = makeTempDir('titleprep-review-');
});
afterAll(() => dir.remove());

const paragraphs = (count: number): Block[] =>
  Array.from({ length: count }, (_, index) => ({ type: 'paragraph', text: `第${index + 1}段。${'负责轨道交通设备数据平台的设计与实施，'.repeat(4)}`, marks: [] }) as Block);

/** The lines poppler reads, with their page and top, in points. */
function lines(path: string): { page: number; y: number; text: string }[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', path, '-']).toString();
  const found: { page: number; y: number; text: string }[] = [];
  let page = 0;
  for (const chunk of xml.split(/<line /).slice(0)) {
    page += (chunk.match(/<page /g) ?? []).length;
    const top = /yMin="([\d.]+)"/.exec(chunk);
    const words = [...chunk.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((match) => match[1]).join('');
    if (top && words) found.push({ page, y: Number(top[1]), text: words });
  }
  return found;
}

describe('the employer check-and-seal block of the summary', () => {
  it('is absent unless asked for', () => {
    expect(summaryPrintText('张三').employerReview).toBeUndefined();
    expect(summaryPrintText('张三', { employerReview: true }).employerReview?.seal).toBe('单位（盖章）');
  });

  it.skipIf(!POPPLER)('prints under the signature, 42 mm of room above 单位（盖章）, opinion, seal and date on one page, at every length', async () => {
    for (let count = 14; count <= 26; count += 1) {
      const pdf = await buildSummaryPdf(paragraphs(count), summaryPrintText('张三', { employerReview: true }), bundledFontFiles());
      const path = join(dir.path, `review-${count}.pdf`);
      writeFileSync(path, pdf.bytes);
      const found = lines(path);
      const signature = found.find((line) => line.text.startsWith('本人签名'));
      const opinion = found.find((line) => line.text.startsWith('单位审核意见'));
      const seal = found.find((line) => line.text.startsWith('单位（盖章）'));
      const date = found.findLast((line) => line.text.startsWith('年'));
      expect(signature && opinion && seal && date, `${count} paragraphs: every line printed`).toBeTruthy();
      expect(opinion!.page, `${count} paragraphs`).toBe(seal!.page);
      expect(date!.page, `${count} paragraphs`).toBe(seal!.page);
      expect(opinion!.page * 10_000 + opinion!.y).toBeGreaterThan(signature!.page * 10_000 + signature!.y);
      expect(seal!.y - opinion!.y, `${count} paragraphs: room for the seal`).toBeGreaterThanOrEqual(SEAL_MM * MM);
    }
  });

  it('the .docx carries the block after the signature, kept together, with the seal room before 单位（盖章）', async () => {
    const bytes = await buildSummaryDocx(paragraphs(3), summaryPrintText('张三', { employerReview: true }));
    const xml = inflateEntry(bytes, 'word/document.xml');
    const at = (text: string) => xml.indexOf(text);
    expect(at('本人签名')).toBeGreaterThan(0);
    expect(at('单位审核意见：')).toBeGreaterThan(at('本人签名'));
    expect(at('单位（盖章）')).toBeGreaterThan(at('单位审核意见：'));
    const opinion = xml.slice(xml.lastIndexOf('<w:p>', at('单位审核意见：')), at('单位审核意见：'));
    expect(opinion).toContain('<w:keepNext/>');
    const seal = xml.slice(xml.lastIndexOf('<w:p>', at('单位（盖章）')), at('单位（盖章）'));
    const before = Number(/w:before="(\d+)"/.exec(seal)?.[1]);
    expect(before / 20).toBeGreaterThanOrEqual(SEAL_MM * MM);
    const without = inflateEntry(await buildSummaryDocx(paragraphs(3), summaryPrintText('张三')), 'word/document.xml');
    expect(without).not.toContain('单位审核意见');
  });
});
