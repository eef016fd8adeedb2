// Identifiers never break inside on paper (issue 10): pdfmake breaks after "/" and "-", so a standard
// number T/SHXX 001-2024 or an ISSN 1007-869X could end one line and start the next. A paragraph repeats
// the identifiers after prefixes of every length, so each one falls across the line end somewhere; every
// line poppler reads back must hold each identifier whole, and the extracted text reads as typed. The .docx
// says the same in its XML (non-breaking hyphens, a word joiner after "/"), LibreOffice's rendering of it
// keeps each identifier whole, and the summary's import reads it back as typed. (Dates stay whole in the
// PDF only: LibreOffice breaks Chinese text between any two characters, joiner or not; docxUnbroken.ts.)
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../shared/summary/document';
import { bundledFontFiles } from '../../electron/backend/documents/fonts';
import { buildSummaryPdf } from '../../electron/backend/documents/export/summaryPdf';
import { buildSummaryDocx } from '../../electron/backend/documents/export/summaryDocx';
import { importSummary } from '../../electron/backend/documents/import';
import { WORD_JOINER, unbrokenRunChildren } from '../../electron/backend/print/docxUnbroken';
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

const IDENTIFIERS = ['T/SHXX', '001-2024', 'ZL202210123456.7', '1007-869X', '91310000MA1K4XXX2B', '9704—2012'];
const DATE = '2025年9月1日';

const SOFFICE = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
})();
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
  return { type: 'paragraph', text: `${prefix}主编团体标准 T/SHXX 001-2024，专利 ZL202210123456.7，期刊 ISSN 1007-869X，信用代码 91310000MA1K4XXX2B，依据 GB/T 9704—2012，于${DATE}发布。`, marks: [] } as Block;
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

  it.skipIf(!POPPLER)('no line of the summary PDF ends inside a standard, patent, ISSN or credit-code number or a date', async () => {
    const blocks = Array.from({ length: PREFIX_LENGTHS }, (_, index) => paragraph(index));
    const pdf = await buildSummaryPdf(blocks, TEXT, bundledFontFiles());
    const path = join(dir.path, 'summary.pdf');
    writeFileSync(path, pdf.bytes);
    const lines = execFileSync('pdftotext', [path, '-']).toString().replace(/\u00A0/g, ' ').split('\n');
    for (const identifier of [...IDENTIFIERS, DATE]) {
      const whole = lines.reduce((sum, line) => sum + line.split(identifier).length - 1, 0);
      expect(whole, `${identifier} whole on a line`).toBe(PREFIX_LENGTHS);
    }
  });

  it('in a .docx run, a hyphen inside an identifier is a non-breaking hyphen, a "/" is followed by a word joiner, other text is as typed', () => {
    const children = unbrokenRunChildren(`标准T/SHXX 001-2024，于${DATE}，ISSN\u00A01007-869X，共3-4人`);
    const shown = children.map((child) => (typeof child === 'string' ? child : '\u2011')).join('');
    expect(shown).toBe(`标准T/${WORD_JOINER}SHXX 001\u20112024，于${DATE}，ISSN\u00A01007\u2011869X，共3\u20114人`);
    expect(unbrokenRunChildren('普通文字，没有编号')).toEqual(['普通文字，没有编号']);
  });

  it("the summary .docx XML holds every hyphenated identifier with Word's non-breaking hyphen, and its import reads them as typed", async () => {
    const docx = await buildSummaryDocx([paragraph(0)], TEXT);
    const xml = strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml']!);
    // The text Word shows: w:t contents, a w:noBreakHyphen read as U+2011.
    const shown = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:noBreakHyphen\/>/g)].map((match) => match[1] ?? '\u2011').join('');
    expect(shown).toContain('001\u20112024');
    expect(shown).toContain('1007\u2011869X');
    expect(shown).toContain(`T/${WORD_JOINER}SHXX`);
    // No plain hyphen is left inside an identifier for Word to break after.
    expect(shown).not.toMatch(/[0-9A-Z]-[0-9A-Z]/);
    // Imported again (the summary's own import), the text is what was typed: no U+2011, no joiner.
    const imported = await importSummary('summary.docx', docx);
    const texts = imported.document.blocks.map((block) => block.text);
    expect(texts).toContain(paragraph(0).text);
  });

  it.skipIf(!SOFFICE || !POPPLER)('LibreOffice renders the summary .docx with no identifier broken over two lines', async () => {
    const blocks = Array.from({ length: PREFIX_LENGTHS }, (_, index) => paragraph(index));
    const input = join(dir.path, 'docx');
    mkdirSync(input, { recursive: true });
    writeFileSync(join(input, 'summary.docx'), await buildSummaryDocx(blocks, TEXT));
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir.path, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', input, join(input, 'summary.docx')], { stdio: 'ignore', timeout: 240_000 });
    const lines = execFileSync('pdftotext', [join(input, 'summary.pdf'), '-']).toString().replace(/[\u00A0]/g, ' ').replace(/[\u2011]/g, '-').replace(/\u2060/g, '').split('\n');
    for (const identifier of IDENTIFIERS) {
      const whole = lines.reduce((sum, line) => sum + line.split(identifier).length - 1, 0);
      expect(whole, `${identifier} whole on a line`).toBe(PREFIX_LENGTHS);
    }
  }, 300_000);
});
