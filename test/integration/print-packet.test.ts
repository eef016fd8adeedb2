// The print packet and the official PDF over the real backend: the copies in order, each page labelled with
// its copy and numbered within it, the official PDF in place of the draft, refuse-or-mark when something is
// missing, a missing font file, and every kind of broken "official" file refused with its own key. The
// labels are checked in the extracted text and as ink in the rendered bands (a vanished glyph still extracts).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, openBackend } from '../../electron/backend';
import { type FontFiles, bundledFontFiles } from '../../electron/backend/documents/fonts';
import { databasePath, openDatabase } from '../../electron/backend/database/open';
import { createFormRepository } from '../../electron/backend/form/repository';
import { BANDS, type PacketGroup, assemblePacket } from '../../electron/backend/print/packet';
import type { ReplyOf } from '../../shared/contract/channels';
import type { AppError, Result } from '../../shared/contract/result';
import { demoCaller, seedDemoApplicant } from '../../scripts/demo/run';
import { makeTempDir } from '../support/tempDir';
import { value } from '../support/result';
import { A4_LANDSCAPE, A4_PORTRAIT, LETTER, OFFICIAL_BLUE, encryptedPdf, htmlNamedPdf, officialPdf, randomBytes } from '../support/pdfFixtures';
import { POPPLER, colourRatio, fontNames, inkRatio, pageTexts, pdfInfo, renderPages } from '../support/pdfInspect';

const clock = new Date('2026-02-24T02:00:00Z');
let dir: ReturnType<typeof makeTempDir>;
let backend: Backend;

function open(fontFiles?: FontFiles): Backend {
  return openBackend({ dataDirectory: dir.path, transport: 'browser', appVersion: 'test', now: () => clock, log: () => undefined, ...(fontFiles ? { fontFiles } : {}) });
}

beforeEach(() => {
  dir = makeTempDir('titleprep-print-');
  backend = open();
});
afterEach(() => {
  backend.close();
  dir.remove();
});

const squeeze = (text: string) => text.replace(/\s+/g, '');
const errorOf = (result: Result<unknown>): AppError => {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
};
const pdfBytes = (reply: { contentBase64: string }) => Buffer.from(reply.contentBase64, 'base64');

async function demoApplicant(): Promise<string> {
  return (await seedDemoApplicant(demoCaller(backend))).applicantId;
}

async function importOfficial(applicantId: string, bytes: Buffer, fileName = '考核认定表.pdf') {
  return backend.invoke('print.officialForm.import', { applicantId, fileName, contentBase64: bytes.toString('base64') });
}

