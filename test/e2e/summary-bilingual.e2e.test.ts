// Writing the summary from English (issue 14) as a user does it in Chromium: turn it on, write English,
// hand it out as a .docx, take back a translated file (edited as Word would), undo and redo that import,
// change one English paragraph and see its stale mark and the English difference, mark it checked, and
// download the review copy; format the Chinese (bold, italic, heading) in the view; type Chinese through an
// input method's composition (Chromium's Input.imeSetComposition). The side-by-side view passes axe-core.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countWords } from '../../shared/text/wordcount';
import { seriousViolations } from '../support/accessibility';
import { api, applicantWithProgramme, openSummary } from '../support/summaryPages';
import { makeTempDir } from '../support/tempDir';
import { editInWord } from '../support/wordEdits';
import { type PageWatch, type RunningApp, browserSkipReason, launchBrowser, startApp, watchPage } from './harness';

const skipReason = browserSkipReason('the writing-from-English end-to-end test');
const popplerMissing = !existsSync('/usr/bin/pdftotext');
const PROGRAMME = 'shanghai-c-r3';

const ENGLISH = [
  'From 2016 to 2024 I designed signalling systems for urban rail lines in London and Singapore.',
  'I led the signalling upgrade of Line 9, from the design review to commissioning.',
  'The upgrade cut the shortest headway from three minutes to two.',
];
const CHINESE: Record<string, string> = {
  [ENGLISH[0]!]: '2016年至2024年，本人在伦敦和新加坡从事城市轨道交通信号系统设计。',
  [ENGLISH[1]!]: '本人主持了9号线信号系统改造，从设计评审到调试投运。',
  [ENGLISH[2]!]: '改造使最小行车间隔由3分钟缩短到2分钟。',
};

type Stored = { count: { all: { words: number } }; document: { writeFromEnglish?: boolean; blocks: { id?: string; text: string; english?: string; writtenAgainst?: string }[] } };

