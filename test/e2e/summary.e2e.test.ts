// Issue 4 as a new user lives it, in browser mode in Chromium: pick a level, get the outline, write Chinese
// and English and watch the count follow Word's rules, paste from Word, survive a killed server, keep and
// restore a version — with no console error and no request leaving the app.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countWords } from '../../shared/text/wordcount';
import { api, applicantWithProgramme, openSummary } from '../support/summaryPages';
import { makeTempDir } from '../support/tempDir';
import { type PageWatch, type RunningApp, browserSkipReason, launchBrowser, startApp, watchPage } from './harness';

const skipReason = browserSkipReason('the summary end-to-end test');

const EDITOR = '.summary-editor-content';

/** The text blocks as the editor shows them: what Word would count. */
const blockTexts = (page: Page) => page.$$eval(`${EDITOR} h2, ${EDITOR} p`, (nodes) => nodes.map((node) => node.textContent ?? ''));
const expectedWords = async (page: Page) => (await blockTexts(page)).reduce((sum, text) => sum + countWords(text).words, 0);
const shownWords = async (page: Page) => Number(((await page.getByTestId('summary-words').textContent()) ?? '').replace(/[^0-9]/g, ''));

async function waitForSaved(page: Page): Promise<void> {
  await page.waitForSelector('[data-save-state="saved"]', { timeout: 10_000 });
}

/** A paste as the browser delivers it: a ClipboardEvent carrying the clipboard's formats. */
async function paste(page: Page, data: Record<string, string>): Promise<void> {
  await page.evaluate(
    ({ selector, formats }) => {
      const transfer = new DataTransfer();
      for (const [type, value] of Object.entries(formats)) transfer.setData(type, value);
      document.querySelector(selector)?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    },
    { selector: EDITOR, formats: data },
  );
}

