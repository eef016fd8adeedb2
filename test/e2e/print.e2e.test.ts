// The print page as a user works it in Chromium: with something required missing, the packet is refused
// with the list (each item a link to its field), or printed as a draft with 待填写 marks (the download is a
// PDF with pages); the official PDF from the online system is imported (name, pages, size shown), used in the
// packet and removed; a file that is not a PDF is refused with a message in Chinese.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleProfile } from '../support/profiles';
import { api } from '../support/summaryPages';
import { makeTempDir } from '../support/tempDir';
import { type PageWatch, type RunningApp, browserSkipReason, launchBrowser, startApp, waitUntilReady, watchPage } from './harness';

const skipReason = browserSkipReason('the print page end-to-end test');
const BUILD_TIMEOUT = 60_000;

async function officialPdf(pages: number): Promise<Buffer> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let page = 1; page <= pages; page += 1) document.addPage([595.28, 841.89]).drawText(`Official form, page ${page}`, { x: 72, y: 760, size: 14, font });
  return Buffer.from(await document.save());
}

describe.skipIf(skipReason !== null)('the print page in browser mode', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let applicantId: string;

  beforeAll(async () => {
    dir = makeTempDir('titleprep-e2e-print-');
    app = await startApp(dir.path);
    browser = await launchBrowser();
    ({ id: applicantId } = await api<{ id: string }>(app, 'applicants.create', { nameZh: '张伟', nameLatin: 'ZHANG WEI' }));
    await api(app, 'profile.save', { applicantId, profile: sampleProfile(), baseRevision: 0 });
    await api(app, 'application.save', {
      applicantId,
      application: { programmeId: 'shanghai-c-r3', series: null, earlierRounds: [], countOverseas: true, catalogueLevel: null, targetLevel: 'intermediate' },
    });
    page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    watch = watchPage(page, app.origin);
    await page.goto(`${app.url}#/applicants/${applicantId}/print`);
    await waitUntilReady(page);
    await page.waitForSelector('.report-summary');
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    dir?.remove();
  });

  it('shows the report, and refuses the packet with the list of what is missing', async () => {
    expect(await page.locator('.report-summary').getAttribute('data-missing')).not.toBe('0');
    await page.getByRole('button', { name: '下载申报材料 PDF' }).click();
    const refusal = page.getByTestId('print-outcome');
    await refusal.waitFor({ timeout: BUILD_TIMEOUT });
    expect(await refusal.getAttribute('role')).toBe('alert');
    expect(await refusal.textContent()).toMatch(/还有 \d+ 项必填内容未填写，未生成打印包/);
    // The committee is not among them: the programme names it (one fact), the form keeps only an override.
    expect(await refusal.getByRole('link', { name: '评委会：未填写' }).count()).toBe(0);
    expect(await refusal.getByRole('link', { name: '专业技术工作总结：尚未撰写' }).getAttribute('href')).toBe(`#/applicants/${applicantId}/summary`);
  }, BUILD_TIMEOUT);

  it('prints a draft with 待填写 marks: the download is a PDF with pages', async () => {
    await page.getByLabel('打印草稿，缺少处标注“待填写”').check();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: BUILD_TIMEOUT }), page.getByRole('button', { name: '下载申报材料 PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const path = join(dir.path, 'packet.pdf');
    await download.saveAs(path);
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await PDFDocument.load(bytes)).getPageCount()).toBeGreaterThan(0);
    const outcome = await page.getByTestId('print-outcome').textContent();
    const pages = Number(/（(\d+) 页/.exec(outcome ?? '')?.[1] ?? '0');
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBe((await PDFDocument.load(bytes)).getPageCount());
    expect(outcome).toContain('已标注“待填写”');
  }, BUILD_TIMEOUT);

  it('a result and a refusal already shown follow a change of language', async () => {
    const outcome = page.getByTestId('print-outcome');
    const switchTo = async (language: 'zh' | 'en') => {
      await page.locator(`.language-switch button[lang^="${language}"]`).click();
      await page.waitForFunction((wanted) => document.documentElement.lang.startsWith(wanted), language);
    };
    // The draft's result of the test before, still on screen in Chinese, then in English.
    expect(await outcome.textContent()).toMatch(/已生成 .+（\d+ 页，/);
    await switchTo('en');
    await expect.poll(() => outcome.textContent()).toMatch(/is ready \(\d+ pages?, .+marked 待填写/);
    expect(await outcome.textContent()).not.toMatch(/已生成/);
    // A refusal, made in English, then read in Chinese (its links too).
    await page.getByLabel('Do not print: list what is missing').check();
    await page.getByRole('button', { name: 'Download the packet (PDF)' }).click();
    await expect.poll(() => outcome.textContent(), { timeout: BUILD_TIMEOUT }).toMatch(/required items? (is|are) still missing, so no packet was made/);
    await switchTo('zh');
    await expect.poll(() => outcome.textContent()).toMatch(/未生成打印包/);
    expect(await outcome.getByRole('link', { name: '专业技术工作总结：尚未撰写' }).count()).toBe(1);
    expect(await outcome.textContent()).not.toMatch(/still missing/);
    await page.getByLabel('打印草稿，缺少处标注“待填写”').check();
  }, BUILD_TIMEOUT);

  it('prints double-sided by default; unticking the choice makes a packet without blank pages', async () => {
    const duplex = page.getByLabel('双面打印（每份从新的一张纸开始）');
    expect(await duplex.isChecked()).toBe(true);
    // No choice of the documents' language any more: what is handed in is Chinese.
    expect(await page.getByLabel('说明文字的语言').count()).toBe(0);
    const pagesOf = async () => {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: BUILD_TIMEOUT }), page.getByRole('button', { name: '下载申报材料 PDF' }).click()]);
      const path = join(dir.path, `packet-${Date.now()}.pdf`);
      await download.saveAs(path);
      return (await PDFDocument.load(readFileSync(path))).getPageCount();
    };
    const withBlanks = await pagesOf();
    await page.screenshot({ path: join(process.env.TITLEPREP_SCREENSHOTS ?? dir.path, 'print-page.png'), fullPage: true });
    await duplex.uncheck();
    const withoutBlanks = await pagesOf();
    expect(withoutBlanks).toBeLessThan(withBlanks);
    await duplex.check();
  }, BUILD_TIMEOUT * 2);

  it('downloads the public notice and its result record as PDFs', async () => {
    const [record] = await Promise.all([page.waitForEvent('download', { timeout: BUILD_TIMEOUT }), page.getByRole('button', { name: '公示情况说明 PDF' }).click()]);
    expect(record.suggestedFilename()).toMatch(/^公示情况说明_.*\.pdf$/);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: BUILD_TIMEOUT }), page.getByRole('button', { name: '公示表 PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const path = join(dir.path, 'notice.pdf');
    await download.saveAs(path);
    expect((await PDFDocument.load(readFileSync(path))).getPageCount()).toBeGreaterThan(0);
  }, BUILD_TIMEOUT);

  it('downloads the public notice and the form draft as Word files', async () => {
    for (const [button, file] of [['公示表 Word', 'notice.docx'], ['考核认定表 Word', 'form.docx']] as const) {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: BUILD_TIMEOUT }), page.getByRole('button', { name: button }).click()]);
      expect(download.suggestedFilename()).toMatch(/\.docx$/);
      const path = join(dir.path, file);
      await download.saveAs(path);
      const { value } = await mammoth.extractRawText({ buffer: readFileSync(path) });
      expect(value).toContain('张伟');
    }
  }, BUILD_TIMEOUT);

  it('imports the official PDF: its name, pages and size are shown and the packet uses it; then removes it', async () => {
    await page.getByTestId('official-pdf-input').setInputFiles({ name: '考核认定表.pdf', mimeType: 'application/pdf', buffer: await officialPdf(2) });
    await page.getByText('已导入 考核认定表.pdf（2 页）。打印时将用它代替草稿考核认定表。').waitFor({ timeout: BUILD_TIMEOUT });
    const info = page.locator('.official-info');
    expect(await info.getAttribute('data-pages')).toBe('2');
    expect(await info.textContent()).toMatch(/考核认定表\.pdf：2 页，\d+ KB，导入于/);

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: BUILD_TIMEOUT }), page.getByRole('button', { name: '下载申报材料 PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect(await page.getByTestId('print-outcome').textContent()).toContain('考核认定表使用了导入的正式 PDF。');

    await page.getByRole('button', { name: '移除' }).click();
    await page.getByText('已移除正式 PDF，打印时使用草稿考核认定表。').waitFor();
    expect(await page.locator('.official-info').count()).toBe(0);
  }, BUILD_TIMEOUT);

  it('refuses a file that is not a PDF, in Chinese', async () => {
    const input = page.getByTestId('official-pdf-input');
    await input.setInputFiles({ name: '说明.txt', mimeType: 'text/plain', buffer: Buffer.from('不是 PDF') });
    await page.getByText('“说明.txt”不是 PDF 文件。请选择网上系统生成的 PDF。').waitFor();
    // Named .pdf, but the bytes are not a PDF: the backend checks the content.
    await input.setInputFiles({ name: '假的.pdf', mimeType: 'application/pdf', buffer: Buffer.from('这只是一段文字，不是 PDF 文件。') });
    const message = page.getByTestId('official-message');
    await expect.poll(() => message.textContent(), { timeout: BUILD_TIMEOUT }).toMatch(/不是 PDF 文件/);
    expect(await message.getAttribute('role')).toBe('alert');
    expect(await message.textContent()).toMatch(/[\u4e00-\u9fff]/);
    expect(await page.locator('.official-info').count()).toBe(0);
  });

  it('a report link opens the form at its field', async () => {
    await page.locator('.print-aside').getByRole('link', { name: '专业组：未填写' }).click();
    await page.waitForSelector('.form-page-form');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toBe('form-field-registration-specialtyGroup');
  });

  it('logged no console error and made no request outside the app', () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});
