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
import { FontMissingError, bundledFontFiles } from '../../electron/backend/documents/fonts';
import { buildCoverSheetPdf } from '../../electron/backend/print/coverSheet';
import { buildFormDocx } from '../../electron/backend/print/formDocx';
import { buildFormDraftPdf } from '../../electron/backend/print/formDraft';
import { buildNoticeRecordPdf, buildPublicNoticePdf } from '../../electron/backend/print/publicNotice';
import { buildNoticeRecordDocx, buildPublicNoticeDocx } from '../../electron/backend/print/publicNoticeDocx';
import type { BuiltPdf, PrintOptions } from '../../electron/backend/print/types';
import { inflateEntry } from '../unit/documents/zipRead';
import type { Block } from '../../shared/summary/document';
import { buildSummaryDocx } from '../../electron/backend/documents/export/summaryDocx';
import { summaryPrintText } from '../../electron/backend/documents/export/summaryText';
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

const DRAFT_MARK_ZH = '草稿 — 由 TitlePrep 生成，非官方版本';
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
  options = { markMissing: true, now: '2025-09-01T02:05:00Z', fonts: bundledFontFiles() };
});
afterAll(() => dir.remove());

const save = (pdf: BuiltPdf) => {
  const path = join(dir.path, `document-${(saved += 1)}.pdf`);
  writeFileSync(path, pdf.bytes);
  return path;
};
/** The text of a page (or all pages); no-break spaces (kept inside identifiers) read as spaces. */
const pageText = (path: string, page?: number) =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), path, '-']).toString().replace(/\u00A0/g, ' ');
const info = (path: string) => execFileSync('pdfinfo', [path]).toString();

