// The assessment form as a user fills it in Chromium: the registration, an achievement and the pasted
// commitment survive a reload; every copy button puts the value (or 无) on the clipboard; a report link
// brings the user to its field, on the form page and on the profile page; the public notice's period is
// counted on the working calendar, with a warning for a year without holiday data.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentForm } from '../../shared/form/schema';
import { sampleProfile } from '../support/profiles';
import { api } from '../support/summaryPages';
import { makeTempDir } from '../support/tempDir';
import { type PageWatch, type RunningApp, browserSkipReason, launchBrowser, startApp, waitUntilReady, watchPage } from './harness';

const skipReason = browserSkipReason('the assessment form end-to-end test');

const COMMITMENT = '本人承诺所填写的内容真实、准确。\n（此段文字从网上系统生成的表格中粘贴）';

async function waitForSaved(page: Page): Promise<void> {
  // Leaving the field flushes at once; "saved" shows only when no edit is left unsent.
  await page.locator('h1').click();
  await page.waitForSelector('[data-save-state="saved"]', { timeout: 10_000 });
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

// The programme names the committee; the form's field holds the online system's different name (an override).
const COMMITTEE_OVERRIDE = '网上系统中的评委会名称（仅在不同时填写）';

describe.skipIf(skipReason !== null)('the assessment form in browser mode', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let watch: PageWatch;
  let applicantId: string;
  const formUrl = () => `${app.url}#/applicants/${applicantId}/form`;

  beforeAll(async () => {
    dir = makeTempDir('titleprep-e2e-form-');
    app = await startApp(dir.path);
    browser = await launchBrowser();
    ({ id: applicantId } = await api<{ id: string }>(app, 'applicants.create', { nameZh: '张伟', nameLatin: 'ZHANG WEI' }));
    // A profile with one gap (the phone), so that the report has something to link to in the profile.
    const profile = sampleProfile();
    profile.person.phone = '';
    await api(app, 'profile.save', { applicantId, profile, baseRevision: 0 });
    await api(app, 'application.save', {
      applicantId,
      application: { programmeId: 'shanghai-c-r3', series: null, earlierRounds: [], countOverseas: true, catalogueLevel: null, targetLevel: 'intermediate' },
    });
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    page = await context.newPage();
    watch = watchPage(page, app.origin);
    await page.goto(formUrl());
    await waitUntilReady(page);
    await page.waitForSelector('.form-page-form');
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    dir?.remove();
  });

  it('keeps the registration, an achievement and the pasted commitment over a reload', async () => {
    await page.getByLabel(COMMITTEE_OVERRIDE, { exact: true }).fill('上海市工程系列集成电路专业高级职称评审委员会');
    await page.getByLabel('专业组', { exact: true }).fill('集成电路设计');
    await page.getByRole('button', { name: '添加业绩成果' }).click();
    const row = page.locator('[data-path="achievements.0.title"]').locator('xpath=ancestor::fieldset[1]');
    await row.getByLabel('项目或成果名称', { exact: true }).fill('芯片验证平台');
    await row.getByLabel('开始日期', { exact: true }).fill('2021-03-01');
    await row.getByLabel('本人角色', { exact: true }).selectOption({ label: '主持' });
    await row.getByLabel('本人完成的工作', { exact: true }).fill('主持设计验证平台的架构，带领五人团队完成开发。');
    // The live count, against the suggested length of fields.json.
    await expect.poll(() => row.locator('[data-path="achievements.0.work"] .counter').textContent()).toBe('23 / 建议 500 字');
    await page.getByLabel('个人承诺原文（从网上系统生成的考核认定表中粘贴）', { exact: true }).fill(COMMITMENT);
    await waitForSaved(page);

    await page.reload();
    await waitUntilReady(page);
    await page.waitForSelector('.form-page-form');
    expect(await page.getByLabel(COMMITTEE_OVERRIDE, { exact: true }).inputValue()).toBe('上海市工程系列集成电路专业高级职称评审委员会');
    expect(await page.getByLabel('专业组', { exact: true }).inputValue()).toBe('集成电路设计');
    expect(await page.getByLabel('项目或成果名称', { exact: true }).inputValue()).toBe('芯片验证平台');
    expect(await page.getByLabel('本人角色', { exact: true }).inputValue()).toBe('lead');
    expect(await page.getByLabel('个人承诺原文（从网上系统生成的考核认定表中粘贴）', { exact: true }).inputValue()).toBe(COMMITMENT);
    const stored = await api<{ form: AssessmentForm; revision: number }>(app, 'form.get', { applicantId });
    expect(stored.form.achievements).toHaveLength(1);
    expect(stored.form.achievements[0]).toMatchObject({ title: '芯片验证平台', role: 'lead', startDate: '2021-03-01' });
    expect(stored.form.commitment.wording).toBe(COMMITMENT);
  });

  it('shows the schema’s message under a field and keeps an invalid value from being saved', async () => {
    await page.getByLabel('社会保险由本单位缴纳', { exact: true }).uncheck();
    const code = page.getByLabel('社会保险缴纳单位统一社会信用代码', { exact: true });
    await code.fill('123');
    await page.locator('h1').click();
    await page.getByText('统一社会信用代码应为 18 位，且最后一位校验码正确。').waitFor();
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    await page.waitForSelector('[data-save-state="invalid"]');
    // Back to "this employer pays": the hidden fields are emptied, and the form saves again.
    await page.getByLabel('社会保险由本单位缴纳', { exact: true }).check();
    await page.waitForSelector('[data-save-state="saved"], [data-save-state="unchanged"]');
    expect((await api<{ form: AssessmentForm }>(app, 'form.get', { applicantId })).form.registration.insuranceBySameEmployer).toBe(true);
  });

  it('copies a typed value, a profile value and a choice in Chinese, and 无 for an empty list', async () => {
    await page.getByRole('button', { name: '复制“专业组”' }).click();
    await expect.poll(() => clipboard(page)).toBe('集成电路设计');
    await expect.poll(() => page.getByTestId('copy-announcement').textContent()).toBe('已复制“专业组”');
    await page.getByRole('button', { name: '复制“性别”' }).click();
    await expect.poll(() => clipboard(page)).toBe('男');
    await page.getByRole('button', { name: '复制“本人角色”' }).click();
    await expect.poll(() => clipboard(page)).toBe('主持');
    await page.getByRole('button', { name: '复制“论文、著作”' }).click();
    await expect.poll(() => clipboard(page)).toBe('无');
  });

  it('still copies when the Clipboard API is refused (the legacy copy command)', async () => {
    await page.evaluate(() => {
      Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) });
    });
    await page.getByRole('button', { name: `复制“${COMMITTEE_OVERRIDE}”` }).click();
    await expect.poll(() => clipboard(page)).toBe('上海市工程系列集成电路专业高级职称评审委员会');
    // The keyboard stays on the button.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`复制“${COMMITTEE_OVERRIDE}”`);
    await page.evaluate(() => Reflect.deleteProperty(navigator.clipboard, 'writeText'));
  });

  it('copies in Chinese when the interface is in English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Copy “Your role”' }).click();
    await expect.poll(() => clipboard(page)).toBe('主持');
    await page.getByRole('button', { name: 'Copy “Patents”' }).click();
    await expect.poll(() => clipboard(page)).toBe('无');
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('button', { name: '复制“性别”' }).waitFor();
  });

  it('takes the user to the field of a report item, on the form page and on the profile page', async () => {
    const report = page.locator('.form-aside .report-panel');
    await report.getByRole('link', { name: '单位签字人（姓名和职务）：未填写' }).click();
    await expect.poll(() => focusedId(page)).toBe('form-field-employerVerification-signatory');
    expect(page.url()).toContain('/form?field=employerVerification.signatory');

    await report.getByRole('link', { name: '手机号码：未填写' }).click();
    await page.waitForSelector('.profile-form');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-path]')?.getAttribute('data-path') ?? '')).toBe('person.phone');
    await page.goBack();
    await page.waitForSelector('.form-page-form');
  });

  it('counts the public notice on the working calendar, and warns for a year without holiday data', async () => {
    const start = page.getByLabel('公示开始日期', { exact: true });
    await start.fill('2030-03-04');
    await expect.poll(() => page.locator('[data-missing-years]').getAttribute('data-missing-years')).toBe('2030');
    await start.fill('2025-09-29');
    // National Day: 1–8 October off, Saturday 11 October worked.
    await expect.poll(() => page.locator('.notice-period').getAttribute('data-period')).toBe('2025-09-29/2025-10-11');
    expect(await page.locator('.notice-period').textContent()).toContain('公示期：2025-09-29 至 2025-10-11，共 5 个工作日');
    expect(await page.locator('[data-missing-years]').count()).toBe(0);
    await waitForSaved(page);
    const stored = await api<{ form: AssessmentForm }>(app, 'form.get', { applicantId });
    expect(stored.form.publicNotice.startDate).toBe('2025-09-29');
  });

  it('loads the latest form and says so when another window saved first', async () => {
    const { form, revision } = await api<{ form: AssessmentForm; revision: number }>(app, 'form.get', { applicantId });
    await api(app, 'form.save', { applicantId, form: { ...form, registration: { ...form.registration, committee: '另一个窗口填写的评委会' } }, baseRevision: revision });
    await page.getByLabel('专业组', { exact: true }).fill('模拟集成电路');
    await page.locator('h1').click();
    await page.getByText('这份考核认定表刚刚在别处（另一个窗口）被修改。', { exact: false }).waitFor({ timeout: 10_000 });
    await expect.poll(() => page.getByLabel(COMMITTEE_OVERRIDE, { exact: true }).inputValue()).toBe('另一个窗口填写的评委会');
    expect(await page.getByLabel('专业组', { exact: true }).inputValue()).toBe('集成电路设计');
  });

  it('logged no console error and made no request outside the app', () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});
