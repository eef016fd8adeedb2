// documents.exportSummaryDocx / exportSummaryPdf over the real backend. The .docx is checked in its XML
// (A4 in twips, the eastAsia font, heading styles with an outline level, numbering, page fields) and read
// back with mammoth; the PDF is checked with poppler: page count and size, extracted text, and ink — pages
// rendered to pixels, because a PDF whose glyphs vanished still extracts the right text.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, openBackend } from '../../electron/backend';
import { type FontFiles, bundledFontFiles } from '../../electron/backend/documents/fonts';
import { inflateEntry } from '../unit/documents/zipRead';
import type { ReplyOf } from '../../shared/contract/channels';
import type { SummaryDocumentInput } from '../../shared/summary/document';
import { countDocument } from '../../shared/summary/count';
import { sampleDocument } from '../unit/summary/sampleDocument';
import { makeTempDir } from '../support/tempDir';
import { value } from '../support/result';

const POPPLER = ['pdftoppm', 'pdftotext', 'pdfinfo'].every((tool) => {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});
if (!POPPLER) console.warn('documents-export: poppler-utils (pdftoppm, pdftotext, pdfinfo) missing: the PDF render checks are skipped.');

let dir: ReturnType<typeof makeTempDir>;
let backend: Backend;
let applicantId: string;
const programmeId = 'shanghai-c-r3';
const clock = new Date('2026-11-23T02:00:00Z');

function open(fontFiles?: FontFiles) {
  return openBackend({ dataDirectory: dir.path, transport: 'browser', appVersion: 'test', now: () => clock, ...(fontFiles ? { fontFiles } : {}) });
}

beforeEach(async () => {
  dir = makeTempDir();
  backend = open();
  applicantId = value<{ id: string }>(await backend.invoke('applicants.create', { nameZh: '张伟', nameLatin: 'Zhang Wei' })).id;
  // The employer's name, which the summary's title block prints under the applicant's.
  const stored = value<{ profile: { person: Record<string, unknown> }; revision: number }>(await backend.invoke('profile.get', { applicantId }));
  value(await backend.invoke('profile.save', { applicantId, profile: { ...stored.profile, person: { ...stored.profile.person, employerName: '上海示例科技有限公司' } }, baseRevision: stored.revision }));
});
afterEach(() => {
  backend.close();
  dir.remove();
});

const withLists = (words: number): SummaryDocumentInput => {
  const document = sampleDocument(words);
  return {
    format: 1,
    blocks: [
      ...document.blocks.slice(0, 3),
      { type: 'listItem', list: 'numbered', level: 0, text: '主持CBTC信号系统改造', marks: [{ type: 'bold', from: 0, to: 2 }] },
      { type: 'listItem', list: 'numbered', level: 1, text: 'Python and SQL pipeline', marks: [{ type: 'italic', from: 0, to: 6 }] },
      { type: 'listItem', list: 'bullet', level: 0, text: '要点一', marks: [] },
      ...document.blocks.slice(3),
    ],
  };
};

type Exported = ReplyOf<'documents.exportSummaryPdf'>;
const exportPdf = async (document?: SummaryDocumentInput, language: 'zh' | 'en' = 'zh') =>
  value<Exported>(await backend.invoke('documents.exportSummaryPdf', { applicantId, programmeId, language, ...(document ? { document } : {}) }));
const exportDocx = async (document?: SummaryDocumentInput) =>
  value<ReplyOf<'documents.exportSummaryDocx'>>(await backend.invoke('documents.exportSummaryDocx', { applicantId, programmeId, ...(document ? { document } : {}) }));