const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{font-family:SimSun;color:red}</style></head><body>
<p class=MsoNormal style='font-family:"Times New Roman";color:red;font-size:14pt'><span style='color:#FF0000;background:yellow'>红色的<b>重要</b>文字</span><span style='font-style:italic;color:blue'>倾斜</span><o:p></o:p></p>
<p class=MsoListParagraph style='text-indent:-21pt;mso-list:l0 level1 lfo1'><span style='font-family:Symbol;mso-list:Ignore'>·<span style='font:7pt "Times New Roman"'>&nbsp;&nbsp;</span></span>第一项</p>
<p class=MsoListParagraph style='text-indent:-21pt;mso-list:l0 level1 lfo1'><span style='font-family:Symbol;mso-list:Ignore'>·</span>第二项</p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>1.</span>编号一</p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>2.</span>编号二</p>
</body></html>`;

describe.skipIf(skipReason !== null)('work summary in browser mode', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let applicantId: string;
  const watches: PageWatch[] = [];

  async function newPage(): Promise<void> {
    await page?.close();
    page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    page.on('dialog', (dialog) => void dialog.accept());
    watch = watchPage(page, app.origin);
    watches.push(watch);
  }

  beforeAll(async () => {
    dir = makeTempDir('titleprep-e2e-summary-');
    app = await startApp(dir.path);
    browser = await launchBrowser();
    applicantId = await applicantWithProgramme(app, 'shanghai-c-r3', null);
    await newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    dir?.remove();
  });

  it('asks for the level, then opens the level’s outline with its criteria', async () => {
    await openSummary(page, app, applicantId);
    await page.selectOption('#summary-level', 'intermediate');
    await page.getByRole('button', { name: '开始撰写' }).click();
    await page.waitForSelector(EDITOR);
    const outline = await api<{ sections: { title: { zh: string } }[]; criteria: { items: unknown[] } }>(app, 'outlines.get', { level: 'intermediate', series: 'engineering' });
    expect(await page.$$eval(`${EDITOR} h2`, (nodes) => nodes.map((node) => node.textContent))).toEqual(outline.sections.map((section) => section.title.zh));
    expect(await page.locator('.criterion').count()).toBe(outline.criteria.items.length);
    const application = await api<{ targetLevel: string }>(app, 'application.get', { applicantId });
    expect(application.targetLevel).toBe('intermediate');
  });

  it('an empty section shows where to write, as a hint that is not text and goes once something is typed', async () => {
    const sections = await page.locator(`${EDITOR} h2`).count();
    expect(await page.locator(`${EDITOR} p.section-hint`).count()).toBe(sections);
    expect(await page.locator(`${EDITOR} p.section-hint`).first().getAttribute('data-hint')).toBe('在此撰写本部分。应写哪些内容，见右侧的提纲。');
    expect(await page.locator(`${EDITOR} p.section-hint`).first().textContent()).toBe('');
  });

  it('counts Chinese and English as Word does, at every keystroke', async () => {
    await page.locator(`${EDITOR} p`).first().click();
    const before = await shownWords(page);
    await page.keyboard.insertText('本人2015年毕业于Imperial College London，获得工程硕士学位。');
    await expect.poll(() => shownWords(page)).toBe(await expectedWords(page));
    expect(await shownWords(page)).toBeGreaterThan(before);
    for (const key of ' Hello world'.split('')) {
      const previous = await expectedWords(page);
      await page.keyboard.type(key);
      await expect.poll(() => shownWords(page)).toBe(await expectedWords(page));
      if (key !== ' ') expect(await expectedWords(page)).toBeGreaterThanOrEqual(previous);
    }
    expect(await blockTexts(page)).toContain('本人2015年毕业于Imperial College London，获得工程硕士学位。 Hello world');
    // The section written in has no hint any more; the others keep theirs.
    expect(await page.locator(`${EDITOR} p.section-hint`).count()).toBe((await page.locator(`${EDITOR} h2`).count()) - 1);
    await waitForSaved(page);
  });

  it('keeps paragraphs and lists from a Word paste and drops its styles', async () => {
    await page.keyboard.press('Enter');
    await paste(page, { 'text/html': WORD_HTML, 'text/plain': '红色的重要文字倾斜\n第一项\n第二项\n编号一\n编号二' });
    await page.waitForSelector(`${EDITOR} ol li`);
    expect(await page.$$eval(`${EDITOR} ul > li`, (nodes) => nodes.map((node) => node.textContent))).toEqual(['第一项', '第二项']);
    expect(await page.$$eval(`${EDITOR} ol > li`, (nodes) => nodes.map((node) => node.textContent))).toEqual(['编号一', '编号二']);
    expect(await page.locator(`${EDITOR} strong`).filter({ hasText: '重要' }).count()).toBe(1);
    expect(await page.locator(`${EDITOR} [style], ${EDITOR} span, ${EDITOR} font, ${EDITOR} [class*="Mso"]`).count()).toBe(0);
    expect(await page.locator(`${EDITOR} em`).filter({ hasText: '倾斜' }).count()).toBe(1);
    expect(await blockTexts(page)).toContain('红色的重要文字倾斜');
    await expect.poll(() => shownWords(page)).toBe(await expectedWords(page));
    await waitForSaved(page);
    const stored = await api<{ document: { blocks: { type: string; list?: string; text: string }[] } }>(app, 'summary.get', { applicantId, programmeId: 'shanghai-c-r3' });
    expect(stored.document.blocks.filter((block) => block.type === 'listItem').map((block) => `${block.list}:${block.text}`)).toEqual(['bullet:第一项', 'bullet:第二项', 'numbered:编号一', 'numbered:编号二']);
  });

  it('refuses a 1 MB paste with a message and stays responsive', async () => {
    const words = await shownWords(page);
    await paste(page, { 'text/plain': '长'.repeat(1024 * 1024 / 3 + 1) + 'x'.repeat(400_000) });
    await page.getByText(/粘贴的内容太长/).waitFor();
    const started = Date.now();
    await page.keyboard.type('!');
    await expect.poll(() => shownWords(page)).toBeGreaterThanOrEqual(words);
    expect(Date.now() - started).toBeLessThan(5000);
    await page.keyboard.press('Backspace');
  });

  it('finds the text after the server is killed right after typing stops', async () => {
    await page.keyboard.insertText('服务器被强制结束前的最后一句。');
    await page.waitForTimeout(600);
    await app.stop('SIGKILL');
    app = await startApp(dir.path);
    await newPage();
    await openSummary(page, app, applicantId);
    await page.waitForSelector(EDITOR);
    expect((await blockTexts(page)).join('\n')).toContain('服务器被强制结束前的最后一句。');
    await expect.poll(() => shownWords(page)).toBe(await expectedWords(page));
  });

  it('keeps a named version, compares it with the current text and restores it', async () => {
    await page.getByLabel('版本名称').fill('初稿');
    await page.getByRole('button', { name: '保存版本' }).click();
    await page.locator('.history-item', { hasText: '初稿' }).waitFor();
    await page.locator(`${EDITOR} p`).first().click();
    await page.keyboard.press('End');
    await page.keyboard.insertText('这句话之后会被撤回。');
    await waitForSaved(page);
    await page.locator('.history-item', { hasText: '初稿' }).getByRole('button', { name: '与当前比较' }).click();
    await page.locator('.diff-view ins', { hasText: '这句话之后会被撤回。' }).waitFor();
    await page.locator('.history-item', { hasText: '初稿' }).getByRole('button', { name: '恢复' }).click();
    await page.getByText(/已恢复/).waitFor();
    await expect.poll(async () => (await blockTexts(page)).join('\n')).not.toContain('这句话之后会被撤回。');
    expect((await blockTexts(page)).join('\n')).toContain('服务器被强制结束前的最后一句。');
    await page.locator('.history-item[data-snapshot-kind="before-restore"]').waitFor();
  });

  it('the next day, the first edit keeps yesterday’s text as a snapshot, and restoring it brings it back', async () => {
    const yesterday = (await blockTexts(page)).join('\n');
    await app.stop();
    app = await startApp(dir.path, { now: new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString() });
    await newPage();
    await openSummary(page, app, applicantId);
    await page.waitForSelector(EDITOR);
    await page.locator(`${EDITOR} p`).first().click();
    await page.keyboard.press('End');
    await page.keyboard.insertText('第二天写的一句。');
    await waitForSaved(page);
    const auto = page.locator('.history-item[data-snapshot-kind="auto"]').first();
    await auto.waitFor();
    await auto.getByRole('button', { name: '恢复' }).click();
    await page.getByText(/已恢复/).waitFor();
    await expect.poll(async () => (await blockTexts(page)).join('\n')).toBe(yesterday);
  });

  it('logged no console error and made no request outside the app', () => {
    expect(watches.flatMap((item) => item.consoleErrors)).toEqual([]);
    expect(watches.flatMap((item) => item.foreignRequests)).toEqual([]);
  });
});
