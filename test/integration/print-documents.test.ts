// The printed documents of issue 5, built from a full sample file and read back with poppler: the form
// draft, the public notice and the cover sheet as PDFs (fields in the extracted text, page counts, the
// draft mark on every page, 待填写 and 无, a 2,000-character field continued over pages without loss,
// nothing in the packet's bands, Chinese glyphs that really render), and the Word versions in their XML.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import bands from '../../templates/print/bands.json';
import { emptyForm } from '../../shared/form/schema';
import { noticePeriod } from '../../shared/print/noticePeriod';
import { FONT_FAMILY, FontMissingError, bundledFontFiles } from '../../electron/backend/documents/fonts';
import { buildCoverSheetPdf } from '../../electron/backend/print/coverSheet';
import { buildFormDocx } from '../../electron/backend/print/formDocx';
import { buildFormDraftPdf } from '../../electron/backend/print/formDraft';
import { buildPublicNoticePdf } from '../../electron/backend/print/publicNotice';
import { buildPublicNoticeDocx } from '../../electron/backend/print/publicNoticeDocx';
import type { BuiltPdf, PrintOptions } from '../../electron/backend/print/types';
import { inflateEntry } from '../unit/documents/zipRead';
import { PASTED_COMMITMENT, sampleApplicationFile, sampleForm } from '../support/forms';
import { sampleProfile } from '../support/profiles';
import { makeTempDir } from '../support/tempDir';

const POPPLER = ['pdftoppm', 'pdftotext', 'pdfinfo'].every((tool) => {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});
if (!POPPLER) console.warn('print-documents: poppler-utils (pdftoppm, pdftotext, pdfinfo) missing: the PDF read-back checks are skipped.');

const DRAFT_MARK_ZH = '草稿 — 由 TitlePrep 生成，非官方表格';
const DRAFT_MARK_EN = 'Draft prepared with TitlePrep — not the official form';
const PARTS = [
  { title: '考核认定表（草稿）', pages: 3, copies: 3 },
  { title: '专业技术工作总结', pages: 6, copies: 3 },
  { title: '申报公示', pages: 1, copies: 1 },
];

let dir: ReturnType<typeof makeTempDir>;
let options: PrintOptions;
let saved = 0;
beforeAll(() => {
  dir = makeTempDir('titleprep-print-');
  options = { language: 'zh', markMissing: true, now: '2025-09-01T02:05:00Z', fonts: bundledFontFiles() };
});
afterAll(() => dir.remove());

const save = (pdf: BuiltPdf) => {
  const path = join(dir.path, `document-${(saved += 1)}.pdf`);
  writeFileSync(path, pdf.bytes);
  return path;
};
const pageText = (path: string, page?: number) =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), path, '-']).toString();
const info = (path: string) => execFileSync('pdfinfo', [path]).toString();

/** Every word's box on every page, in points from the top left. */
function words(path: string): { page: number; yMin: number; yMax: number; text: string }[] {
  const xml = execFileSync('pdftotext', ['-bbox', path, '-']).toString();
  const found: { page: number; yMin: number; yMax: number; text: string }[] = [];
  let page = 0;
  for (const line of xml.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const match = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (match) found.push({ page, yMin: Number(match[1]), yMax: Number(match[2]), text: match[3]! });
  }
  return found;
}

/** Dark and red pixels of one page rendered at 50 dpi, and the Han characters poppler extracts from it. */
function pageInk(path: string, page: number): { dark: number; red: number; han: number } {
  const prefix = join(dir.path, `ink-${saved}`);
  execFileSync('pdftoppm', ['-r', '50', '-png', '-f', String(page), '-l', String(page), '-singlefile', path, prefix]);
  const png = PNG.sync.read(readFileSync(`${prefix}.png`));
  let dark = 0;
  let red = 0;
  for (let at = 0; at < png.data.length; at += 4) {
    const [r, g, b] = [png.data[at]!, png.data[at + 1]!, png.data[at + 2]!];
    if (r + g + b < 3 * 128) dark += 1;
    if (r > 150 && g < 110 && b < 110) red += 1;
  }
  const han = [...pageText(path, page)].filter((char) => /\p{Script=Han}/u.test(char)).length;
  return { dark, red, han };
}