describe.skipIf(skipReason !== null)('writing the summary from English in browser mode', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let applicantId: string;
  const row = (index: number) => page.locator('.bilingual-row').nth(index);
  const box = (index: number, side: 'english' | 'chinese') => row(index).locator(`textarea[data-side="${side}"]`);
  const stored = () => api<Stored>(app, 'summary.get', { applicantId, programmeId: PROGRAMME });
  const saved = () => page.waitForSelector('[data-save-state="saved"]', { timeout: 10_000 });

  beforeAll(async () => {
    dir = makeTempDir('titleprep-e2e-bilingual-');
    app = await startApp(dir.path);
    browser = await launchBrowser();
    applicantId = await applicantWithProgramme(app, PROGRAMME, 'intermediate');
    // A summary with one section heading already translated and nothing else.
    await api(app, 'summary.save', {
      applicantId,
      programmeId: PROGRAMME,
      document: { format: 1, blocks: [{ type: 'heading', id: 'background', text: '个人基本情况' }, { type: 'paragraph', text: '', marks: [] }] },
      baseRevision: 0,
    });
    page = await browser.newPage({ locale: 'en-GB', viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    watch = watchPage(page, app.origin);
    await openSummary(page, app, applicantId);
    await page.waitForSelector('.summary-editor-content');
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    dir?.remove();
  });

  it('turning it on shows each block with an English box beside its Chinese; English is written with the keyboard', async () => {
    await page.getByLabel('Write from English').check();
    await page.waitForSelector('.bilingual-row');
    await box(1, 'english').click();
    await page.keyboard.type(ENGLISH[0]!);
    // Enter adds the next block and puts the cursor in its English box.
    for (const english of ENGLISH.slice(1)) {
      await page.keyboard.press('Enter');
      await page.keyboard.type(english);
    }
    await expect.poll(() => page.locator('.bilingual-row').count()).toBe(4);
    expect(await page.locator('.bilingual-badge-english-only').count()).toBe(3);
    await saved();
    const document = (await stored()).document;
    expect(document.writeFromEnglish).toBe(true);
    expect(document.blocks.slice(1).map((block) => block.english)).toEqual(ENGLISH);
    expect(document.blocks.slice(1).every((block) => /^b-[0-9a-f]{8}$/.test(block.id ?? ''))).toBe(true);
  });

  it('has no serious or critical WCAG 2 A/AA violation (axe-core)', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('hands the English out as a .docx and takes a translated file back by id, rows reordered, with a report', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to translate (Word)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^English_to_translate_李明_\d{4}-\d{2}-\d{2}\.docx$/);
    const handout = join(dir.path, 'handout.docx');
    await download.saveAs(handout);
    const translated = join(dir.path, 'translated.docx');
    writeFileSync(translated, editInWord(readFileSync(handout), (english) => CHINESE[english] ?? '', (rows) => [...rows].reverse()));
    await page.getByTestId('translation-import-input').setInputFiles(translated);
    const report = page.locator('.translation-report');
    await report.waitFor();
    expect(await report.locator('[data-report="matched"]').textContent()).toBe('Filled in: 3 blocks (2, 3, 4)');
    expect(await report.locator('[data-report="left"]').textContent()).toBe('Still to translate or check: 0 blocks (none)');
    await expect.poll(() => box(2, 'chinese').inputValue()).toBe(CHINESE[ENGLISH[1]!]);
    expect(await page.locator('.bilingual-badge-translated').count()).toBe(3);
  });

  it('the import is undone in one step, and can be taken again', async () => {
    await page.getByRole('button', { name: 'Undo this import' }).click();
    await expect.poll(() => box(2, 'chinese').inputValue()).toBe('');
    expect(await page.locator('.bilingual-badge-english-only').count()).toBe(3);
    await page.getByTestId('translation-import-input').setInputFiles(join(dir.path, 'translated.docx'));
    await page.locator('.translation-report').waitFor();
    await expect.poll(() => box(2, 'chinese').inputValue()).toBe(CHINESE[ENGLISH[1]!]);
    await saved();
    const blocks = (await stored()).document.blocks;
    expect(blocks.slice(1).map((block) => [block.text, block.writtenAgainst])).toEqual(ENGLISH.map((english) => [CHINESE[english], english]));
  });

  it('changing one English paragraph marks it stale with the English difference; mark checked clears it', async () => {
    await box(3, 'english').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(', at peak hours.');
    const stale = page.locator('.bilingual-row.bilingual-state-stale');
    await expect.poll(() => stale.count()).toBe(1);
    expect(await stale.locator('.bilingual-badge').textContent()).toBe('English changed since the Chinese was written');
    // The view redraws in a transition: the last letters typed may land a frame later.
    await expect.poll(() => stale.locator('.bilingual-change ins').textContent()).toContain('at peak hours');
    await saved();
    expect((await stored()).document.blocks[3]?.writtenAgainst).toBe(ENGLISH[2]);
    // The count and the target use the Chinese only: the English on screen does not move them.
    const chinese = ['个人基本情况', ...Object.values(CHINESE)].join('');
    const expected = countWords(chinese).words;
    expect((await stored()).count.all.words).toBe(expected);
    expect(await page.locator('.count-headline').textContent()).toMatch(new RegExp(`^${expected} 字`));
  });

  it.skipIf(popplerMissing)('prints the review copy: both sides per block, marked for checking, with the stale block flagged', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Review copy PDF' }).click()]);
    const path = join(dir.path, 'review.pdf');
    await download.saveAs(path);
    const text = execFileSync('pdftotext', ['-layout', path, '-']).toString();
    expect(text).toContain('供核对，不作申报材料 / for checking, not for submission');
    expect(text.replace(/\s+/g, '')).toContain('本人主持了9号线信号系统改造');
    expect(text.replace(/\s+/g, ' ')).toContain('at peak hours');
    expect(text.replace(/\s+/g, '')).toContain('英文在中文写成后有修改');
  });

  it('mark checked records the English now; the block is translated again', async () => {
    await page.getByRole('button', { name: 'Mark block 4 checked' }).click();
    await expect.poll(() => page.locator('.bilingual-row.bilingual-state-stale').count()).toBe(0);
    await saved();
    const block = (await stored()).document.blocks[3];
    expect(block?.writtenAgainst).toBe(block?.english);
  });

  it('pasted Chinese without ids is paired paragraph by paragraph and taken only after the user confirms', async () => {
    await box(3, 'english').click();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Over five years I mentored four assistant engineers.');
    await expect.poll(() => page.locator('.bilingual-badge-english-only').count()).toBe(1);
    await page.getByRole('button', { name: 'Paste Chinese…' }).click();
    await page.getByLabel('Chinese translation').fill('近五年本人指导了四名助理工程师。\n多出的一段。');
    await page.getByRole('button', { name: 'Pair paragraph by paragraph' }).click();
    const pairs = page.locator('.translation-pairs li');
    expect(await pairs.count()).toBe(1);
    expect(await pairs.first().textContent()).toContain('Over five years I mentored four assistant engineers.');
    expect(await page.locator('.translation-paste').textContent()).toContain('1 paragraph has no English to pair with');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Import the 1 ticked block' }).click();
    await expect.poll(() => box(4, 'chinese').inputValue()).toBe('近五年本人指导了四名助理工程师。');
    expect(await page.locator('.bilingual-badge-translated').count()).toBe(4);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('a section chosen in the outline puts the cursor in its Chinese box', async () => {
    await page.locator('.outline-title').first().click();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.closest('.bilingual-row')?.getAttribute('data-block-id'))).toBe('background');
  });

  it('formats the Chinese without leaving the view: Ctrl+B on a selection in its box, italic from the toolbar; the marks are kept', async () => {
    const chinese = box(2, 'chinese');
    await chinese.click();
    // Select 本人主持了 (the first five characters) and make it bold with the keyboard.
    await chinese.evaluate((element: HTMLTextAreaElement) => element.setSelectionRange(0, 5));
    await page.keyboard.press('Control+b');
    await expect.poll(() => row(2).locator('.bilingual-formatted strong').textContent()).toBe('本人主持了');
    // Then 9号线 in italic from the toolbar; the focus stays in the box.
    await chinese.evaluate((element: HTMLTextAreaElement) => element.setSelectionRange(5, 8));
    await page.getByRole('button', { name: 'Italic (Ctrl+I)' }).click();
    await expect.poll(() => row(2).locator('.bilingual-formatted em').textContent()).toBe('9号线');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('data-side'))).toBe('chinese');
    // Typing after it keeps both marks where they were.
    await page.keyboard.press('Control+End');
    await page.keyboard.type('！');
    await saved();
    const block = (await stored()).document.blocks[2] as Stored['document']['blocks'][number] & { marks: { type: string; from: number; to: number }[] };
    expect(block.text).toBe(`${CHINESE[ENGLISH[1]!]}！`);
    expect(block.marks).toEqual([
      { type: 'bold', from: 0, to: 5 },
      { type: 'italic', from: 5, to: 8 },
    ]);
  });

  it('makes a block a heading and back from the toolbar in the view, its English kept, the caret left in its box', async () => {
    await box(4, 'chinese').click();
    await page.getByRole('button', { name: 'Section heading (Ctrl+Alt+2)' }).click();
    await expect.poll(() => row(4).getAttribute('class')).toContain('bilingual-row-heading');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.closest('.bilingual-row')?.classList.contains('bilingual-row-heading'))).toBe(true);
    await saved();
    let block = (await stored()).document.blocks[4] as Stored['document']['blocks'][number] & { type: string };
    expect([block.type, block.english, block.writtenAgainst]).toEqual(['heading', 'Over five years I mentored four assistant engineers.', 'Over five years I mentored four assistant engineers.']);
    await page.getByRole('button', { name: 'Section heading (Ctrl+Alt+2)' }).click();
    await expect.poll(() => row(4).getAttribute('class')).toContain('bilingual-row-paragraph');
    await saved();
    block = (await stored()).document.blocks[4] as typeof block;
    expect([block.type, block.english]).toEqual(['paragraph', 'Over five years I mentored four assistant engineers.']);
    // The toolbar's shortcut works in the boxes too, English kept: a bulleted item, then a paragraph again.
    await page.keyboard.press('Control+Shift+8');
    await expect.poll(() => row(4).getAttribute('class')).toContain('bilingual-row-listItem');
    await saved();
    block = (await stored()).document.blocks[4] as typeof block;
    expect([block.type, block.english]).toEqual(['listItem', 'Over five years I mentored four assistant engineers.']);
    await page.keyboard.press('Control+Shift+8');
    await expect.poll(() => row(4).getAttribute('class')).toContain('bilingual-row-paragraph');
    // From the English box, the caret stays in the English (the row is redrawn as a heading and back).
    await box(4, 'english').click();
    await page.keyboard.press('Control+Alt+2');
    await expect.poll(() => row(4).getAttribute('class')).toContain('bilingual-row-heading');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('data-side'))).toBe('english');
    await page.keyboard.press('Control+Alt+2');
    await expect.poll(() => row(4).getAttribute('class')).toContain('bilingual-row-paragraph');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.closest('.bilingual-row')?.classList.contains('bilingual-row-paragraph') && document.activeElement?.getAttribute('data-side'))).toBe('english');
    expect(await page.locator('.bilingual-badge-translated').count()).toBe(4);
  });

  it('Chinese typed through an input method (composition) is neither saved nor split while composing, and lands in its block', async () => {
    await box(4, 'english').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('I also taught a course.');
    await expect.poll(() => page.locator('.bilingual-row').count()).toBe(6);
    await saved();
    const before = (await stored()).document.blocks.length;
    await box(5, 'chinese').click();
    const cdp = await page.context().newCDPSession(page);
    for (const pinyin of ['b', 'ben', 'benr', 'benre']) {
      await cdp.send('Input.imeSetComposition', { text: pinyin, selectionStart: pinyin.length, selectionEnd: pinyin.length });
    }
    // Enter while composing belongs to the input method (it picks the candidate): no new block. An input
    // method's key reaches the page as key code 229 with no character of its own, as sent here.
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229 });
    await page.waitForTimeout(1200); // longer than the autosave's pause
    // The box shows the pinyin being composed; the document has none of it.
    expect(await box(5, 'chinese').inputValue()).toBe('benre');
    const during = (await stored()).document.blocks;
    expect(during.length).toBe(before);
    expect(during[5]?.text).toBe('');
    expect(await page.locator('.bilingual-row').count()).toBe(6);
    await cdp.send('Input.insertText', { text: '本人还讲授了一门课程。' });
    await expect.poll(() => box(5, 'chinese').inputValue()).toBe('本人还讲授了一门课程。');
    await saved();
    await expect.poll(async () => (await stored()).document.blocks[5]?.text).toBe('本人还讲授了一门课程。');
    const block = (await stored()).document.blocks[5];
    expect(block?.writtenAgainst).toBe('I also taught a course.');
    expect((await stored()).document.blocks.length).toBe(before);
    await cdp.detach();
  });

  it('logged no console error and made no request outside the app', () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});
