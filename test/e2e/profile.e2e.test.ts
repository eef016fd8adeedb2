// The round trip a user relies on: two applicants, a profile filled in Chinese, the language switched to
// English, the server stopped and started again on the same data folder — and everything is still there.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUnifiedSocialCreditCode } from '../../shared/profile/identifiers';
import { makeTempDir } from '../support/tempDir';
import { type RunningApp, browserSkipReason, launchBrowser, startApp, waitUntilReady } from './harness';
import { api } from '../support/summaryPages';

const skipReason = browserSkipReason('the profile end-to-end test');

/** A credit code with a correct check character, so the form accepts it. */
function validCreditCode(): string {
  const base = '91310115MA1K3YJ2';
  for (const a of '0123456789') {
    for (const check of '0123456789ABCDEFGHJKLMNPQRTUWXY') {
      if (isUnifiedSocialCreditCode(`${base}${a}${check}`)) return `${base}${a}${check}`;
    }
  }
  throw new Error('no valid credit code found');
}

const CREDIT_CODE = validCreditCode();

const PERSON_TEXT = {
  nationality: ['国籍（地区）', 'Nationality (region)', '中国香港'],
  idNumber: ['证件号码', 'ID document number', 'K12345678'],
  phone: ['手机号码', 'Mobile phone', '+86 138 0013 8000'],
  email: ['电子邮箱', 'E-mail', 'li.ming@example.com'],
  employerName: ['工作单位（全称）', 'Employer (full legal name)', '上海示例生物科技有限公司'],
  employerCreditCode: ['单位统一社会信用代码', 'Employer’s unified social credit code', CREDIT_CODE],
  department: ['部门', 'Department', '研发部'],
  post: ['岗位', 'Post', '高级研究员'],
  birthDate: ['出生日期', 'Date of birth', '1985-07-14'],
} as const;

async function waitForSaved(page: Page): Promise<void> {
  // Leaving the field flushes at once; the status says "saved" only when no edit is left unsent.
  await page.locator('h1').click();
  await page.waitForSelector('[data-save-state="saved"]', { timeout: 10_000 });
}

const label = (scope: Page | Locator, text: string) => scope.getByLabel(text, { exact: true });

