// Backups in the real app (browser mode, Chromium): "Back up now", the list, a restore confirmed in a
// keyboard-usable dialog that says the current data is backed up first; and, in Chinese, the notice after
// a damaged data file was moved aside at start, with the newest sound backup restored from it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import DatabaseConstructor from 'better-sqlite3';
import { openBackend } from '../../electron/backend';
import { databasePath } from '../../electron/backend/database/open';
import { api } from '../support/summaryPages';
import { makeTempDir } from '../support/tempDir';
import { type PageWatch, type RunningApp, browserSkipReason, launchBrowser, startApp, waitUntilReady, watchPage } from './harness';

const skipReason = browserSkipReason('the backups end-to-end test');

type Names = { nameZh: string }[];
const sortedNames = (list: Names) => list.map((applicant) => applicant.nameZh).sort();

/** Fills the middle page of the applicant table with garbage, as a failing disk would (file closed). */
function damageMiddlePage(file: string): void {
  const db = new DatabaseConstructor(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pages = db.prepare("SELECT pageno FROM dbstat WHERE name = 'applicant' ORDER BY pageno").pluck().all() as number[];
  db.close();
  // The read-only connection left an empty -wal and a -shm beside the file: not part of the history.
  for (const suffix of ['-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  const page = pages[Math.floor(pages.length / 2)] ?? 2;
  const bytes = readFileSync(file);
  bytes.fill(0xa5, (page - 1) * pageSize, page * pageSize);
  writeFileSync(file, bytes);
}

describe.skipIf(skipReason !== null)('backups in browser mode', () => {
  let browser: Browser;
  const running: { app: RunningApp; dir: ReturnType<typeof makeTempDir> }[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    for (const { app, dir } of running.splice(0)) {
      await app.stop();
      dir.remove();
    }
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openPage(app: RunningApp, locale: string, hash = ''): Promise<{ page: Page; watch: PageWatch }> {
    const page = await browser.newPage({ locale, viewport: { width: 1100, height: 800 } });
    const watch = watchPage(page, app.origin);
    await page.goto(`${app.url}${hash}`);
    await waitUntilReady(page);
    return { page, watch };
  }

  it('backs up now, lists it, and restores it after a confirmation that can be cancelled from the keyboard', async () => {
    const dir = makeTempDir('titleprep-e2e-backups-');
    const app = await startApp(dir.path);
    running.push({ app, dir });
    await api(app, 'applicants.create', { nameZh: '张伟', nameLatin: '' });
    await api(app, 'applicants.create', { nameZh: '李娜', nameLatin: '' });
    const { page, watch } = await openPage(app, 'en-GB', '#/backups');

    await page.getByRole('link', { name: 'Backups' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Backups and recovery');
    await page.getByText('No backups yet.').waitFor();

    await page.getByRole('button', { name: 'Back up now' }).click();
    await page.getByRole('status').filter({ hasText: 'Backed up: 2 applicants' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Manual' });
    await row.waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual(expect.arrayContaining(['Manual', '2', 'Sound']));

    await api(app, 'applicants.create', { nameZh: '王芳', nameLatin: '' });

    // Open the dialog from the keyboard, read it, cancel with Escape: the focus comes back to the button.
    const restoreButton = row.getByRole('button', { name: /^Restore the backup of / });
    await restoreButton.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('First, the current data is saved as a “before a restore” backup');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Restore the backup of /);
    expect(sortedNames(await api<Names>(app, 'applicants.list', {}))).toEqual(['张伟', '李娜', '王芳'].sort());

    // Again, and confirm: the page starts again from the restored data and says what happened.
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Back up current data and restore' }).click();
    await page.getByRole('status').filter({ hasText: 'is restored. The data as it was before is backed up as' }).waitFor();
    const safetyRow = page.getByRole('row').filter({ hasText: 'Before a restore' });
    await safetyRow.waitFor();
    expect(await safetyRow.getByRole('cell').allTextContents()).toEqual(expect.arrayContaining(['3', 'Sound']));
    expect(sortedNames(await api<Names>(app, 'applicants.list', {}))).toEqual(['张伟', '李娜'].sort());
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  it('tells the user in Chinese that a damaged data file was moved aside, and restores the newest sound backup', async () => {
    const dir = makeTempDir('titleprep-e2e-recovery-');
    // The history: 40 applicants and a backup of them, then the data file damaged while the app was closed.
    const before = openBackend({ dataDirectory: dir.path, transport: 'browser', appVersion: 'test' });
    for (let index = 0; index < 40; index += 1) await before.invoke('applicants.create', { nameZh: `申报人${index}${'张'.repeat(60)}`, nameLatin: '' });
    const backup = await before.invoke('backups.create', {});
    expect(backup.ok).toBe(true);
    before.close();
    damageMiddlePage(databasePath(dir.path));

    const app = await startApp(dir.path);
    running.push({ app, dir });
    const { page, watch } = await openPage(app, 'zh-CN');
    const notice = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: '数据文件已损坏' }) });
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toMatch(/已原样移到数据文件夹中，改名为 titleprep-damaged-\d{8}T\d{9}Z\.sqlite3，没有删除/);
    expect(text).toContain('最近一份完好的备份');
    expect(text).toContain('40 位申报人');
    expect(await api<Names>(app, 'applicants.list', {})).toEqual([]);

    await notice.getByRole('button', { name: '恢复这份备份…' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.textContent()).toContain('替换之前，当前数据会先另存为一份“恢复前”备份');
    await dialog.getByRole('button', { name: '备份当前数据并恢复' }).click();
    await page.getByRole('status').filter({ hasText: '恢复前的数据已备份为' }).waitFor();
    expect(await page.getByRole('heading', { name: '数据文件已损坏' }).count()).toBe(0);
    expect(await api<Names>(app, 'applicants.list', {})).toHaveLength(40);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});