describe('an official PDF is checked before it is stored', () => {
  let applicantId: string;
  beforeEach(async () => {
    applicantId = value<{ id: string }>(await backend.invoke('applicants.create', { nameZh: '张伟', nameLatin: '' })).id;
  });

  it('stores a readable PDF with its page count, and gives it back until it is removed', async () => {
    const bytes = await officialPdf([A4_PORTRAIT, A4_PORTRAIT, A4_PORTRAIT]);
    const info = value<ReplyOf<'print.officialForm.import'>>(await importOfficial(applicantId, bytes));
    expect(info).toMatchObject({ fileName: '考核认定表.pdf', pages: 3, bytes: bytes.length, importedAt: clock.toISOString(), warnings: [] });
    expect(value(await backend.invoke('print.officialForm.get', { applicantId }))).toMatchObject({ pages: 3, sha256: info.sha256 });
    expect(value(await backend.invoke('print.officialForm.remove', { applicantId }))).toEqual({ removed: true });
    expect(value(await backend.invoke('print.officialForm.get', { applicantId }))).toBeNull();
    expect(value(await backend.invoke('print.officialForm.remove', { applicantId }))).toEqual({ removed: false });
  });

  it('warns, without refusing, about pages that are not A4 portrait and about scripts', async () => {
    const info = value<ReplyOf<'print.officialForm.import'>>(await importOfficial(applicantId, await officialPdf([A4_PORTRAIT, LETTER], { javascript: true })));
    expect(info.warnings.map((warning) => warning.key).sort()).toEqual(['official.warning.javascript', 'official.warning.pageSize']);
  });

  const broken: [string, () => Promise<Buffer> | Buffer, string][] = [
    ['a truncated PDF (a download cut short)', async () => (await officialPdf()).subarray(0, 900), 'official.corrupt'],
    ['a PDF damaged in the middle', async () => {
      const bytes = await officialPdf();
      for (let at = 400; at < bytes.length - 400; at += 1) bytes[at] = (at * 7919) % 251;
      return bytes;
    }, 'official.corrupt'],
    ['random bytes named .pdf', () => randomBytes(), 'official.notPdf'],
    ['an HTML page named .pdf', () => htmlNamedPdf(), 'official.html'],
    ['an encrypted PDF', () => encryptedPdf(), 'official.encrypted'],
    ['an empty file', () => Buffer.alloc(0), 'official.empty'],
  ];
  for (const [name, make, key] of broken) {
    it(`refuses ${name} with ${key}, and stores nothing`, async () => {
      const error = errorOf(await importOfficial(applicantId, await make()));
      expect(error.code).toBe('validation');
      expect(error.issues?.[0]).toMatchObject({ path: ['contentBase64'], key });
      expect(value(await backend.invoke('print.officialForm.get', { applicantId }))).toBeNull();
    });
  }

  it('refuses a file larger than the transports carry before it reaches the check', async () => {
    const error = errorOf(await backend.invoke('print.officialForm.import', { applicantId, fileName: 'big.pdf', contentBase64: 'A'.repeat(4_000_004) }));
    expect(error.issues?.[0]).toEqual({ path: ['contentBase64'], key: 'official.tooLarge', params: { maxMb: 3 } });
    const garbled = errorOf(await backend.invoke('print.officialForm.import', { applicantId, fileName: 'x.pdf', contentBase64: '%PDF' }));
    expect(garbled.issues?.[0]?.key).toBe('documents.import.notEncoded');
  });

  it('answers not-found for an unknown applicant', async () => {
    const unknown = '99999999-9999-4999-8999-999999999999';
    expect(errorOf(await importOfficial(unknown, await officialPdf())).code).toBe('not-found');
    expect(errorOf(await backend.invoke('print.officialForm.get', { applicantId: unknown })).code).toBe('not-found');
  });
});

