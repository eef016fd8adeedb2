// Issue 4's "in and out" as a user does it in Chromium: import a .docx draft through the toolbar (headings
// become sections), then export .docx and PDF and check the downloaded files open and hold the text.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import mammoth from 'mammoth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, applicantWithProgramme, openSummary } from '../support/summaryPages';
import { makeTempDir } from '../support/tempDir';
import { type PageWatch, type RunningApp, browserSkipReason, launchBrowser, startApp, watchPage } from './harness';

const skipReason = browserSkipReason('the summary import/export end-to-end test');
const popplerMissing = !existsSync('/usr/bin/pdftotext');
const EDITOR = '.summary-editor-content';

async function draftDocx(): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: '一、工作经历', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun('我在上海从事集成电路设计工作十年，'), new TextRun({ text: '主持', bold: true }), new TextRun('了三个项目。')] }),
          new Paragraph({ text: '二、专业技术成果', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '完成芯片验证平台的建设，缩短验证周期百分之三十。' }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

describe.skipIf(skipReason !== null)('summary import and export in browser mode', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let applicantId: string;

  beforeAll(async () => {
    dir = makeTempDir('titleprep-e2e-files-');
    app = await startApp(dir.path);
    browser = await launchBrowser();
    applicantId = await applicantWithProgramme(app, 'shanghai-c-r3', 'intermediate');
    page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    watch = watchPage(page, app.origin);
    await openSummary(page, app, applicantId);
    const start = page.getByRole('button', { name: '开始撰写' });
    if (await start.isVisible().catch(() => false)) await start.click();
    await page.waitForSelector(EDITOR);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    dir?.remove();
  });

  it('imports a .docx draft: its headings become sections, after the user confirms', async () => {
    const file = join(dir.path, '我的总结草稿.docx');
    writeFileSync(file, await draftDocx());
    await page.getByTestId('summary-import-input').setInputFiles(file);
    await page.getByRole('button', { name: '替换' }).click();
    await page.getByText(/已导入/).waitFor();
    await expect.poll(() => page.$$eval(`${EDITOR} h2`, (nodes) => nodes.map((node) => node.textContent))).toEqual(['一、工作经历', '二、专业技术成果']);
    expect(await page.locator(`${EDITOR} strong`, { hasText: '主持' }).count()).toBe(1);
    await page.waitForSelector('[data-save-state="saved"]', { timeout: 10_000 });
    const stored = await api<{ document: { blocks: { type: string; text: string }[] } }>(app, 'summary.get', { applicantId, programmeId: 'shanghai-c-r3' });
    expect(stored.document.blocks.filter((block) => block.type === 'heading').map((block) => block.text)).toEqual(['一、工作经历', '二、专业技术成果']);
  });

  it('exports a .docx that Word-compatible readers open, holding the text', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Word' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^专业技术工作总结_李明_\d{4}-\d{2}-\d{2}\.docx$/);
    const path = join(dir.path, 'export.docx');
    await download.saveAs(path);
    const { value } = await mammoth.extractRawText({ buffer: readFileSync(path) });
    expect(value).toContain('一、工作经历');
    expect(value).toContain('缩短验证周期百分之三十');
  });

  it.skipIf(popplerMissing)('exports an A4 PDF whose text is there', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const path = join(dir.path, 'export.pdf');
    await download.saveAs(path);
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
    const info = execFileSync('pdfinfo', [path]).toString();
    expect(info).toMatch(/Page size:\s+595(\.\d+)? x 841(\.\d+)? pts \(A4\)/);
    const text = execFileSync('pdftotext', ['-layout', path, '-']).toString();
    expect(text).toContain('专业技术工作总结');
    expect(text.replace(/\s+/g, '')).toContain('缩短验证周期百分之三十');
    // The programme does not ask for the employer's check-and-seal block, and the box is not ticked.
    expect(text).not.toContain('单位（盖章）');
  });

  it("asks for the employer's check-and-seal block from the summary's own export, PDF and Word", async () => {
    const review = page.getByLabel('在工作总结末尾加单位审核意见和盖章栏');
    expect(await review.isChecked()).toBe(false);
    await review.check();
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 PDF' }).click()]);
    const pdfPath = join(dir.path, 'export-review.pdf');
    await pdf.saveAs(pdfPath);
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString();
    expect(text).toContain('单位审核意见');
    expect(text).toContain('单位（盖章）');
    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Word' }).click()]);
    const docxPath = join(dir.path, 'export-review.docx');
    await docx.saveAs(docxPath);
    const { value } = await mammoth.extractRawText({ buffer: readFileSync(docxPath) });
    expect(value).toContain('单位（盖章）');
    await review.uncheck();
  });

  it('a result and an error already shown follow a change of language', async () => {
    const switchTo = async (language: 'zh' | 'en') => {
      await page.locator(`.language-switch button[lang^="${language}"]`).click();
      await page.waitForFunction((wanted) => document.documentElement.lang.startsWith(wanted), language);
    };
    const bar = page.locator('.import-export-bar');
    // The export's result, then in English.
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Word' }).click()]);
    await bar.getByText(/^已下载 .+\.docx（/).waitFor();
    await switchTo('en');
    await bar.getByText(/^Downloaded .+\.docx \(/).waitFor();
    // An import refused in English, then in Chinese.
    await page.getByTestId('summary-import-input').setInputFiles({ name: 'notes.rtf', mimeType: 'application/rtf', buffer: Buffer.from('{\\rtf1 x}') });
    await bar.getByText('.rtf files are not supported. Import a .docx, .txt or .md file.').waitFor();
    await switchTo('zh');
    await bar.getByText('不支持 .rtf 文件。请导入 .docx、.txt 或 .md 文件。').waitFor();
  });

  it('logged no console error and made no request outside the app', () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});