describe.skipIf(skipReason !== null)('profile round trip in browser mode', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    dir = makeTempDir('titleprep-e2e-profile-');
    app = await startApp(dir.path);
    browser = await launchBrowser();
    page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1024, height: 800 } });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(app.url);
    await waitUntilReady(page);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    dir?.remove();
  });

  it('creates two applicants', async () => {
    await label(page, '中文姓名').fill('李明');
    await label(page, '护照姓名（拉丁字母）').fill('LI Ming');
    await label(page, '护照姓名（拉丁字母）').press('Enter'); // Enter submits the small form
    await page.getByText('已添加申报人 李明。').waitFor();
    await label(page, '护照姓名（拉丁字母）').fill('Anna Schmidt');
    await page.getByRole('button', { name: '添加', exact: true }).click();
    await page.getByText('已添加申报人 Anna Schmidt。').waitFor();
    expect(await page.locator('.applicant-list > li').count()).toBe(2);
  });

  it('fills a profile in Chinese and autosaves it', async () => {
    await page.getByRole('link', { name: '填写个人信息：李明' }).click();
    await page.waitForSelector('.profile-form');
    const person = page.locator('#person');
    for (const [zhLabel, , value] of Object.values(PERSON_TEXT)) await label(person, zhLabel).fill(value);
    await label(person, '性别').selectOption({ label: '男' });
    await label(person, '证件类型').selectOption({ label: '护照' });
    await label(person, '申报城市').selectOption({ label: '上海' });

    await page.getByRole('button', { name: '添加学历' }).click();
    const education = page.locator('#education');
    await label(education, '开始日期').fill('2003-09-01');
    await label(education, '结束日期').fill('2007/7/1'); // tidied to 2007-07-01 when the field is left
    await label(education, '学校').fill('复旦大学');
    await label(education, '专业').fill('生物化学');
    await label(education, '学历 / 学位').selectOption({ label: '本科（学士）' });
    await label(education, '理工科').check();

    await page.getByRole('button', { name: '添加工作经历' }).click();
    const work = page.locator('#work');
    await label(work, '开始日期').fill('2012-03-01');
    await label(work, '工作单位').fill('Roche Diagnostics GmbH');
    await label(work, '职务 / 岗位').fill('Scientist');
    await label(work, '在申报城市工作').uncheck();
    await label(work, '在境外工作').check();

    await page.getByRole('button', { name: '添加证书' }).click();
    const certificates = page.locator('#certificates');
    await label(certificates, '证书名称').fill('Chartered Scientist');
    await label(certificates, '发证机构').fill('Science Council');
    await label(certificates, '取得日期').fill('2016-05-20');
    await label(certificates, '目录版本').selectOption('3.0');
    await label(certificates, 'B 类').check();
    await label(certificates, '核验状态').selectOption({ label: '已提交核验' });

    await waitForSaved(page);
    expect(await page.locator('.field-error').count()).toBe(0);
  });

  it('saves the valid fields at once and keeps an invalid value beside its error across a reload', async () => {
    const person = page.locator('#person');
    await label(person, '手机号码').fill('+86 139 0000 1111');
    await label(person, '电子邮箱').fill('li.ming@');
    await page.locator('h1').click();
    await page.waitForSelector('[data-save-state="invalid"]');
    const applicants = await api<{ id: string; nameZh: string }[]>(app, 'applicants.list', {});
    const applicantId = applicants.find((entry) => entry.nameZh === '李明')?.id ?? '';
    const saved = async () => (await api<{ profile: { person: { phone: string; email: string } } }>(app, 'profile.get', { applicantId })).profile.person;
    await expect.poll(async () => (await saved()).phone).toBe('+86 139 0000 1111');
    expect((await saved()).email).toBe('li.ming@example.com');

    await page.reload();
    await waitUntilReady(page);
    await page.waitForSelector('.profile-form');
    expect(await label(page.locator('#person'), '电子邮箱').inputValue()).toBe('li.ming@');
    expect(await label(page.locator('#person'), '手机号码').inputValue()).toBe('+86 139 0000 1111');
    await page.locator('#person .field-error').first().waitFor();

    await label(page.locator('#person'), '电子邮箱').fill('li.ming@example.com');
    await label(page.locator('#person'), '手机号码').fill('+86 138 0013 8000');
    await page.locator('h1').click();
    // Nothing left unsaved: "saved at …" (a re-render that hands the same draft over again changes nothing).
    await expect.poll(async () => (await saved()).phone, { timeout: 8000 }).toBe('+86 138 0013 8000');
    expect((await saved()).email).toBe('li.ming@example.com');
    await expect.poll(async () => [await page.locator('[data-save-state]').getAttribute('data-save-state'), await page.locator('.banner').allTextContents()], { timeout: 8000 }).toEqual(['saved', []]);
    // And it stays so once the names in the header have reloaded after the save.
    await page.waitForTimeout(1000);
    expect(await page.locator('[data-save-state]').getAttribute('data-save-state')).toBe('saved');
    expect(await page.locator('[data-save-state]').textContent()).toMatch(/已保存（/);
    expect(await page.locator('.field-error').count()).toBe(0);
  });

  it('switches the language to English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Personal details' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });

  it('finds everything again after the server restarts on the same data folder', async () => {
    await app.stop();
    app = await startApp(dir.path);
    await page.goto(app.url);
    await waitUntilReady(page);

    // The language came from the saved setting, not from the zh-CN browser locale.
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('heading', { name: 'Applicants' }).waitFor();
    await page.getByText('Anna Schmidt', { exact: true }).waitFor();
    expect(await page.locator('.applicant-list > li').count()).toBe(2);

    await page.getByRole('link', { name: 'Edit profile: 李明' }).click();
    await page.waitForSelector('.profile-form');
    const person = page.locator('#person');
    expect(await label(person, 'Chinese name').inputValue()).toBe('李明');
    expect(await label(person, 'Name as in passport').inputValue()).toBe('LI Ming');
    for (const [, enLabel, value] of Object.values(PERSON_TEXT)) expect(await label(person, enLabel).inputValue()).toBe(value);
    expect(await label(person, 'Gender').inputValue()).toBe('male');
    expect(await label(person, 'ID document').inputValue()).toBe('passport');
    expect(await label(person, 'City of application').inputValue()).toBe('shanghai');

    const education = page.locator('#education');
    expect(await label(education, 'Start date').inputValue()).toBe('2003-09-01');
    expect(await label(education, 'End date').inputValue()).toBe('2007-07-01');
    expect(await label(education, 'School').inputValue()).toBe('复旦大学');
    expect(await label(education, 'Major').inputValue()).toBe('生物化学');
    expect(await label(education, 'Education level / degree').inputValue()).toBe('bachelor');
    expect(await label(education, 'Science or engineering').isChecked()).toBe(true);
    expect(await label(education, 'Full-time').isChecked()).toBe(true);

    const work = page.locator('#work');
    expect(await label(work, 'Start date').inputValue()).toBe('2012-03-01');
    expect(await label(work, 'Ongoing').isChecked()).toBe(true);
    expect(await label(work, 'Employer').inputValue()).toBe('Roche Diagnostics GmbH');
    expect(await label(work, 'Position').inputValue()).toBe('Scientist');
    expect(await label(work, 'In the city of application').isChecked()).toBe(false);
    expect(await label(work, 'Overseas').isChecked()).toBe(true);
    expect(await label(work, 'Relevant to the certificate').isChecked()).toBe(true);

    const certificates = page.locator('#certificates');
    expect(await label(certificates, 'Certificate name').inputValue()).toBe('Chartered Scientist');
    expect(await label(certificates, 'Issuing body').inputValue()).toBe('Science Council');
    expect(await label(certificates, 'Date obtained').inputValue()).toBe('2016-05-20');
    expect(await label(certificates, 'List version').inputValue()).toBe('3.0');
    expect(await label(certificates, 'Category B').isChecked()).toBe(true);
    expect(await label(certificates, 'Category A').isChecked()).toBe(false);
    expect(await label(certificates, 'Verification status').inputValue()).toBe('submitted');
  });

  it('asked nothing beyond loopback and logged no console error', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith('http://127.0.0.1:') && !url.startsWith('data:'))).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