describe('exporting the summary as .docx', () => {
  it('is A4 in exact twips, names 宋体 (body) and 黑体 (headings) through eastAsia with Times New Roman for Latin, zh-CN, a font table, real heading styles and lists', async () => {
    const file = await exportDocx(withLists(3200));
    expect(file.fileName).toBe('专业技术工作总结_张伟_2026-11-23.docx');
    const docx = Buffer.from(file.contentBase64, 'base64');
    const documentXml = inflateEntry(docx, 'word/document.xml');
    const stylesXml = inflateEntry(docx, 'word/styles.xml');
    const numberingXml = inflateEntry(docx, 'word/numbering.xml');
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(documentXml).toMatch(/<w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800"/);
    expect(stylesXml).toContain('w:eastAsia="宋体"');
    expect(stylesXml).toMatch(/w:styleId="Heading1">.*?w:eastAsia="黑体"/);
    expect(stylesXml).toContain('w:ascii="Times New Roman"');
    expect(stylesXml).toContain('w:eastAsia="zh-CN"');
    expect(inflateEntry(docx, 'word/fontTable.xml')).toContain('<w:altName w:val="SimSun"/>');
    expect(documentXml).toContain('本人签名：');
    expect(stylesXml).toMatch(/w:styleId="Heading1">.*?<w:outlineLvl w:val="0"\/>/);
    expect(documentXml.match(/<w:pStyle w:val="Heading1"\/>/g)?.length).toBe(withLists(3200).blocks.filter((block) => block.type === 'heading').length);
    expect(documentXml).toContain('<w:pStyle w:val="Title"/>');
    expect(numberingXml).toContain('<w:numFmt w:val="decimal"/>');
    expect(numberingXml).toContain('<w:numFmt w:val="bullet"/>');
    const footer = inflateEntry(docx, 'word/footer1.xml');
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
    expect(footer).toContain('第 ');
  });

  it('reads back with mammoth: title, headings, list items and bold text', async () => {
    const file = await exportDocx(withLists(3200));
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(file.contentBase64, 'base64') });
    expect(html).toContain('<h1>第1部分 主要业绩</h1>');
    expect(html).toMatch(/<ol><li><strong>主持<\/strong>CBTC信号系统改造<ol><li><em>Python<\/em> and SQL pipeline<\/li><\/ol><\/li><\/ol><ul><li>要点一<\/li><\/ul>/);
    expect(html).toContain('申报人：张伟<br />工作单位：上海示例科技有限公司');
  });

  it('exports the saved summary when the request carries no document', async () => {
    value(await backend.invoke('summary.save', { applicantId, programmeId, document: { format: 1, blocks: [{ type: 'paragraph', text: '已保存的正文', marks: [] }] }, baseRevision: 0 }));
    const file = await exportDocx();
    expect(inflateEntry(Buffer.from(file.contentBase64, 'base64'), 'word/document.xml')).toContain('已保存的正文');
  });
});

