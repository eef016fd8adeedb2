// Issue 7's hand-over as two people do it, on two computers (two apps, two data folders): the applicant
// exports their package (with a scan of several megabytes: it travels in chunks both ways) from the
// applicants page, HR imports it on theirs after a preview; imported again,
// the package meets the applicant already there and HR chooses to keep both, then to replace (after a
// backup). A file that is not a package is refused with a message in the user's language.
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReplyOf } from '../../shared/contract/channels';
import { CHUNK_BYTES, chunkRanges } from '../../shared/materials/transfer';
import { sampleProfile } from '../support/profiles';
import { pngScan } from '../support/scans';
import { api } from '../support/summaryPages';
import { makeTempDir } from '../support/tempDir';
import { type PageWatch, type RunningApp, browserSkipReason, launchBrowser, startApp, waitUntilReady, watchPage } from './harness';

const skipReason = browserSkipReason('the hand-over package end-to-end test');
const PROGRAMME = 'shanghai-c-r3';

describe.skipIf(skipReason !== null)('the hand-over package between two computers (browser mode)', () => {
  let applicantFolder: ReturnType<typeof makeTempDir>;
  let hrFolder: ReturnType<typeof makeTempDir>;
  let applicantApp: RunningApp;
  let hrApp: RunningApp;
  let browser: Browser;
  let applicantPage: Page;
  let hrPage: Page;
  const watches: PageWatch[] = [];
  let applicantId: string;
  let packagePath: string;
  let scanSha256: string;
  const scan = pngScan(1300, 1000, true);

  const listedNames = (page: Page) => page.locator('.applicant-list .applicant-name-zh').allTextContents();
  const chooseFile = async (page: Page, path: string) => {
    await page.getByTestId('handover-import-input').setInputFiles(path);
    await page.getByTestId('handover-preview').or(page.getByTestId('handover-error')).waitFor();
  };

  beforeAll(async () => {
    applicantFolder = makeTempDir('titleprep-e2e-handover-applicant-');
    hrFolder = makeTempDir('titleprep-e2e-handover-hr-');
    [applicantApp, hrApp] = await Promise.all([startApp(applicantFolder.path), startApp(hrFolder.path)]);
    browser = await launchBrowser();
    ({ id: applicantId } = await api<{ id: string }>(applicantApp, 'applicants.create', { nameZh: '张伟', nameLatin: 'ZHANG WEI' }));
    await api(applicantApp, 'profile.save', { applicantId, profile: sampleProfile(), baseRevision: 0 });
    await api(applicantApp, 'application.save', { applicantId, application: { programmeId: PROGRAMME, series: null, earlierRounds: [], countOverseas: true, catalogueLevel: null, targetLevel: 'intermediate' } });
    const document = { format: 1, blocks: [{ type: 'heading', id: 'projects', text: '主持的重大项目' }, { type: 'paragraph', text: '本人主持了支付清算平台的重构。', marks: [] }] };
    await api(applicantApp, 'summary.save', { applicantId, programmeId: PROGRAMME, document, baseRevision: 0 });
    await api(applicantApp, 'summary.snapshots.create', { applicantId, programmeId: PROGRAMME, name: '交给人事前' });
    // A scan of about 5 MB: the package is then several chunks long each way.
    const { uploadId } = await api<ReplyOf<'attachments.begin'>>(applicantApp, 'attachments.begin', { applicantId, materialItemId: null, fileName: '学位证书.png', bytes: scan.length });
    for (const [index, [start, end]] of chunkRanges(scan.length, CHUNK_BYTES).entries()) {
      await api(applicantApp, 'attachments.chunk', { uploadId, index, contentBase64: scan.subarray(start, end).toString('base64') });
    }
    scanSha256 = (await api<ReplyOf<'attachments.finish'>>(applicantApp, 'attachments.finish', { uploadId })).attachment.sha256;
    for (const [app, set] of [[applicantApp, (page: Page) => (applicantPage = page)], [hrApp, (page: Page) => (hrPage = page)]] as const) {
      const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
      watches.push(watchPage(page, app.origin));
      await page.goto(`${app.url}#/applicants`);
      await waitUntilReady(page);
      set(page);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all([applicantApp?.stop(), hrApp?.stop()]);
    applicantFolder?.remove();
    hrFolder?.remove();
  });

  it('exports the applicant’s package from the applicants page as a .titleprep download', async () => {
    const [download] = await Promise.all([applicantPage.waitForEvent('download'), applicantPage.getByRole('button', { name: '导出交接包：张伟' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^申报资料交接包_张伟_\d{4}-\d{2}-\d{2}\.titleprep$/);
    packagePath = join(applicantFolder.path, download.suggestedFilename());
    await download.saveAs(packagePath);
    await applicantPage.getByText(/已导出 申报资料交接包_张伟_/).waitFor();
    expect(statSync(packagePath).size).toBeGreaterThan(scan.length);
  });

  it('imports it on the other computer after a preview of what it holds', async () => {
    await chooseFile(hrPage, packagePath);
    const preview = hrPage.getByTestId('handover-preview');
    await expect.poll(() => preview.textContent()).toContain('张伟');
    const contents = (await preview.locator('.handover-contents li').allTextContents()).join('|');
    expect(contents).toContain('学历 1 条');
    expect(contents).toContain('工作总结历史版本 1 个');
    await preview.getByText('这台电脑上还没有这位申报人').waitFor();
    await preview.getByRole('button', { name: '导入', exact: true }).click();
    await hrPage.getByTestId('handover-done').getByText('已导入申报人 张伟。').waitFor();
    expect(await listedNames(hrPage)).toEqual(['张伟']);
    const there = await api<ReplyOf<'profile.get'>>(hrApp, 'profile.get', { applicantId });
    const here = await api<ReplyOf<'profile.get'>>(applicantApp, 'profile.get', { applicantId });
    expect(there.profile).toEqual(here.profile);
    const snapshots = await api<ReplyOf<'summary.snapshots.list'>>(hrApp, 'summary.snapshots.list', { applicantId, programmeId: PROGRAMME });
    expect(snapshots.map((snapshot) => snapshot.name)).toEqual(['交给人事前']);
    const scans = await api<ReplyOf<'attachments.list'>>(hrApp, 'attachments.list', { applicantId });
    expect(scans.attachments.map((attachment) => [attachment.sha256, attachment.bytes, attachment.missing])).toEqual([[scanSha256, scan.length, false]]);
  });

  it('imported again, asks what to do with the applicant already there; keep both adds a second', async () => {
    await chooseFile(hrPage, packagePath);
    const preview = hrPage.getByTestId('handover-preview');
    await preview.getByTestId('handover-exists').waitFor();
    const confirm = preview.getByRole('button', { name: '导入为另一位申报人' });
    expect(await confirm.isDisabled()).toBe(true);
    await preview.getByLabel(/两份都保留/).check();
    await confirm.click();
    await hrPage.getByTestId('handover-done').getByText(/作为另一位申报人/).waitFor();
    expect(await listedNames(hrPage)).toEqual(['张伟', '张伟']);
    const ids = (await api<ReplyOf<'applicants.list'>>(hrApp, 'applicants.list', {})).map((applicant) => applicant.id);
    expect(ids).toContain(applicantId);
    expect(new Set(ids).size).toBe(2);
  });

  it('before the choice, shows part by part which side is newer and how they differ, in both languages', async () => {
    // HR adds a paragraph to the summary here: this computer's summary is then the newer one.
    const stored = await api<ReplyOf<'summary.get'>>(hrApp, 'summary.get', { applicantId, programmeId: PROGRAMME });
    const blocks = [...stored.document.blocks, { type: 'paragraph' as const, text: '人事补充的一段。', marks: [] }];
    await api(hrApp, 'summary.save', { applicantId, programmeId: PROGRAMME, document: { ...stored.document, blocks }, baseRevision: stored.revision });
    await chooseFile(hrPage, packagePath);
    const comparison = hrPage.getByTestId('handover-comparison');
    await comparison.waitFor();
    const summary = comparison.locator('tr[data-part="summary"]');
    expect(await summary.getAttribute('data-newer')).toBe('here');
    expect(await summary.locator('td').nth(0).textContent()).toContain('正文 2 段');
    expect(await summary.locator('td').nth(1).textContent()).toContain('正文 1 段');
    expect(await summary.locator('td').nth(2).textContent()).toContain('这台电脑上较新');
    expect(await comparison.locator('tr[data-part="scans"]').getAttribute('data-newer')).toBe('same');
    expect(await comparison.locator('tbody tr').count()).toBe(6);
    // The comparison is there before the choice: nothing is chosen yet.
    expect(await hrPage.getByTestId('handover-preview').getByRole('button', { name: '导入为另一位申报人' }).isDisabled()).toBe(true);

    const shots = process.env['TITLEPREP_SCREENSHOTS'];
    if (shots) await hrPage.screenshot({ path: join(shots, 'handover-comparison-zh.png'), fullPage: true });
    await hrPage.getByTestId('handover-preview').getByRole('button', { name: '取消' }).click();

    // In English (the browser's language: no language is stored on this computer yet).
    const english = await browser.newPage({ locale: 'en-GB', viewport: { width: 1024, height: 900 } });
    watches.push(watchPage(english, hrApp.origin));
    await english.goto(`${hrApp.url}#/applicants`);
    await waitUntilReady(english);
    await chooseFile(english, packagePath);
    const compared = english.getByTestId('handover-comparison');
    await compared.getByText('Compared with the applicant on this computer').waitFor();
    const row = compared.locator('tr[data-part="summary"]');
    expect(await row.locator('td').nth(0).textContent()).toContain('2 paragraphs');
    expect(await row.locator('td').nth(1).textContent()).toContain('1 paragraph');
    expect(await row.locator('td').nth(2).textContent()).toContain('This computer’s is newer');
    expect(await compared.locator('tr[data-part="scans"] td').nth(0).textContent()).toContain('1 scan');
    // Set TITLEPREP_SCREENSHOTS to a folder to look at the comparison (a screenshot, not a check).
    if (shots) await english.screenshot({ path: join(shots, 'handover-comparison-en.png'), fullPage: true });
    await english.getByTestId('handover-preview').getByRole('button', { name: 'Cancel' }).click();
    await english.close();
  });

  it('replace: warns, backs up first, then puts the package’s data in place of the changed one', async () => {
    await api(hrApp, 'applicants.rename', { id: applicantId, nameZh: '张伟（人事改过）', nameLatin: '' });
    await hrPage.reload();
    await waitUntilReady(hrPage);
    await chooseFile(hrPage, packagePath);
    const preview = hrPage.getByTestId('handover-preview');
    await preview.getByTestId('handover-exists').getByText(/张伟（人事改过）/).waitFor();
    await preview.getByLabel(/用交接包替换/).check();
    await preview.getByText(/替换后，这台电脑上对这位申报人所做的修改将不再显示/).waitFor();
    await preview.getByRole('button', { name: '先备份，再替换' }).click();
    const done = hrPage.getByTestId('handover-done');
    await done.getByText(/替换前的数据已备份为 titleprep-backup-/).waitFor();
    expect((await listedNames(hrPage)).sort()).toEqual(['张伟', '张伟']);
    const named = /(titleprep-backup-[^\s。]+\.sqlite3)/.exec((await done.textContent()) ?? '')?.[1];
    const backups = await api<ReplyOf<'backups.list'>>(hrApp, 'backups.list', {});
    expect(backups.backups.map((backup) => backup.name)).toContain(named);
    const profile = await api<ReplyOf<'profile.get'>>(hrApp, 'profile.get', { applicantId });
    expect(profile.profile.person.nameZh).toBe('张伟');
  });

  it('refuses a file that is not a package, saying so in the user’s language, and changes nothing', async () => {
    const fake = join(hrFolder.path, '假的.titleprep');
    writeFileSync(fake, '这不是压缩包');
    const before = await api<ReplyOf<'applicants.list'>>(hrApp, 'applicants.list', {});
    await chooseFile(hrPage, fake);
    const error = hrPage.getByTestId('handover-error');
    await error.getByText('这个交接包没有导入，这台电脑上的资料没有任何改变。').waitFor();
    await error.getByText('这不是交接包（不是 .titleprep 文件）。').waitFor();
    expect(await api(hrApp, 'applicants.list', {})).toEqual(before);

    const english = await browser.newPage({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    watches.push(watchPage(english, hrApp.origin));
    await english.goto(`${hrApp.url}#/applicants`);
    await waitUntilReady(english);
    await english.getByText(/A hand-over package \(a \.titleprep file\) holds all of one applicant’s data.*at most 1 GB/).waitFor();
    await chooseFile(english, fake);
    await english.getByTestId('handover-error').getByText('This is not a hand-over package (not a .titleprep file).').waitFor();
    // Already on screen, the refusal follows a change of language.
    await english.locator('.language-switch button[lang^="zh"]').click();
    await english.waitForFunction(() => document.documentElement.lang.startsWith('zh'));
    await english.getByTestId('handover-error').getByText('这不是交接包（不是 .titleprep 文件）。').waitFor();
    await english.getByTestId('handover-error').getByText('这个交接包没有导入，这台电脑上的资料没有任何改变。').waitFor();
    await english.close();
  });

  it('logged no console error and made no request outside the app', () => {
    for (const watch of watches) {
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
    }
  });
});