/** Every word's box on every page, in points from the top left. */
interface Word {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

function words(path: string): Word[] {
  const xml = execFileSync('pdftotext', ['-bbox', path, '-']).toString();
  const found: Word[] = [];
  let page = 0;
  for (const line of xml.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const match = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (match) found.push({ page, xMin: Number(match[1]), yMin: Number(match[2]), xMax: Number(match[3]), yMax: Number(match[4]), text: match[5]! });
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
    expect(pdf.pages).toBeLessThanOrEqual(6);
    expect(pdf.bytes.length).toBeLessThan(1_000_000);
    if (!POPPLER) return;
    const path = save(pdf);
    expect(info(path)).toMatch(new RegExp(`Pages:\\s+${pdf.pages}\\n`));
    expect(info(path)).toMatch(/Page size:\s+595\.3 x 841\.9 pts \(A4\)/);
    // Body text in the serif (宋体 style), headings in the sans (黑体 style), both subset.
    const fonts = execFileSync('pdffonts', [path]).toString();
    expect(fonts).toMatch(/[A-Z]{6}\+NotoSerifSC-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(fonts).toMatch(/[A-Z]{6}\+NotoSansSC-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    const text = pageText(path).replace(/[ \t]+/g, ' ');
    const joined = text.replace(/\s+/g, '');
    expect(joined).toContain('已通过查验（2025年8月1日）');
    for (const expected of [
      '考核认定表（草稿）',
      '张伟', 'ZHANG WEI', 'E12345678', 'zhang.wei@example.com',
      '上海示例科技有限公司', '91350100M000100Y43', '研发部', '高级软件工程师',
      '信息技术专业组', '工程技术', '中级（工程师）',
      '同济大学', '1024712010000123',
      '李娜',
      'Certified Information Systems Security Professional', '2025年5月1日 续期，有效期至 2028年5月31日', '清单 2.0', 'A 类、C 类', '已通过查验（2025年8月1日）',
      '城市轨道交通信号系统数据平台', '主持', '项目验收报告、用户证明信',
      '城市轨道交通研究', 'ZL202210123456.7', 'T/SHXX 001-2024', '上海市科学技术奖',
      '见附件：专业技术工作总结',
      '王芳（人力资源部经理）', '单位（盖章）',
    ]) expect(joined, expected).toContain(expected.replace(/\s+/g, ''));
    // Nothing of TitlePrep's own records where the employer seals.
    expect(text).not.toMatch(/TitlePrep 记录|尚未盖章|已盖章/);
    // The pasted commitment, whole (it may wrap: compare without line breaks).
    expect(text.replace(/\s+/g, '')).toContain(PASTED_COMMITMENT);
  });

  it('carries the draft mark, in Chinese only, with the time it was made, on every page', async () => {
    const form = sampleForm();
    form.achievements![0]!.work = '长文本。'.repeat(500);
    const pdf = await buildFormDraftPdf(sampleApplicationFile({ form }), options);
    expect(pdf.pages).toBeGreaterThanOrEqual(3);
    if (!POPPLER) return;
    const path = save(pdf);
    for (let page = 1; page <= pdf.pages; page += 1) {
      const text = pageText(path, page);
      expect(text).toContain(DRAFT_MARK_ZH);
      expect(text).not.toMatch(/Draft|official form/);
      expect(text).toContain('生成时间：2025-09-01 10:05（北京时间）');
    }
  });

  it('draws the diagonal 草稿 as outlines beneath the content: no text extraction reads it between the rows', async () => {
    const pdf = await buildFormDraftPdf(sampleApplicationFile(), options);
    if (!POPPLER) return;
    const path = save(pdf);
    // 草 and 稿 appear only in the title and the draft mark, never as words of their own in the page.
    const stray = words(path).filter((word) => /^[草稿]$/.test(word.text));
    expect(stray).toEqual([]);
    for (let page = 1; page <= pdf.pages; page += 1) expect(pageText(path, page).split('稿').length - 1, `page ${page}`).toBe(page === 1 ? 2 : 1);
    // The mark is still there, as ink in the middle of the page.
    const prefix = join(dir.path, 'mark');
    execFileSync('pdftoppm', ['-r', '20', '-gray', '-png', '-f', '2', '-l', '2', '-singlefile', path, prefix]);
    const png = PNG.sync.read(readFileSync(`${prefix}.png`));
    const centre = png.data[(Math.floor(png.height / 2) * png.width + Math.floor(png.width / 2)) * 4]!;
    expect(centre).toBeLessThan(255);
  });

  it('keeps the employer\'s verification whole on one page, with 50 mm clear above 单位（盖章） at the bottom right and the date under it', async () => {
    const pdf = await buildFormDraftPdf(sampleApplicationFile(), options);
    if (!POPPLER) return;
    const all = words(save(pdf));
    const heading = all.find((word) => word.text.includes('所在单位核实意见'))!;
    const seal = all.find((word) => word.text.includes('单位（盖章）'))!;
    const signatory = all.find((word) => word.text.includes('签字人'))!;
    expect(seal.page).toBe(heading.page);
    expect(signatory.page).toBe(heading.page);
    // The date under the seal line: 年 月 日 on the same page, below it.
    const date = all.filter((word) => word.page === seal.page && word.yMin > seal.yMax && /年|月|日/.test(word.text));
    expect(date.length).toBeGreaterThan(0);
    // Nothing printed in the 50 mm above the seal line on its right half.
    const clear = all.filter((word) => word.page === seal.page && word.yMax > seal.yMin - 141.7 && word.yMax < seal.yMin && word.xMin > seal.xMin - 60);
    expect(clear).toEqual([]);
    expect(seal.xMax).toBeGreaterThan(595.28 / 2 + 100);
  });

  it('reports the pages where the commitment and the employer\'s box print, as the cover lists them, wherever they fall', async () => {
    // More papers push the signed sections down, so that the employer's box moves whole to the next page.
    for (const extra of [0, 2, 4, 6, 8]) {
      const form = sampleForm();
      form.papers = Array.from({ length: 1 + extra }, (_, index) => ({ ...form.papers![0]!, id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}` }));
      const pdf = await buildFormDraftPdf(sampleApplicationFile({ form }), options);
      const path = save(pdf);
      const pageOf = (title: string) => Array.from({ length: pdf.pages }, (_, index) => index + 1).find((page) => pageText(path, page).includes(title));
      expect(pdf.signing?.commitment, `${extra} more papers: commitment`).toBe(pageOf('十二、个人承诺'));
      expect(pdf.signing?.employerVerification, `${extra} more papers: employer's box`).toBe(pageOf('十三、所在单位核实意见'));
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
      .replaceAll(DRAFT_MARK_ZH.replace(/\s+/g, ''), '')
      .replace(/生成时间：[^）]*）/g, '')
      .replaceAll('六、业绩成果', '');
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
    const pdf = await buildFormDraftPdf(sampleApplicationFile(), { ...options, fonts: { regular: latinOnly, bold: latinOnly, serif: { regular: latinOnly, bold: latinOnly } } });
    expect(pageInk(save(pdf), 1).han).toBe(0);
  });
});

describe('the public notice (PDF)', () => {
  it('one page in the official-document format: the facts, the period, the contact, the 落款; no source, file name or English', async () => {
    const file = sampleApplicationFile();
    const pdf = await buildPublicNoticePdf(file, noticePeriod(file), options);
    expect(pdf.pages).toBe(1);
    if (!POPPLER) return;
    const path = save(pdf);
    const text = pageText(path).replace(/[ \t]+/g, ' ');
    const joined = text.replace(/\s+/g, '');
    for (const expected of ['申报材料公示', '张伟', '研发部/高级软件工程师', '工程技术中级（工程师）', '同济大学', '从事相关专业技术工作10年', '1.城市轨道交通信号系统数据平台', '2025年9月1日至2025年9月5日（共5个工作日）', '公司三楼公告栏及内网', '王芳（联系电话：021-55550000）']) {
      expect(joined, expected).toContain(expected);
    }
    expect(text).not.toMatch(/来源|\.txt|policy\.md|TitlePrep|草稿|Employers are required|Public notice/);
    expectBandsFree(path);
    // 落款: the employer over the issue date, on the right half, the date centred under the name.
    const all = words(path);
    const employer = all.filter((word) => word.text.includes('上海示例科技有限公司')).at(-1)!;
    const date = all.filter((word) => word.text === '2025年9月1日').at(-1)!;
    expect(employer.xMin).toBeGreaterThan(595.28 / 2 - 40);
    expect(date.yMin).toBeGreaterThan(employer.yMax - 1);
    expect(Math.abs((date.xMin + date.xMax) / 2 - (employer.xMin + employer.xMax) / 2)).toBeLessThan(4);
    // The title in the sans (黑体 style), the body in the serif.
    const fonts = execFileSync('pdffonts', [path]).toString();
    expect(fonts).toMatch(/NotoSansSC/);
    expect(fonts).toMatch(/NotoSerifSC/);
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
    // The warning box may push the end onto a second page; the 落款 then keeps the closing sentence with it.
    expect(pdf.pages).toBeLessThanOrEqual(2);
    if (!POPPLER) return;
    const path = save(pdf);
    const text = pageText(path).replace(/\s+/g, '');
    expect(text).toContain('2026年12月28日至2027年1月1日（共5个工作日）');
    expect(text).toContain('公示期涉及2027年');
    const last = pageText(path, pdf.pages).replace(/\s+/g, '');
    expect(last).toContain('公示期内如有异议');
    expect(last).toContain('上海示例科技有限公司2026年12月28日');
  });

  it('the record of the result: what was posted and when, the questions to answer by hand, signers and the 落款, on one page', async () => {
    const file = sampleApplicationFile();
    const pdf = await buildNoticeRecordPdf(file, noticePeriod(file), options);
    expect(pdf.pages).toBe(1);
    if (!POPPLER) return;
    const path = save(pdf);
    const text = pageText(path).replace(/\s+/g, '');
    for (const expected of ['公示情况说明', '上海示例科技有限公司于2025年9月1日至2025年9月5日（共5个工作日），在公司三楼公告栏及内网对张伟申报', '公示期间收到异议情况：', '□未收到异议', '异议处理情况：', '公示结果：', '经办人（签字）：', '单位负责人（签字）：', '年月日']) {
      expect(text, expected).toContain(expected);
    }
    expectBandsFree(path);
  });
});

describe('the cover sheet (PDF)', () => {
  it('one sheet: the contents, how to print and staple, where each copy is signed and sealed, and a checklist with boxes', async () => {
    const file = sampleApplicationFile();
    const pdf = await buildCoverSheetPdf(file, { parts: PARTS, officialFormUsed: false, noticePeriod: noticePeriod(file) }, { ...options, language: 'zh' });
    // Front and back of one sheet at most.
    expect(pdf.pages).toBeLessThanOrEqual(2);
    if (!POPPLER) return;
    const path = save(pdf);
    const text = pageText(path).replace(/[ \t]+/g, ' ');
    expect(text).toMatch(/第\s*1\s*份[\s\S]*第\s*2\s*份[\s\S]*第\s*3\s*份/);
    for (const expected of ['申报材料打印说明', '本打印包的内容', '专业技术工作总结', '打印一式三份', '不是网上系统生成的正式版本', '检查清单', '2025年9月1日至2025年9月5日（共5个工作日）', '2025年9月1日至2025年9月19日', '双面打印', '每份单独装订', 'TitlePrep 的默认做法']) {
      expect(text, expected).toContain(expected);
    }
    expect(text.replace(/\s+/g, ' ')).toContain('produce three copies');
    // Three copies × two places, and five steps.
    expect(text.split('□').length - 1).toBe(3 * 2 + 5);
    expectBandsFree(path);
  });

  it('English mode adds the translation of every instruction', async () => {
    const file = sampleApplicationFile();
    const pdf = await buildCoverSheetPdf(file, { parts: PARTS, officialFormUsed: true, duplex: false }, { ...options, language: 'en' });
    if (!POPPLER) return;
    const text = pageText(save(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain('打印全部材料');
    expect(text).toContain('Print all the documents: 3 copies');
    expect(text).toContain('Where each copy must be signed and sealed');
    expect(text).toContain('The assessment form in this packet is the one the online system generated.');
    expect(text).toContain('单面打印');
    expect(text).toContain('Print single-sided.');
  });
});

describe('a missing font file', () => {
  const absent = (name: string) => join(dir.path, `missing-${name}.ttf`);
  const missing = () => ({ ...options, language: 'zh' as const, fonts: { regular: absent('Regular'), bold: absent('Bold'), serif: { regular: absent('SerifRegular'), bold: absent('SerifBold') } } });
  const serifMissing = () => ({ ...options, fonts: { ...options.fonts, serif: { regular: absent('SerifRegular'), bold: options.fonts.serif.bold } } });

  it('every PDF builder throws FontMissingError naming the file, before laying anything out', async () => {
    const file = sampleApplicationFile();
    await expect(buildFormDraftPdf(file, missing())).rejects.toBeInstanceOf(FontMissingError);
    await expect(buildPublicNoticePdf(file, noticePeriod(file), missing())).rejects.toBeInstanceOf(FontMissingError);
    await expect(buildCoverSheetPdf(file, { parts: PARTS, officialFormUsed: true }, missing())).rejects.toMatchObject({ file: join(dir.path, 'missing-Regular.ttf') });
    // The body's serif face is checked as well as the sans.
    await expect(buildNoticeRecordPdf(file, noticePeriod(file), serifMissing())).rejects.toMatchObject({ file: absent('SerifRegular') });
  });
});

describe('the Word versions', () => {
  it('the form: A4 in exact twips, 宋体/黑体 through eastAsia with Times New Roman for Latin, zh-CN, a font table, a table per section, the draft mark in the header', async () => {
    const docx = await buildFormDocx(sampleApplicationFile(), options);
    const documentXml = inflateEntry(docx, 'word/document.xml');
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const styles = inflateEntry(docx, 'word/styles.xml');
    expect(styles).toMatch(/w:eastAsia="宋体"/);
    expect(styles).toMatch(/w:ascii="Times New Roman"/);
    expect(styles).toMatch(/<w:lang w:val="en-US" w:eastAsia="zh-CN"\/>/);
    expect(documentXml).toContain('w:eastAsia="黑体"');
    const fontTable = inflateEntry(docx, 'word/fontTable.xml');
    for (const font of ['<w:font w:name="宋体"><w:altName w:val="SimSun"/>', '<w:font w:name="黑体"><w:altName w:val="SimHei"/>', '<w:font w:name="Times New Roman">']) expect(fontTable).toContain(font);
    expect(`${styles}${documentXml}`).not.toContain('Noto');
    // Page numbers in the footer, in the style of every printed document: 第 {PAGE} 页 / 共 {NUMPAGES} 页.
    const footer = inflateEntry(docx, 'word/footer1.xml');
    expect(footer).toContain('第 ');
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
    expect(footer).toContain(' 页 / 共 ');
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

  it('every ruled space to sign is underlined spaces followed by a word joiner, so a right-aligned line keeps it', async () => {
    const file = sampleApplicationFile();
    const documents = {
      form: await buildFormDocx(file, options),
      record: await buildNoticeRecordDocx(file, noticePeriod(file), options),
      summary: await buildSummaryDocx([{ type: 'paragraph', text: '正文。', marks: [] } as unknown as Block], summaryPrintText('张伟')),
    };
    for (const [name, docx] of Object.entries(documents)) {
      const xml = inflateEntry(docx, 'word/document.xml');
      // An underlined run of ideographic spaces, and the next run begins with U+2060.
      const rooms = [...xml.matchAll(/<w:u w:val="single"\/>.*?<w:t xml:space="preserve">(\u3000+)<\/w:t><\/w:r><w:r>.*?<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)];
      expect(rooms.length, `${name}: a ruled space to sign`).toBeGreaterThan(0);
      for (const room of rooms) expect(room[2]!.startsWith('\u2060'), `${name}: the space is followed by a word joiner`).toBe(true);
    }
  });

  it('the public notice: the same facts and period, 仿宋 body and 黑体 title, the margins of the PDF, editable', async () => {
    const file = sampleApplicationFile();
    const docx = await buildPublicNoticeDocx(file, noticePeriod(file), options);
    const documentXml = inflateEntry(docx, 'word/document.xml');
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(documentXml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    const styles = inflateEntry(docx, 'word/styles.xml');
    expect(styles).toContain('w:eastAsia="仿宋"');
    expect(styles).toContain('w:eastAsia="黑体"');
    // A hyphen inside an identifier (the phone number) is Word's non-breaking hyphen, read back as U+2011.
    const text = (await mammoth.extractRawText({ buffer: docx })).value.replace(/\u2011/g, '-');
    for (const expected of ['申报材料公示', '上海示例科技有限公司', '2025年9月1日至2025年9月5日（共5个工作日）', '王芳（联系电话：021-5555 0000）', '2025年9月1日']) {
      expect(text, expected).toContain(expected);
    }
    expect(text).not.toMatch(/来源|Employers are required|TitlePrep/);
  });

  it('the record of the result: the same sheet as the PDF, editable', async () => {
    const file = sampleApplicationFile();
    const docx = await buildNoticeRecordDocx(file, noticePeriod(file), options);
    const { value: text } = await mammoth.extractRawText({ buffer: docx });
    for (const expected of ['公示情况说明', '公示期间收到异议情况：', '□ 未收到异议', '异议处理情况：', '经办人（签字）：', '上海示例科技有限公司']) expect(text, expected).toContain(expected);
  });
});