describe('exporting the summary as PDF', () => {
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'titleprep-pdf-'));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  const save = (file: Exported) => {
    const path = join(work, 'summary.pdf');
    writeFileSync(path, Buffer.from(file.contentBase64, 'base64'));
    return path;
  };
  /** Dark pixels of one page at 60 dpi, and the Han characters poppler extracts from it. */
  const pageInk = (path: string, page: number) => {
    execFileSync('pdftoppm', ['-r', '60', '-gray', '-f', String(page), '-l', String(page), path, join(work, 'page')]);
    const pgm = readFileSync(join(work, `page-${page}.pgm`));
    const [, width, height] = pgm.toString('latin1', 0, 40).split(/\s+/).map(Number);
    const pixels = pgm.subarray(pgm.length - width! * height!);
    let dark = 0;
    for (const pixel of pixels) if (pixel < 128) dark += 1;
    const text = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), path, '-']).toString();
    return { dark, han: [...text].filter((char) => /\p{Script=Han}/u.test(char)).length, text };
  };

  it('a 3,200-字 summary: A4, a few pages, well under 1 MB, with a subset font', async () => {
    const document = withLists(3200);
    expect(countDocument(sampleDocument(3200).blocks).all.words).toBeGreaterThanOrEqual(3200);
    const file = await exportPdf(document);
    expect(file.fileName).toBe('专业技术工作总结_张伟_2026-11-23.pdf');
    expect(file.bytes).toBeLessThan(1_000_000);
    expect(file.pages).toBeGreaterThanOrEqual(4);
    if (!POPPLER) return;
    const path = save(file);
    const info = execFileSync('pdfinfo', [path]).toString();
    expect(info).toMatch(new RegExp(`Pages:\\s+${file.pages}\\n`));
    expect(info).toMatch(/Page size:\s+595\.3 x 841\.9 pts \(A4\)/);
    const fonts = execFileSync('pdffonts', [path]).toString();
    expect(fonts).toMatch(/[A-Z]{6}\+NotoSansSC-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('renders Chinese glyphs: text extracts and every page carries ink per character', async () => {
    if (!POPPLER) return;
    const file = await exportPdf(withLists(3200));
    const path = save(file);
    const first = pageInk(path, 1);
    expect(first.text).toContain('专业技术工作总结');
    expect(first.text).toContain('申报人：张伟');
    expect(first.text.replace(/\s+/g, '')).toContain('第1页/共');
    for (let page = 1; page <= file.pages; page += 1) {
      const { dark, han } = pageInk(path, page);
      expect(han).toBeGreaterThan(20);
      // A drawn Han character at 12 pt and 60 dpi leaves ~30 dark pixels; vanished glyphs leave ~0.
      expect(dark / han).toBeGreaterThan(12);
    }
  });

  it('a font without Chinese glyphs gives no Han text at all: the check above would catch it', async () => {
    const latinOnly = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
    if (!POPPLER || !existsSync(latinOnly)) return;
    backend.close();
    backend = open({ regular: latinOnly, bold: latinOnly, serif: { regular: latinOnly, bold: latinOnly } });
    const path = save(await exportPdf(withLists(3200)));
    expect(pageInk(path, 2).han).toBe(0);
  });

  it('one very long paragraph wraps and continues on the next pages, nothing clipped', async () => {
    const long = '本人主持完成了城市轨道交通信号系统的改造项目。'.repeat(400) + '这是最后一句。';
    const file = await exportPdf({ format: 1, blocks: [{ type: 'paragraph', text: long, marks: [] }] });
    expect(file.pages).toBeGreaterThan(3);
    if (!POPPLER) return;
    const path = save(file);
    // Without white space and without the page labels that the extraction puts between pages.
    const text = execFileSync('pdftotext', [path, '-']).toString().replace(/\s+/g, '').replace(/第\d+页\/共\d+页/g, '');
    expect(text).toContain('这是最后一句。');
    expect(text.split('本人主持完成了城市轨道交通信号系统的改造项目。').length - 1).toBe(400);
  });

  it('Chinese whatever the interface language: title block, page numbers (第 1 页 / 共 1 页) and the closing signature line', async () => {
    const file = await exportPdf(withLists(300), 'en');
    if (!POPPLER) return;
    const text = execFileSync('pdftotext', [save(file), '-']).toString();
    expect(text).toContain('专业技术工作总结');
    expect(text).toContain('申报人：张伟');
    // The title block names the employer too, on its own line (../shared/paper.md, "The work summary").
    expect(text).toMatch(/^工作单位：上海示例科技有限公司$/m);
    expect(text.replace(/\s+/g, '')).toMatch(/第1页\/共\d页/);
    expect(text).not.toMatch(/Applicant|Page \d/);
    expect(text.replace(/\s+/g, '')).toMatch(/本人签名：[\s\S]*日期：[\s\S]*年月日/);
    // The signature stays on the page of the text's end: the last page holds text as well.
    const last = execFileSync('pdftotext', ['-f', String(file.pages), '-l', String(file.pages), save(file), '-']).toString();
    expect(last).toContain('本人签名');
    expect(last.replace(/\s+/g, '').replace(/本人签名：|日期：|[年月日]|第\d+页\/共\d+页/g, '').length).toBeGreaterThan(0);
  });

  it('ends with 本人签名 and 日期 on the last page, right of centre, under the text', async () => {
    const file = await exportPdf(withLists(3200));
    if (!POPPLER) return;
    const path = save(file);
    const xml = execFileSync('pdftotext', ['-bbox', '-f', String(file.pages), '-l', String(file.pages), path, '-']).toString();
    const box = (text: string) => {
      const match = new RegExp(`<word xMin="([\\d.]+)" yMin="([\\d.]+)" xMax="[\\d.]+" yMax="[\\d.]+">${text}</word>`).exec(xml);
      return match ? { x: Number(match[1]), y: Number(match[2]) } : null;
    };
    const signature = box('本人签名：');
    const date = box('日期：');
    expect(signature).not.toBeNull();
    expect(date).not.toBeNull();
    expect(signature!.x).toBeGreaterThan(595.28 / 2);
    expect(date!.y).toBeGreaterThan(signature!.y);
  });

  it('body text in the serif (宋体 style), headings in the sans (黑体 style), justified', async () => {
    const file = await exportPdf(withLists(3200));
    if (!POPPLER) return;
    const fonts = execFileSync('pdffonts', [save(file)]).toString();
    expect(fonts).toMatch(/\+NotoSerifSC-Regular/);
    expect(fonts).toMatch(/\+NotoSansSC-Regular/);
  });

  it('a missing font file: a clear error with its key, and no file', async () => {
    backend.close();
    backend = open({ ...bundledFontFiles(), serif: { regular: join(dir.path, 'missing-Regular.ttf'), bold: join(dir.path, 'missing-Bold.ttf') } });
    const result = await backend.invoke('documents.exportSummaryPdf', { applicantId, programmeId, document: withLists(300) });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', issues: [{ key: 'documents.export.fontMissing' }] } });
  });

  it('an empty summary, an unknown applicant or programme, and an invalid document are refused', async () => {
    const empty = await backend.invoke('documents.exportSummaryPdf', { applicantId, programmeId });
    expect(empty).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ key: 'documents.export.empty' }] } });
    const stranger = await backend.invoke('documents.exportSummaryDocx', { applicantId: '00000000-0000-4000-8000-000000000000', programmeId, document: withLists(10) });
    expect(stranger).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const noProgramme = await backend.invoke('documents.exportSummaryDocx', { applicantId, programmeId: 'nowhere-1', document: withLists(10) });
    expect(noProgramme).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const invalid = await backend.invoke('documents.exportSummaryPdf', { applicantId, programmeId, document: { format: 1, blocks: [{ type: 'paragraph', text: 'a\u0000', marks: [] }] } });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ key: 'summary.controlChars' }] } });
  });
});
