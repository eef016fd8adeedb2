// Issue 6's materials page as a user lives it, in browser mode in Chromium: the programme's neutral
// defaults with the form in 3 signed and sealed copies, a large PNG uploaded with progress and previewed,
// a PDF with its pages, a download, a delete undone, a program disguised as .pdf refused in Chinese,
// a file that vanished from the data folder, checklist edits saved — with no console error and no request
// leaving the app. Screenshots in zh and en go to /tmp (or TITLEPREP_SCREENSHOTS).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, applicantWithProgramme } from '../support/summaryPages';
import { pdfScan, pngScan, windowsProgram } from '../support/scans';
import { makeTempDir } from '../support/tempDir';
import { type PageWatch, type RunningApp, browserSkipReason, launchBrowser, startApp, waitUntilReady, watchPage } from './harness';

const skipReason = browserSkipReason('the materials end-to-end test');
const SCREENSHOTS = process.env.TITLEPREP_SCREENSHOTS ?? '/tmp';

interface Listed {
  attachments: { id: string; originalName: string; materialItemId: string | null; bytes: number; sha256: string }[];
}

describe.skipIf(skipReason !== null)('paper materials and attachments in browser mode', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let applicantId: string;
  let bigPng: Buffer;

  const item = (fromDefault: string) => page.locator('.material-item').filter({ has: page.getByTestId(`upload-${fromDefault}`) });
  const open = async () => {
    await page.goto(`${app.url}#/applicants/${applicantId}/materials`);
    await waitUntilReady(page);
    await page.locator('.material-item').first().waitFor();
  };

  beforeAll(async () => {
    dir = makeTempDir('titleprep-e2e-materials-');
    app = await startApp(dir.path);
    browser = await launchBrowser();
    applicantId = await applicantWithProgramme(app, 'shanghai-c-r3', 'intermediate');
    await api(app, 'settings.update', { currentApplicantId: applicantId, language: 'zh' });
    page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    watch = watchPage(page, app.origin);
    bigPng = pngScan(1600, 1300, true);
    writeFileSync(join(dir.path, '学位证书扫描.png'), bigPng);
    writeFileSync(join(dir.path, '考核认定表.pdf'), await pdfScan(2));
    writeFileSync(join(dir.path, '学历证明.pdf'), windowsProgram());
    await open();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    dir?.remove();
  });

  it('lists the programme’s defaults as such, the form in 3 signed and sealed copies, and says the official list is unknown', async () => {
    await expect.poll(() => page.locator('.material-item .material-badge', { hasText: '项目默认' }).count()).toBe(4);
    await page.getByText('官方未公布纸质材料的清单和顺序').waitFor();
    const form = item('assessment-form');
    expect(await form.getByRole('spinbutton').inputValue()).toBe('3');
    expect(await form.getByRole('checkbox', { name: '需签名' }).isChecked()).toBe(true);
    expect(await form.getByRole('checkbox', { name: '需盖章' }).isChecked()).toBe(true);
    expect(await form.getByRole('combobox').inputValue()).toBe('original');
    await expect.poll(() => page.getByRole('link', { name: '纸质材料' }).getAttribute('aria-current')).toBe('page');
  });

  it('uploads a 7 MB PNG in chunks with visible progress, then previews it in the page', async () => {
    const form = item('assessment-form');
    await page.getByTestId('upload-assessment-form').setInputFiles(join(dir.path, '学位证书扫描.png'));
    await form.locator('.upload-progress progress').waitFor({ timeout: 10_000 });
    await form.locator('.attachment', { hasText: '学位证书扫描.png' }).waitFor({ timeout: 30_000 });
    expect(await form.locator('.upload-progress').count()).toBe(0);
    const listed = await api<Listed>(app, 'attachments.list', { applicantId });
    expect(listed.attachments.map((attachment) => [attachment.originalName, attachment.bytes])).toEqual([['学位证书扫描.png', bigPng.length]]);

    await form.getByRole('button', { name: '预览' }).click();
    const image = form.locator('.attachment-preview img');
    await image.waitFor();
    await expect.poll(() => image.evaluate((node) => (node as HTMLImageElement).naturalWidth)).toBe(1600);
  });

  it('uploads a PDF, shows its pages, and previews its first page', async () => {
    const summary = item('work-summary');
    await page.getByTestId('upload-work-summary').setInputFiles(join(dir.path, '考核认定表.pdf'));
    const card = summary.locator('.attachment', { hasText: '考核认定表.pdf' });
    await card.waitFor({ timeout: 15_000 });
    expect(await card.textContent()).toContain('2 页');
    // The preview draws the first page (pdf.js in the renderer, under the app's CSP).
    await card.getByRole('button', { name: '预览' }).click();
    const firstPage = card.getByRole('img', { name: '考核认定表.pdf 第 1 页的预览' });
    await firstPage.waitFor({ timeout: 20_000 });
    await expect.poll(() => firstPage.evaluate((image) => (image as HTMLImageElement).naturalWidth), { timeout: 10_000 }).toBeGreaterThan(100);
    expect(await card.textContent()).toContain('第 1 页，共 2 页');
    await card.screenshot({ path: join(SCREENSHOTS, 'materials-pdf-preview-zh.png') });
  });

  it('downloads a scan byte for byte', async () => {
    const card = item('assessment-form').locator('.attachment').first();
    const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: '下载' }).click()]);
    expect(download.suggestedFilename()).toBe('学位证书扫描.png');
    const saved = join(dir.path, 'downloaded.png');
    await download.saveAs(saved);
    expect(readFileSync(saved).equals(bigPng)).toBe(true);
  });

  it('deletes a scan and brings it back with Undo', async () => {
    const summary = item('work-summary');
    await summary.locator('.attachment').getByRole('button', { name: '删除' }).click();
    await expect.poll(() => summary.locator('.attachment').count()).toBe(0);
    await page.locator('.toast', { hasText: '已删除 考核认定表.pdf' }).getByRole('button', { name: '撤销' }).click();
    await summary.locator('.attachment', { hasText: '考核认定表.pdf' }).waitFor();
    await page.locator('.toast', { hasText: '已恢复 考核认定表.pdf' }).waitFor();
    expect((await api<Listed>(app, 'attachments.list', { applicantId })).attachments).toHaveLength(2);
  });

  it('shows a file that vanished from the data folder as missing, refuses its download clearly, and takes it back when attached again', async () => {
    const { attachments } = await api<Listed>(app, 'attachments.list', { applicantId });
    const pdf = attachments.find((attachment) => attachment.originalName === '考核认定表.pdf');
    if (!pdf) throw new Error('the PDF is not attached');
    rmSync(join(dir.path, 'attachments', pdf.sha256.slice(0, 2), pdf.sha256));
    await open();
    const card = item('work-summary').locator('.attachment', { hasText: '考核认定表.pdf' });
    await card.getByText('文件不在数据文件夹中').waitFor();
    expect(await card.getByRole('button', { name: '下载' }).count()).toBe(0);
    const read = await fetch(`${app.origin}/api/attachments.get`, {
      method: 'POST',
      headers: { authorization: `Bearer ${new URL(app.url).searchParams.get('token') ?? ''}` },
      body: JSON.stringify({ attachmentId: pdf.id }),
    });
    expect(((await read.json()) as { error: { issues: { key: string }[] } }).error.issues[0]?.key).toBe('materials.attachment.missing');

    await page.getByTestId(`reattach-${pdf.id}`).setInputFiles(join(dir.path, '考核认定表.pdf'));
    await card.getByRole('button', { name: '下载' }).waitFor({ timeout: 15_000 });
    expect(await card.getByText('文件不在数据文件夹中').count()).toBe(0);
  });

  it('refuses a program disguised as .pdf with a Chinese message that says what it is', async () => {
    const proof = item('work-experience-proof');
    await page.getByTestId('upload-work-experience-proof').setInputFiles(join(dir.path, '学历证明.pdf'));
    const alert = proof.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('“学历证明.pdf”不是 PDF、JPEG 或 PNG 文件：它的内容是一个程序，已拒绝。');
    expect(await proof.locator('.attachment').count()).toBe(0);
    await item('assessment-form').getByRole('button', { name: '预览' }).click();
    await item('assessment-form').locator('.attachment-preview img').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'materials-zh.png'), fullPage: true });
  });

  it('saves the checklist’s edits: ready, an own item, the order', async () => {
    await item('assessment-form').getByRole('checkbox', { name: '已备齐' }).check();
    await page.getByRole('textbox', { name: '条目名称' }).fill('学历学位证书复印件');
    await page.getByRole('button', { name: '添加', exact: true }).click();
    await page.getByRole('button', { name: '上移: 学历学位证书复印件' }).click();
    await page.waitForSelector('[data-save-state="saved"]', { timeout: 10_000 });
    expect(await page.getByTestId('materials-progress').textContent()).toBe('已备齐 1 / 5 项');

    await open();
    const titles = await page.locator('.material-item').evaluateAll((nodes) =>
      nodes.map((node) => node.querySelector('h3:not(.sr-only)')?.firstChild?.textContent ?? (node.querySelector('input[type="text"]') as HTMLInputElement | null)?.value),
    );
    expect(titles[3]).toBe('学历学位证书复印件');
    expect(await item('assessment-form').getByRole('checkbox', { name: '已备齐' }).isChecked()).toBe(true);
  });

  it('attaches a scan to an item added a moment ago, before its save was acknowledged', async () => {
    await page.getByRole('textbox', { name: '条目名称' }).fill('职称外语证明');
    await page.getByRole('button', { name: '添加', exact: true }).click();
    // At once, well inside the autosave's delay: the item exists only on screen until its save returns.
    const added = page.locator('.material-item').last();
    expect(await added.locator('.material-label-field input').inputValue()).toBe('职称外语证明');
    await added.locator('input[type="file"]').setInputFiles(join(dir.path, '学位证书扫描.png'));
    await added.locator('.attachment', { hasText: '学位证书扫描.png' }).waitFor({ timeout: 30_000 });
    expect(await added.getByRole('alert').count()).toBe(0);
    const saved = (await api<{ items: { id: string; label: string }[] }>(app, 'materials.list', { applicantId })).items.find((entry) => entry.label === '职称外语证明');
    const listed = await api<Listed>(app, 'attachments.list', { applicantId });
    expect(listed.attachments.filter((attachment) => attachment.materialItemId === saved?.id).map((attachment) => attachment.originalName)).toEqual(['学位证书扫描.png']);
    // Leave the checklist as the next steps expect it.
    await added.getByRole('button', { name: '移除', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: '移除' }).click();
    await page.waitForSelector('[data-save-state="saved"]', { timeout: 10_000 });
    const unfiledScan = page.locator('.materials-unfiled .attachment', { hasText: '学位证书扫描.png' });
    await unfiledScan.getByRole('button', { name: '删除' }).click();
    await expect.poll(() => unfiledScan.count()).toBe(0);
  });

  it('removes an item but keeps its scans as unfiled, and files them under another item', async () => {
    await item('work-summary').getByRole('button', { name: '移除', exact: true }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.getByText('其 1 个附件不会删除').waitFor();
    await confirm.getByRole('button', { name: '移除' }).click();
    const unfiled = page.locator('.materials-unfiled .attachment', { hasText: '考核认定表.pdf' });
    await unfiled.waitFor();
    await page.waitForSelector('[data-save-state="saved"]', { timeout: 10_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'materials-unfiled-zh.png'), fullPage: true });

    const form = (await api<{ items: { id: string; fromDefault: string | null }[] }>(app, 'materials.list', { applicantId })).items.find((entry) => entry.fromDefault === 'assessment-form');
    await unfiled.getByRole('combobox').selectOption(form?.id ?? '');
    await item('assessment-form').locator('.attachment', { hasText: '考核认定表.pdf' }).waitFor();
    const listed = await api<Listed>(app, 'attachments.list', { applicantId });
    expect(listed.attachments.filter((attachment) => attachment.materialItemId === form?.id)).toHaveLength(2);
  });

  it('reads in English too (screenshot)', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Paper materials and attachments' }).waitFor();
    await page.locator('.limits-settings summary').click();
    await page.screenshot({ path: join(SCREENSHOTS, 'materials-en.png'), fullPage: true });
    await page.getByRole('button', { name: '中文' }).click();
  });

  it('logged no console error and made no request outside the app', () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});
