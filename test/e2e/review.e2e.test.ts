// Issue 13 as an applicant lives it, in browser mode in Chromium: write a placeholder into the summary, see
// the review find it, follow its link to the paragraph (the placeholder selected), type over it and see the
// finding go; the print page's check lists it too and its link opens the summary at the paragraph; a warning
// acknowledged stays acknowledged after a reload.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, applicantWithProgramme } from '../support/summaryPages';
import { makeTempDir } from '../support/tempDir';
import { type PageWatch, type RunningApp, browserSkipReason, launchBrowser, startApp, watchPage } from './harness';

const skipReason = browserSkipReason('the review end-to-end test');

const EDITOR = '.summary-editor-content';
const PLACEHOLDER_FINDING = '.review-finding[data-rule="placeholder-left"]';
const TODAY = '2026-12-06';

describe.skipIf(skipReason !== null)('the review across the documents in browser mode', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let applicantId: string;

  const open = async (path: string) => {
    await page.goto(`${app.url}&today=${TODAY}#/applicants/${applicantId}/${path}`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
  };
  const selection = () => page.evaluate(() => window.getSelection()?.toString() ?? '');

  beforeAll(async () => {
    dir = makeTempDir('titleprep-e2e-review-');
    app = await startApp(dir.path);
    browser = await launchBrowser();
    applicantId = await applicantWithProgramme(app, 'shanghai-c-r3', 'intermediate');
    const document = { format: 1, blocks: [{ type: 'heading', id: 'intro', text: '个人基本情况' }, { type: 'paragraph', text: '本人从事软件架构工作。', marks: [] }, { type: 'paragraph', text: '预计2027年上线新系统。', marks: [] }] };
    await api(app, 'summary.save', { applicantId, programmeId: 'shanghai-c-r3', document, baseRevision: 0 });
    page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    watch = watchPage(page, app.origin);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    dir?.remove();
  });

  it('finds a placeholder typed into the summary, and its link selects it in its paragraph', async () => {
    await open('summary');
    await page.waitForSelector('.review-summary');
    expect(await page.locator(PLACEHOLDER_FINDING).count()).toBe(0);
    await page.locator(`${EDITOR} p`).first().click();
    await page.keyboard.press('End');
    await page.keyboard.insertText('负责项目：【待填写】。');
    await page.waitForSelector(PLACEHOLDER_FINDING);
    expect(await page.locator(`${PLACEHOLDER_FINDING} a`).textContent()).toContain('第 2 段');

    // Elsewhere in the text first, then the link by keyboard.
    await page.locator(`${EDITOR} p`).last().click();
    await page.locator(`${PLACEHOLDER_FINDING} a`).focus();
    await page.keyboard.press('Enter');
    // The link moves the cursor on the next frame: wait for it rather than read at once (a loaded machine is slow).
    await expect.poll(selection).toBe('【待填写】');
    expect(await page.evaluate(() => document.activeElement?.closest('.summary-editor-content') !== null)).toBe(true);
  });

  it('is listed by the check before printing, whose link opens the summary at the paragraph', async () => {
    await page.waitForSelector('[data-save-state="saved"]', { timeout: 10_000 });
    await open('print');
    await page.waitForSelector('.report-summary');
    const reportLink = page.locator('.report-items a', { hasText: '【待填写】' });
    expect(await reportLink.count()).toBe(1);
    await page.waitForSelector(PLACEHOLDER_FINDING);
    await reportLink.click();
    await page.waitForFunction(() => window.location.hash.includes('/summary?paragraph=1'));
    await page.waitForFunction(() => window.getSelection()?.toString() === '【待填写】', undefined, { timeout: 10_000 });
  });

  it('goes once the placeholder is typed over', async () => {
    await page.keyboard.insertText('支付平台重构');
    await page.waitForSelector(PLACEHOLDER_FINDING, { state: 'detached' });
    expect(await page.locator(`${EDITOR} p`).first().textContent()).toBe('本人从事软件架构工作。负责项目：支付平台重构。');
    await page.waitForSelector('[data-save-state="saved"]', { timeout: 10_000 });
  });

  it('keeps a warning acknowledged across a reload, and lets it be taken back', async () => {
    const finding = page.locator('.review-finding[data-rule="future-date"]');
    await finding.getByRole('button', { name: '确认无误' }).click();
    await page.waitForSelector('.review-finding.review-is-acknowledged[data-rule="future-date"]');
    await open('summary');
    await page.waitForSelector('.review-finding.review-is-acknowledged[data-rule="future-date"]');
    expect(await finding.locator('.review-severity').textContent()).toBe('已确认');
    await finding.getByRole('button', { name: '撤销确认' }).click();
    await page.waitForSelector('.review-finding.review-is-acknowledged', { state: 'detached' });
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});