describe.skipIf(!POPPLER)('the packet', { timeout: 120_000 }, () => {
  it('holds the cover, three labelled copies numbered per copy, then the public notice and its result record once, duplex-safe', async () => {
    const applicantId = await demoApplicant();
    const reply = value<ReplyOf<'print.packet'>>(await backend.invoke('print.packet', { applicantId, language: 'zh', onMissing: 'refuse' }));
    expect(reply).toMatchObject({ copies: 3, form: 'draft', marked: 0, mimeType: 'application/pdf' });
    expect(reply.fileName).toMatch(/^职称申报材料_打印包_演示申请人（虚构）_2026-02-24\.pdf$/);
    const bytes = pdfBytes(reply);
    const texts = pageTexts(bytes).map(squeeze);
    expect(texts).toHaveLength(reply.pages);

    const n = reply.pagesPerCopy;
    // Printed double-sided (the default), every copy starts on the front of a sheet: an odd run gets a blank back.
    const sheet = n + (n % 2);
    const cover = texts.findIndex((text) => text.includes('第1份/共3份'));
    expect(cover % 2).toBe(0);
    expect(cover).toBeGreaterThanOrEqual(1);
    for (let copy = 1; copy <= 3; copy += 1) {
      const first = cover + (copy - 1) * sheet;
      expect(first % 2, `copy ${copy} starts on the front of a sheet`).toBe(0);
      for (let page = 1; page <= n; page += 1) {
        const text = texts[first + page - 1]!;
        expect(text).toContain(`第${copy}份/共3份`);
        // One page number per page: the summary's own footer is gone.
        expect(text.match(/第\d+页\/共\d+页/g)).toEqual([`第${page}页/共${n}页`]);
      }
      if (sheet > n) expect(texts[first + n]).toContain('（此页无正文）');
    }
    const firstCopy = texts.slice(cover, cover + n).join('\n');
    expect(firstCopy.indexOf('演示申请人')).toBeGreaterThanOrEqual(0);
    expect(firstCopy.indexOf('专业技术工作总结')).toBeGreaterThan(0);
    // The summary ends with the applicant's signature and date, on the copy's last page.
    expect(texts[cover + n - 1]).toMatch(/本人签名：[\s\S]*日期：/);
    // The notice follows, once, on the front of a sheet; as a sheet to post it carries no label of ours.
    const noticeAt = texts.findIndex((text) => text.includes('申报材料公示') && !text.includes('打印说明'));
    expect(noticeAt % 2).toBe(0);
    const notice = texts[noticeAt]!;
    expect(notice).not.toMatch(/第\d份|申报人：|第1页|来源|\.txt/);
    expect(texts.slice(cover).filter((text) => text.includes('申报材料公示'))).toHaveLength(1);
    // Then its result record, on the front of a sheet of its own, and nothing after it.
    const recordAt = texts.findIndex((text) => text.includes('公示情况说明') && !text.includes('打印说明'));
    expect(recordAt % 2).toBe(0);
    expect(recordAt).toBe(texts.length - 1);
    // The blank back pages say so, and carry no page number (the cover mentions them in its instructions too).
    const blanks = texts.filter((text) => text.endsWith('（此页无正文）') && !text.includes('打印说明'));
    expect(blanks.length).toBeGreaterThan(0);
    for (const blank of blanks) expect(blank).not.toMatch(/第\d+页\/共/);
    expect(texts[0]).toContain('打印说明（不属于申报材料，无需提交）');
    expect(texts[0]).toContain(`第1页/共${cover}页`);

    const info = pdfInfo(bytes);
    expect(info.Creator).toBe('TitlePrep');
    expect(info.Producer).toBe('TitlePrep');
    expect(info.Author).toBe('演示申请人（虚构）');
    expect(info.Title).toBe('职称考核认定申报材料（3份）');
    expect(info['Page size']).toMatch(/^595\.2\d? x 841\.8\d? pts \(A4\)/);

    // The labels are ink, not only extractable text: the top band of every copy page is inked.
    const pages = renderPages(bytes, { dpi: 40, gray: true, first: cover + 1, last: cover + n });
    const band = { left: 0, top: 0, right: 1, bottom: BANDS.top / 841.89 };
    for (const page of pages) expect(inkRatio(page, band, 160)).toBeGreaterThan(0.004);
  });

  it('in the English interface the copies, page numbers and documents stay Chinese; only the cover adds English', async () => {
    const applicantId = await demoApplicant();
    const reply = value<ReplyOf<'print.packet'>>(await backend.invoke('print.packet', { applicantId, language: 'en', onMissing: 'refuse' }));
    const texts = pageTexts(pdfBytes(reply));
    const cover = texts.findIndex((text) => squeeze(text).includes('第1份/共3份'));
    const handedIn = texts.slice(cover).join('\n');
    for (let copy = 1; copy <= 3; copy += 1) expect(squeeze(handedIn)).toContain(`第${copy}份/共3份`);
    expect(squeeze(handedIn)).toContain(`第1页/共${reply.pagesPerCopy}页`);
    expect(handedIn).not.toMatch(/Copy \d|Page \d|Applicant|Draft|Personal details|Public notice|Recorded in TitlePrep/);
    expect(handedIn).toContain('专业技术工作总结');
    // The cover, kept by the applicant, translates its instructions.
    expect(texts.slice(0, cover).join('\n')).toContain('Printing notes');
  });

  it('without duplex printing, no blank pages: the copies follow each other', async () => {
    const applicantId = await demoApplicant();
    const duplex = value<ReplyOf<'print.packet'>>(await backend.invoke('print.packet', { applicantId, language: 'zh', onMissing: 'refuse' }));
    const simplex = value<ReplyOf<'print.packet'>>(await backend.invoke('print.packet', { applicantId, language: 'zh', onMissing: 'refuse', duplex: false }));
    const texts = pageTexts(pdfBytes(simplex));
    expect(texts.some((text) => text.includes('（此页无正文）'))).toBe(false);
    expect(pageTexts(pdfBytes(duplex)).some((text) => text.includes('（此页无正文）'))).toBe(true);
    expect(simplex.pages).toBeLessThan(duplex.pages);
    expect(squeeze(texts.join('\n'))).toContain('单面打印');
  });

  it('names every font subset of the packet differently (no two BZZZZZ+ subsets)', async () => {
    const applicantId = await demoApplicant();
    const reply = value<ReplyOf<'print.packet'>>(await backend.invoke('print.packet', { applicantId, language: 'zh', onMissing: 'refuse' }));
    const names = fontNames(pdfBytes(reply));
    expect(names.length).toBeGreaterThan(4);
    expect(names.every((name) => /^[A-Z]{6}\+Noto(Sans|Serif)SC-(Regular|Bold)$/.test(name))).toBe(true);
    expect(new Set(names.map((name) => name.slice(0, 6))).size).toBe(names.length);
  });

  it('prints the imported official PDF in place of the draft form, in every copy', async () => {
    const applicantId = await demoApplicant();
    const draft = value<ReplyOf<'print.packet'>>(await backend.invoke('print.packet', { applicantId, language: 'zh', onMissing: 'refuse' }));
    value(await importOfficial(applicantId, await officialPdf([A4_PORTRAIT, A4_PORTRAIT])));
    const reply = value<ReplyOf<'print.packet'>>(await backend.invoke('print.packet', { applicantId, language: 'zh', onMissing: 'refuse' }));
    expect(reply.form).toBe('official');
    const texts = pageTexts(pdfBytes(reply));
    const official = texts.filter((text) => text.includes('Official form page 1'));
    expect(official).toHaveLength(3);
    expect(official.map(squeeze).map((text) => /第(\d)份\/共3份/.exec(text)?.[1])).toEqual(['1', '2', '3']);
    expect(official.map(squeeze).every((text) => text.includes(`第1页/共${reply.pagesPerCopy}页`))).toBe(true);
    // The draft form's pages are gone: the official form has 2 pages where the draft had its own.
    const draftFormPages = draft.pagesPerCopy - (reply.pagesPerCopy - 2);
    expect(draftFormPages).toBeGreaterThanOrEqual(1);
    expect(texts.join('\n')).not.toContain('考核认定表（草稿');
  });

  it('refuses an incomplete packet with the list of what is missing, or prints a marked draft', async () => {
    const applicantId = value<{ id: string }>(await backend.invoke('applicants.create', { nameZh: '李娜', nameLatin: '' })).id;
    value(await backend.invoke('application.save', { applicantId, application: { programmeId: 'shanghai-c-r3', series: 'engineering', earlierRounds: [], countOverseas: true, catalogueLevel: null, targetLevel: 'intermediate' } }));
    const refused = errorOf(await backend.invoke('print.packet', { applicantId, language: 'zh', onMissing: 'refuse' }));
    expect(refused.code).toBe('validation');
    const [headline, ...items] = refused.issues ?? [];
    expect(headline).toMatchObject({ path: [], key: 'packet.incomplete' });
    expect(headline?.params?.count).toBe(items.length);
    expect(items.length).toBeGreaterThan(3);
    expect(items).toContainEqual({ path: ['summary'], key: 'report.noSummary' });
    expect(items).toContainEqual({ path: ['form', 'publicNotice', 'startDate'], key: 'report.required' });
    // The programme names the assessing body: the committee is not asked for again.
    expect(items).not.toContainEqual({ path: ['form', 'registration', 'committee'], key: 'report.required' });
    expect(items.every((item) => ['profile', 'application', 'form', 'summary'].includes(String(item.path[0])))).toBe(true);

    const marked = value<ReplyOf<'print.packet'>>(await backend.invoke('print.packet', { applicantId, language: 'zh', onMissing: 'mark' }));
    expect(marked.marked).toBe(items.length);
    const text = pageTexts(pdfBytes(marked)).map(squeeze).join('\n');
    expect(text).toContain(`草稿：尚有${items.length}项待填写`);
    expect(text).toContain('待填写');
  });

  it('a Guangzhou applicant: TitlePrep\'s sheet of details, no 考核认定表, no Shanghai sections, no 3,000-字 requirement, no sign/seal columns', async () => {
    const { applicantId } = await seedDemoApplicant(demoCaller(backend), { programmeId: 'guangzhou-2025', employerKind: 'enterprise' });
    const reply = value<ReplyOf<'print.packet'>>(await backend.invoke('print.packet', { applicantId, language: 'zh', onMissing: 'refuse', copies: 2 }));
    const texts = pageTexts(pdfBytes(reply)).map(squeeze);
    const all = texts.join('\n');
    expect(all).toContain('申报信息汇总（草稿）');
    expect(all).toContain('不是官方格式');
    for (const shanghai of ['考核认定表', '个人承诺', '所在单位核实意见', '要求不少于', '专业组', '社会保险', '不少于0个工作日']) expect(all, shanghai).not.toContain(shanghai);
    expect(texts[0]).toContain('该申报项目未公布申报材料的格式，也未公布在何处签字、盖章：请按评审通知办理。');
    const draft = value<ReplyOf<'print.formDraftPdf'>>(await backend.invoke('print.formDraftPdf', { applicantId, language: 'zh', onMissing: 'refuse' }));
    expect(draft.fileName).toMatch(/^申报信息汇总_草稿_/);
  });

  it('a Guangzhou packet leaves out the public notice its sources never ask for, says so on the cover, and adds it (with no invented period) only when asked', async () => {
    const { applicantId } = await seedDemoApplicant(demoCaller(backend), { programmeId: 'guangzhou-2025', employerKind: 'enterprise' });
    const plain = value<ReplyOf<'print.packet'>>(await backend.invoke('print.packet', { applicantId, language: 'zh', onMissing: 'refuse', copies: 1, duplex: false }));
    const texts = pageTexts(pdfBytes(plain)).map(squeeze);
    const all = texts.join('\n');
    expect(all).not.toContain('申报材料公示');
    expect(all).not.toContain('公示情况说明');
    expect(all).toContain('该申报项目公布的材料未要求单位内部公示，本套材料未含公示');
    // The printing lines do not speak of a notice the packet does not hold.
    expect(texts[0]).not.toContain('公示单独张贴');
    const asked = value<ReplyOf<'print.packet'>>(await backend.invoke('print.packet', { applicantId, language: 'zh', onMissing: 'mark', copies: 1, duplex: false, publicNotice: true }));
    const withNotice = pageTexts(pdfBytes(asked)).map(squeeze);
    expect(asked.pages).toBe(plain.pages + 2);
    expect(withNotice.join('\n')).toContain('公示情况说明');
    expect(withNotice[0]).toContain('未要求公示，也未公布公示天数');
    expect(withNotice.join('\n')).not.toMatch(/不少于\d+个工作日/);
  });

  it('a Shanghai packet still ends with the notice its round requires, unless the user leaves it out', async () => {
    const applicantId = await demoApplicant();
    const left = value<ReplyOf<'print.packet'>>(await backend.invoke('print.packet', { applicantId, language: 'zh', onMissing: 'refuse', duplex: false, publicNotice: false }));
    const full = value<ReplyOf<'print.packet'>>(await backend.invoke('print.packet', { applicantId, language: 'zh', onMissing: 'refuse', duplex: false }));
    expect(full.pages - left.pages).toBeGreaterThanOrEqual(2);
    expect(pageTexts(pdfBytes(full)).map(squeeze).join('\n')).toContain('公示情况说明');
  });

  it('a 事业单位\'s applicant: the supervising authority\'s post confirmation on each copy\'s form, in the cover\'s table and checklist, on the page the cover names', async () => {
    const { applicantId } = await seedDemoApplicant(demoCaller(backend), { programmeId: 'shanghai-c-r3', employerKind: 'public-institution' });
    const reply = value<ReplyOf<'print.packet'>>(await backend.invoke('print.packet', { applicantId, language: 'zh', onMissing: 'refuse' }));
    const texts = pageTexts(pdfBytes(reply)).map(squeeze);
    const coverPages = texts.findIndex((text) => text.includes('第1份/共3份'));
    const cover = texts.slice(0, coverPages).join('\n');
    expect(cover).toContain('主管部门确认岗位情况');
    expect(cover).toContain('所在单位主管部门在每份的“事业单位岗位情况”处确认并加盖公章');
    const named = /第(\d+)页（事业单位岗位情况（主管部门确认））/.exec(cover);
    expect(named).not.toBeNull();
    for (let copy = 0; copy < 3; copy += 1) {
      const page = texts[coverPages + copy * (reply.pagesPerCopy + (reply.pagesPerCopy % 2)) + Number(named![1]) - 1]!;
      expect(page).toContain('事业单位岗位情况（主管部门确认）');
      expect(page).toContain('主管部门（盖章）');
    }
  });

  it('a 事业单位\'s cover takes no more pages than an enterprise\'s, in either language, its signing table whole (a row per section, not a column)', async () => {
    const seeded = { enterprise: await seedDemoApplicant(demoCaller(backend), { programmeId: 'shanghai-c-r3', employerKind: 'enterprise' }) } as Record<string, { applicantId: string }>;
    // A second demo applicant in the same data would reuse the first one's row ids: another data directory.
    const other = makeTempDir('titleprep-print-institution-');
    const second = openBackend({ dataDirectory: other.path, transport: 'browser', appVersion: 'test', now: () => clock, log: () => undefined });
    seeded['public-institution'] = await seedDemoApplicant(demoCaller(second), { programmeId: 'shanghai-c-r3', employerKind: 'public-institution' });
    const coverOf = async (employerKind: 'enterprise' | 'public-institution', language: 'zh' | 'en') => {
      const { applicantId } = seeded[employerKind]!;
      const reply = value<ReplyOf<'print.packet'>>(await (employerKind === 'enterprise' ? backend : second).invoke('print.packet', { applicantId, language, onMissing: 'refuse', duplex: false }));
      const texts = pageTexts(pdfBytes(reply)).map(squeeze);
      return texts.slice(0, texts.findIndex((text) => text.includes('第1份/共3份')));
    };
    for (const language of ['zh', 'en'] as const) {
      const enterprise = await coverOf('enterprise', language);
      const institution = await coverOf('public-institution', language);
      expect(institution.length, language).toBe(enterprise.length);
      expect(institution.length, language).toBeLessThanOrEqual(2);
      // No page left blank, and the table (with its three sections) on one page.
      for (const page of institution) expect(page.replace(/申报人：.*?（虚构）|打印说明.*?提交）|Printingnotes.*?handin\)|第\d+页\/共\d+页/g, '').length, language).toBeGreaterThan(20);
      const table = institution.find((page) => page.includes('签名盖章处'));
      for (const section of ['个人承诺', '所在单位核实意见', '主管部门确认岗位情况']) expect(table, `${language}: ${section}`).toContain(section);
    }
    second.close();
    other.remove();
  });

  it('asks for the number of copies when the programme does not give it, and prints the number asked for', async () => {
    const applicantId = await demoApplicant();
    value(await backend.invoke('application.save', { applicantId, application: { programmeId: 'guangzhou-2025', series: 'engineering', earlierRounds: [], countOverseas: true, catalogueLevel: 'intermediate', targetLevel: 'intermediate' } }));
    const error = errorOf(await backend.invoke('print.packet', { applicantId, language: 'zh', onMissing: 'mark' }));
    expect(error.issues).toEqual([{ path: ['copies'], key: 'packet.copiesUnknown' }]);
    const two = value<ReplyOf<'print.packet'>>(await backend.invoke('print.packet', { applicantId, language: 'zh', onMissing: 'mark', copies: 2 }));
    expect(two.copies).toBe(2);
    expect(pageTexts(pdfBytes(two)).map(squeeze).join('\n')).toContain('第2份/共2份');
  });

  it('asks for the programme (or the copies) when none is chosen, and refuses a stored official PDF that no longer reads', async () => {
    const applicantId = value<{ id: string }>(await backend.invoke('applicants.create', { nameZh: '王芳', nameLatin: '' })).id;
    expect(errorOf(await backend.invoke('print.packet', { applicantId, language: 'zh', onMissing: 'mark' })).issues).toEqual([{ path: ['copies'], key: 'packet.copiesNoProgramme' }]);
    // A damaged database: the stored bytes are no longer the PDF that passed the import's check.
    const db = openDatabase(databasePath(dir.path));
    createFormRepository(db).putOfficial(applicantId, 'x.pdf', Buffer.from('%PDF-1.7 damaged'), 2, clock.toISOString());
    db.close();
    const error = errorOf(await backend.invoke('print.packet', { applicantId, language: 'zh', onMissing: 'mark', copies: 1 }));
    expect(error.issues).toEqual([{ path: ['officialForm'], key: 'packet.officialUnreadable' }]);
  });

  it('reports a font file missing from the installation, in the user language, and makes no file', async () => {
    const applicantId = await demoApplicant();
    backend.close();
    const fonts = bundledFontFiles();
    backend = open({ ...fonts, bold: join(dir.path, 'missing', 'NotoSansSC_700Bold.ttf') });
    const before = readdirSync(dir.path).sort();
    for (const channel of ['print.packet', 'print.publicNoticePdf', 'print.formDraftPdf'] as const) {
      const error = errorOf(await backend.invoke(channel, { applicantId, language: 'en', onMissing: 'refuse' }));
      expect(error.code).toBe('internal');
      expect(error.issues?.[0]).toMatchObject({ key: 'packet.fontMissing', params: { file: expect.stringContaining('NotoSansSC_700Bold.ttf') } });
    }
    expect(readdirSync(dir.path).sort()).toEqual(before);
  });
});