function expectBandsFree(path: string) {
  const height = 841.89;
  for (const word of words(path)) {
    expect(word.yMin, `"${word.text}" on page ${word.page} is in the top band`).toBeGreaterThan(bands.topPt);
    expect(word.yMax, `"${word.text}" on page ${word.page} is in the bottom band`).toBeLessThan(height - bands.bottomPt);
  }
}

describe('the form draft (PDF)', () => {
  it('prints every section of the full sample, A4, a few pages, well under 1 MB, with a subset font', async () => {
    const pdf = await buildFormDraftPdf(sampleApplicationFile(), options);
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    expect(pdf.pages).toBeLessThanOrEqual(4);
    expect(pdf.bytes.length).toBeLessThan(1_000_000);
    if (!POPPLER) return;
    const path = save(pdf);
    expect(info(path)).toMatch(new RegExp(`Pages:\\s+${pdf.pages}\\n`));
    expect(info(path)).toMatch(/Page size:\s+595\.3 x 841\.9 pts \(A4\)/);
    expect(execFileSync('pdffonts', [path]).toString()).toMatch(/[A-Z]{6}\+NotoSansSC-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    const text = pageText(path).replace(/[ \t]+/g, ' ');
    for (const expected of [
      '考核认定表（草稿）',
      '张伟', 'ZHANG WEI', 'E12345678', 'zhang.wei@example.com',
      '上海示例科技有限公司', '91350100M000100Y43', '研发部', '高级软件工程师',
      '信息技术专业组', '工程技术', '中级（工程师）',
      '同济大学', '1024712010000123',
      '李娜',
      'Certified Information Systems Security Professional', '2025-05-01 续期，有效期至 2028-05-31', '清单 2.0', 'A 类、C 类', '已通过查验（2025-08-01）',
      '城市轨道交通信号系统数据平台', '主持', '项目验收报告、用户证明信',
      '城市轨道交通研究', 'ZL202210123456.7', 'T/SHXX 001-2024', '上海市科学技术奖',
      '3,250 字（要求不少于 3,000 字）', '见附件：专业技术工作总结',
      '王芳（人力资源部经理）', '单位（盖章）', 'TitlePrep 记录：尚未盖章',
    ]) expect(text, expected).toContain(expected);
    // The pasted commitment, whole (it may wrap: compare without line breaks).
    expect(text.replace(/\s+/g, '')).toContain(PASTED_COMMITMENT);
  });

  it('carries the draft mark, in Chinese and English, with the time it was made, on every page', async () => {
    const form = sampleForm();
    form.achievements![0]!.work = '长文本。'.repeat(500);
    const pdf = await buildFormDraftPdf(sampleApplicationFile({ form }), options);
    expect(pdf.pages).toBeGreaterThanOrEqual(3);
    if (!POPPLER) return;
    const path = save(pdf);
    for (let page = 1; page <= pdf.pages; page += 1) {
      const text = pageText(path, page);
      expect(text).toContain(DRAFT_MARK_ZH);
      expect(text).toContain(DRAFT_MARK_EN);
      expect(text).toContain('生成时间：2025-09-01 10:05（北京时间）');
    }
  });

  it('leaves the packet\'s top and bottom bands empty on every page', async () => {
    const form = sampleForm();
    form.achievements![0]!.results = '成效说明。'.repeat(350);
    const pdf = await buildFormDraftPdf(sampleApplicationFile({ form }), options);
    if (!POPPLER) return;
    expectBandsFree(save(pdf));
  });

  it('a 2,000-character achievement wraps and continues on the next page: not one character lost', async () => {
    const form = sampleForm();
    const sentence = '本人负责系统架构设计与核心模块开发工作，';
    const long = sentence.repeat(99) + '这是最后一句话。';
    expect(long.length).toBeLessThanOrEqual(2000);
    expect(long.length).toBeGreaterThan(1980);
    form.achievements![0]!.work = long;
    const pdf = await buildFormDraftPdf(sampleApplicationFile({ form }), options);
    const short = await buildFormDraftPdf(sampleApplicationFile(), options);
    expect(pdf.pages).toBeGreaterThan(short.pages);
    if (!POPPLER) return;
    const path = save(pdf);
    // Remove what the page breaks put between the pieces: the page header, the repeated section title and
    // the faint 草稿 across the page (its two characters appear in no sample text).
    const text = pageText(path)
      .replace(/\s+/g, '')
      .replaceAll(`${DRAFT_MARK_ZH}/${DRAFT_MARK_EN}`.replace(/\s+/g, ''), '')
      .replace(/生成时间：[^）]*）/g, '')
      .replaceAll('六、业绩成果', '')
      .replace(/[草稿]/g, '');
    expect(text.split(sentence).length - 1).toBe(99);
    expect(text).toContain(`${sentence}这是最后一句话。`);
    expectBandsFree(path);
  });

  it('a missing required field prints 【待填写】 when asked to mark, nothing when not', async () => {
    const profile = sampleProfile();
    profile.person.idNumber = '';
    const file = sampleApplicationFile({ profile });
    const marked = await buildFormDraftPdf(file, options);
    const unmarked = await buildFormDraftPdf(file, { ...options, markMissing: false });
    if (!POPPLER) return;
    const markedText = pageText(save(marked));
    expect(markedText).toMatch(/证件号码\s+【待填写】/);
    expect(pageText(save(unmarked))).not.toContain('待填写');
  });

  it('the 待填写 mark is drawn in red', async () => {
    // No programme chosen: the registration's programme is 待填写 on the first page.
    const file = sampleApplicationFile({ programme: null, application: { programmeId: null } });
    const marked = await buildFormDraftPdf(file, options);
    const clean = await buildFormDraftPdf(sampleApplicationFile(), options);
    if (!POPPLER) return;
    expect(pageInk(save(marked), 1).red).toBeGreaterThan(40);
    expect(pageInk(save(clean), 1).red).toBe(0);
  });

  it('empty sections print 无; an empty form prints empty boxes and the paste instruction', async () => {
    const file = sampleApplicationFile({ form: emptyForm(), summaryWords: null });
    const pdf = await buildFormDraftPdf(file, options);
    if (!POPPLER) return;
    const path = save(pdf);
    // Text extraction reorders table cells: look for 无 by position, under each section's title row.
    const all = words(path);
    const titles = ['六、业绩成果', '七、论文、著作', '八、专利', '九、标准', '十、获奖', '十一、专业技术工作总结'];
    for (const [index, title] of titles.slice(0, -1).entries()) {
      const from = all.find((word) => word.text === title)!;
      const to = all.find((word) => word.text === titles[index + 1])!;
      const none = all.filter((word) => word.text === '无' && word.page === from.page && word.yMin > from.yMax && (to.page !== from.page || word.yMax < to.yMin));
      expect(none, `${title} is empty`).toHaveLength(1);
    }
    const text = pageText(path);
    expect(text).toContain('请粘贴系统生成表中的个人承诺原文');
    expect(text).toContain('【待填写】');
  });

  it('English mode adds English glosses to the section titles and the paste note; the form stays Chinese', async () => {
    const file = sampleApplicationFile({ form: { ...sampleForm(), commitment: { wording: '', signedOn: null } } });
    const pdf = await buildFormDraftPdf(file, { ...options, language: 'en' });
    if (!POPPLER) return;
    const text = pageText(save(pdf));
    expect(text).toContain('一、基本情况');
    expect(text).toContain('Personal details');
    expect(text).toContain('Paste the commitment');
    expect(text).toContain('Made on 2025-09-01 10:05 (Beijing time)');
  });

  it('draws real Chinese glyphs: every page carries ink per Han character', async () => {
    const pdf = await buildFormDraftPdf(sampleApplicationFile(), options);
    if (!POPPLER) return;
    const path = save(pdf);
    for (let page = 1; page <= pdf.pages; page += 1) {
      const { dark, han } = pageInk(path, page);
      expect(han).toBeGreaterThan(30);
      // A Han character at 9 pt and 50 dpi leaves ~15 dark pixels; vanished glyphs leave only the rules.
      expect(dark / han).toBeGreaterThan(8);
    }
  });

  it('a font without Chinese glyphs gives no Han text at all: the ink check above would catch it', async () => {
    const latinOnly = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
    if (!POPPLER || !existsSync(latinOnly)) return;
    const pdf = await buildFormDraftPdf(sampleApplicationFile(), { ...options, fonts: { regular: latinOnly, bold: latinOnly } });
    expect(pageInk(save(pdf), 1).han).toBe(0);
  });
});

describe('the public notice (PDF)', () => {
  it('one page with the facts, the period on the working calendar, the quoted basis and the seal space', async () => {
    const file = sampleApplicationFile();
    const pdf = await buildPublicNoticePdf(file, noticePeriod(file), options);
    expect(pdf.pages).toBe(1);
    if (!POPPLER) return;
    const path = save(pdf);
    const text = pageText(path).replace(/[ \t]+/g, ' ');
    for (const expected of ['申报材料公示', '上海示例科技有限公司', '张伟', '研发部 / 高级软件工程师', '工程技术 中级（工程师）', 'Certified Information Systems Security', '2025年9月1日至2025年9月5日（共5个工作日）', '公司三楼公告栏及内网', '联系人：王芳', '021-5555 0000', '单位（盖章）', '（英文原文）']) {
      expect(text, expected).toContain(expected);
    }
    expect(text.replace(/\s+/g, ' ')).toContain('“Employers are required to publicly display the application materials within their organization for at least five workdays.”');
    // Cited as a person can look it up (issuer, title, date, section), never by the seed file's name.
    expect(text.replace(/\s+/g, '')).toContain('上海市人力资源和社会保障局第三批境外职业资格证书持证人员职称考核认定通知（英文发布稿）');
    expect(text).not.toContain('000_1b5f3424c279415a.txt');
    expect(text).not.toContain('草稿');
    expectBandsFree(path);
    const { dark, han } = pageInk(path, 1);
    expect(han).toBeGreaterThan(80);
    expect(dark / han).toBeGreaterThan(8);
  });

  it('a period reaching 2027 prints a visible warning that the end date is uncertain', async () => {
    const form = sampleForm();
    form.publicNotice!.startDate = '2026-12-28';
    const file = sampleApplicationFile({ form });
    const period = noticePeriod(file);
    expect(period.yearsWithoutData).toEqual([2027]);
    const pdf = await buildPublicNoticePdf(file, period, options);
    expect(pdf.pages).toBe(1);
    if (!POPPLER) return;
    const text = pageText(save(pdf)).replace(/\s+/g, '');
    expect(text).toContain('2026年12月28日至2027年1月1日（共5个工作日）');
    expect(text).toContain('公示期涉及2027年');
  });

  it('English mode glosses the labels and still fits one page', async () => {
    const file = sampleApplicationFile();
    const pdf = await buildPublicNoticePdf(file, noticePeriod(file), { ...options, language: 'en' });
    expect(pdf.pages).toBe(1);
    if (!POPPLER) return;
    const text = pageText(save(pdf));
    expect(text).toContain('Public notice of an application');
    expect(text).toContain('Notice period');
  });
});

describe('the cover sheet (PDF)', () => {
  it('one page: the contents, where each copy is signed and sealed, and a checklist with boxes', async () => {
    const file = sampleApplicationFile();
    const pdf = await buildCoverSheetPdf(file, { parts: PARTS, officialFormUsed: false, noticePeriod: noticePeriod(file) }, options);
    expect(pdf.pages).toBe(1);
    if (!POPPLER) return;
    const path = save(pdf);
    const text = pageText(path).replace(/[ \t]+/g, ' ');
    expect(text).toMatch(/第\s*1\s*份[\s\S]*第\s*2\s*份[\s\S]*第\s*3\s*份/);
    for (const expected of ['申报材料打印说明', '本打印包的内容', '专业技术工作总结', '打印一式三份', '不是网上系统生成的正式表格', '检查清单', '2025年9月1日至2025年9月5日（共5个工作日）', '2025-09-01 至 2025-09-19']) {
      expect(text, expected).toContain(expected);
    }
    expect(text.replace(/\s+/g, ' ')).toContain('produce three copies');
    // Three copies × two places, and five steps.
    expect(text.split('□').length - 1).toBe(3 * 2 + 5);
    expectBandsFree(path);
  });

  it('English mode adds the translation of every instruction', async () => {
    const file = sampleApplicationFile();
    const pdf = await buildCoverSheetPdf(file, { parts: PARTS, officialFormUsed: true }, { ...options, language: 'en' });
    if (!POPPLER) return;
    const text = pageText(save(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain('打印全部材料');
    expect(text).toContain('Print all the documents: 3 copies');
    expect(text).toContain('Where each copy must be signed and sealed');
    expect(text).toContain('The assessment form in this packet is the one the online system generated.');
  });
});

describe('a missing font file', () => {
  const missing = () => ({ ...options, fonts: { regular: join(dir.path, 'missing-Regular.ttf'), bold: join(dir.path, 'missing-Bold.ttf') } });

  it('every PDF builder throws FontMissingError naming the file, before laying anything out', async () => {
    const file = sampleApplicationFile();
    await expect(buildFormDraftPdf(file, missing())).rejects.toBeInstanceOf(FontMissingError);
    await expect(buildPublicNoticePdf(file, noticePeriod(file), missing())).rejects.toBeInstanceOf(FontMissingError);
    await expect(buildCoverSheetPdf(file, { parts: PARTS, officialFormUsed: true }, missing())).rejects.toMatchObject({ file: join(dir.path, 'missing-Regular.ttf') });
  });
});

describe('the Word versions', () => {
  it('the form: A4 in exact twips, the Chinese font through eastAsia, a table per section, the draft mark in the header', async () => {
    const docx = await buildFormDocx(sampleApplicationFile(), options);
    const documentXml = inflateEntry(docx, 'word/document.xml');
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(inflateEntry(docx, 'word/styles.xml')).toContain(`w:eastAsia="${FONT_FAMILY}"`);
    expect(documentXml.match(/<w:tbl>/g)?.length).toBe(13);
    expect(documentXml).toContain('<w:tblHeader/>');
    expect(documentXml).toMatch(/w:fill="D9D9D9"/);
    expect(inflateEntry(docx, 'word/header1.xml')).toContain(DRAFT_MARK_ZH);
    const { value: text } = await mammoth.extractRawText({ buffer: docx });
    for (const expected of ['考核认定表（草稿）', '张伟', '91350100M000100Y43', '李娜', '城市轨道交通信号系统数据平台', 'ZL202210123456.7', PASTED_COMMITMENT, '单位（盖章）']) {
      expect(text, expected).toContain(expected);
    }
  });

  it('the form: 【待填写】 in bold red where a required value is missing, 无 for empty sections', async () => {
    const docx = await buildFormDocx(sampleApplicationFile({ form: emptyForm() }), options);
    const documentXml = inflateEntry(docx, 'word/document.xml');
    expect(documentXml).toMatch(/<w:r><w:rPr><w:b\/><w:bCs\/><w:color w:val="C00000"\/>.*?<\/w:rPr><w:t[^>]*>【待填写】<\/w:t>/);
    const { value: text } = await mammoth.extractRawText({ buffer: docx });
    expect(text.match(/^无$/gm)?.length).toBeGreaterThanOrEqual(5);
    expect(text).toContain('请粘贴系统生成表中的个人承诺原文');
  });

  it('the public notice: the same facts, period and quoted basis, editable', async () => {
    const file = sampleApplicationFile();
    const docx = await buildPublicNoticeDocx(file, noticePeriod(file), options);
    expect(inflateEntry(docx, 'word/document.xml')).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const { value: text } = await mammoth.extractRawText({ buffer: docx });
    for (const expected of ['申报材料公示', '上海示例科技有限公司', '2025年9月1日至2025年9月5日（共5个工作日）', '联系人：王芳', 'Employers are required to publicly display', '单位（盖章）']) {
      expect(text, expected).toContain(expected);
    }
  });
});
