// Identifiers never break inside on paper (issue 10): pdfmake breaks after "/" and "-", so a standard
// number T/SHXX 001-2024 or an ISSN 1007-869X could end one line and start the next. A paragraph repeats
// the identifiers after prefixes of every length, so each one falls across the line end somewhere; every
// line poppler reads back must hold each identifier whole, and the extracted text reads as typed.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../shared/summary/document';
import { bundledFontFiles } from '../../electron/backend/documents/fonts';
import { buildSummaryPdf } from '../../electron/backend/documents/export/summaryPdf';
import { unbrokenText } from '../../electron/backend/print/pdfLayout';
import { makeTempDir } from '../support/tempDir';

const POPPLER = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const IDENTIFIERS = ['T/SHXX', '001-2024', 'ZL202210123456.7', '1007-869X', '91310000MA1K4XXX2B'];
const PREFIX_LENGTHS = 40;
const TEXT = {
  title: '专业技术工作总结',
  applicant: '申报人：张三',
  pageLabel: '第 {page} 页 / 共 {pages} 页',
  author: '张三',
  closing: { signature: '本人签名：', date: '日期：', blankDate: '年　月　日' },
};

let dir: ReturnType<typeof makeTempDir>;
beforeAll(() => {
  dir = makeTempDir('titleprep-identifiers-');
});
afterAll(() => dir.remove());

function paragraph(prefixLength: number): Block {
  const prefix = '轨'.repeat(prefixLength);
  return { type: 'paragraph', text: `${prefix}主编团体标准 T/SHXX 001-2024，专利 ZL202210123456.7，期刊 ISSN 1007-869X，信用代码 91310000MA1K4XXX2B。`, marks: [] } as Block;
}

describe('identifiers in printed text', () => {
  it('an identifier joined by "/", "-" or a no-break space is one noWrap piece; the pieces join back to the text', () => {
    const text = '标准T/SHXX\u00A0001-2024，专利ZL202210123456.7于2025年9月1日';
    const pieces = unbrokenText(text);
    expect(Array.isArray(pieces)).toBe(true);
    const list = pieces as ({ text: string; noWrap?: boolean } | string)[];
    expect(list.map((piece) => (typeof piece === 'string' ? piece : piece.text)).join('')).toBe(text);
    const whole = list.filter((piece) => typeof piece !== 'string' && piece.noWrap).map((piece) => (piece as { text: string }).text);
    expect(whole).toEqual(['T/SHXX\u00A0001-2024，', '2025年9月1日']);
  });

  it('punctuation that may not start a line stays with the identifier before it, an opening bracket with the one after', () => {
    const pieces = unbrokenText('号（ZL202210123456.7-1）。后') as ({ text: string; noWrap?: boolean } | string)[];
    expect(pieces).toEqual(['号', { text: '（ZL202210123456.7-1）。', noWrap: true }, '后']);
  });

  it('a run too long to be a real number is left to break, so it never runs over its cell', () => {
    expect(unbrokenText(`${'A1-'.repeat(20)}B`)).toBe(`${'A1-'.repeat(20)}B`);
  });

  it.skipIf(!POPPLER)('no line of the summary PDF ends inside a standard, patent, ISSN or credit-code number', async () => {
    const blocks = Array.from({ length: PREFIX_LENGTHS }, (_, index) => paragraph(index));
    const pdf = await buildSummaryPdf(blocks, TEXT, bundledFontFiles());
    const path = join(dir.path, 'summary.pdf');
    writeFileSync(path, pdf.bytes);
    const lines = execFileSync('pdftotext', [path, '-']).toString().replace(/\u00A0/g, ' ').split('\n');
    for (const identifier of IDENTIFIERS) {
      const whole = lines.reduce((sum, line) => sum + line.split(identifier).length - 1, 0);
      expect(whole, `${identifier} whole on a line`).toBe(PREFIX_LENGTHS);
    }
  });
});