describe.skipIf(!POPPLER)('assembling pages of any size and rotation', { timeout: 60_000 }, () => {
  const groups = (bytes: Buffer): PacketGroup[] => [1, 2].map((copy) => ({
    sources: [{ bytes, origin: 'official' as const }],
    label: `第${copy}份/共2份`,
    note: '申报人：测试',
    pageLabel: (page, pages) => `第 ${page} 页 / 共 ${pages} 页`,
  }));
  const metadata = { title: '测试', author: '测试', subject: '测试', now: clock };

  it('fits landscape and Letter pages between the bands, on A4 of the same orientation', async () => {
    const packet = await assemblePacket(groups(await officialPdf([A4_LANDSCAPE, LETTER])), metadata, bundledFontFiles());
    expect(packet.pages).toBe(4);
    const document = await PDFDocument.load(packet.bytes);
    const sizes = document.getPages().map((page) => page.getSize()).map(({ width, height }) => [Math.round(width), Math.round(height)]);
    expect(sizes).toEqual([[842, 595], [595, 842], [842, 595], [595, 842]]);

    const rendered = renderPages(packet.bytes, { dpi: 40 });
    for (const [index, page] of rendered.entries()) {
      const height = index % 2 === 0 ? 595.28 : 841.89;
      const top = { left: 0, top: 0, right: 1, bottom: (BANDS.top - 2) / height };
      const bottom = { left: 0, top: 1 - (BANDS.bottom - 2) / height, right: 1, bottom: 1 };
      const middle = { left: 0.3, top: 0.3, right: 0.7, bottom: 0.7 };
      // The official content fills the middle and never reaches the bands, where the labels are.
      expect(colourRatio(page, OFFICIAL_BLUE, middle)).toBeGreaterThan(0.95);
      expect(colourRatio(page, OFFICIAL_BLUE, top)).toBe(0);
      expect(colourRatio(page, OFFICIAL_BLUE, bottom)).toBe(0);
      expect(inkRatio(page, top, 160)).toBeGreaterThan(0.002);
      expect(inkRatio(page, bottom, 160)).toBeGreaterThan(0.001);
    }
    const texts = pageTexts(packet.bytes).map(squeeze);
    expect(texts[1]).toContain('第1份/共2份');
    expect(texts[1]).toContain('第2页/共2页');
    expect(texts[3]).toContain('第2份/共2份');
  });

  it('shows a rotated page as a viewer does: the corner mark of a page turned 90° ends up top right', async () => {
    const packet = await assemblePacket(groups(await officialPdf([{ ...A4_PORTRAIT, rotate: 90 }, { ...A4_PORTRAIT, rotate: 180 }])), metadata, bundledFontFiles());
    const [turned, upsideDown] = renderPages(packet.bytes, { dpi: 40, last: 2 });
    expect(turned!.width).toBeGreaterThan(turned!.height);
    const quarter = (left: number, top: number) => ({ left, top: top === 0 ? 0.05 : 0.5, right: left + 0.5, bottom: top === 0 ? 0.5 : 0.95 });
    const black = (png: NonNullable<typeof turned>, region: ReturnType<typeof quarter>) => colourRatio(png, [0, 0, 0], region, 30);
    expect(black(turned!, quarter(0.5, 0))).toBeGreaterThan(black(turned!, quarter(0, 0)) + 0.005);
    // Turned 180°: the mark is at the bottom right.
    expect(black(upsideDown!, quarter(0.5, 1))).toBeGreaterThan(black(upsideDown!, quarter(0, 0)) + 0.005);
  });

  it('draws the same page once per copy from one embedded copy of its content', async () => {
    const official = await officialPdf([A4_PORTRAIT], { photo: true });
    const one = await assemblePacket(groups(official).slice(0, 1), metadata, bundledFontFiles());
    const two = await assemblePacket(groups(official), metadata, bundledFontFiles());
    expect(two.bytes.length - one.bytes.length).toBeLessThan(official.length / 2);
  });
});
