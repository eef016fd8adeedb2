// Issue 3 end to end, in browser mode with "today" fixed (?today=2025-09-10): a profile with a bachelor's in
// science and one relevant period in Shanghai since 2019-01-01 gives, for round 3 (experience counted to
// 2025-12-31, so 7 full years): junior (bachelor + 1) and intermediate (bachelor + 5, verified 2025-08-01
// before 2025-08-31) eligible, associate senior (bachelor + 10) not, projected for 2028-12-31. Unticking
// "relevant" leaves no year and no level. Then a user round, and a 2027 holiday year that ends the warning.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/tempDir';
import { type PageWatch, type RunningApp, browserSkipReason, launchBrowser, startApp, waitUntilReady, watchPage } from './harness';

const skipReason = browserSkipReason('the eligibility end-to-end test');

const TODAY = '2025-09-10';
const label = (scope: Page | Locator, text: string) => scope.getByLabel(text, { exact: true });
const levelStatus = (page: Page, level: string) => page.locator(`.level-card[data-level="${level}"]`).getAttribute('data-status');

async function statuses(page: Page): Promise<Record<string, string | null>> {
  return {
    junior: await levelStatus(page, 'junior'),
    intermediate: await levelStatus(page, 'intermediate'),
    'associate-senior': await levelStatus(page, 'associate-senior'),
  };
}

describe.skipIf(skipReason !== null)('eligibility, rounds and holiday years in browser mode', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    dir = makeTempDir('titleprep-e2e-eligibility-');
    app = await startApp(dir.path);
    browser = await launchBrowser();
    page = await browser.newPage({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    watch = watchPage(page, app.origin);
    await page.goto(`${app.url}&today=${TODAY}`);
    await waitUntilReady(page);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    dir?.remove();
  });

  it('fills a profile: a bachelor’s in science, a relevant period in the city, a verified Category C certificate', async () => {
    await label(page, 'Name as in passport').fill('Maria Keller');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('link', { name: 'Edit profile: Maria Keller' }).click();
    await page.waitForSelector('.profile-form');
    // A company's employee: the public-institution rule does not apply (unknown until said).
    await label(page, 'Kind of employer').selectOption('enterprise');

    await page.getByRole('button', { name: 'Add education' }).click();
    const education = page.locator('#education');
    await label(education, 'Education level / degree').selectOption('bachelor');
    await label(education, 'Science or engineering').check();

    await page.getByRole('button', { name: 'Add a work period' }).click();
    const work = page.locator('#work');
    await label(work, 'Start date').fill('2019-01-01');
    await label(work, 'Employer').fill('Example Robotics (Shanghai) Ltd');

    await page.getByRole('button', { name: 'Add a certificate' }).click();
    const certificates = page.locator('#certificates');
    await label(certificates, 'Certificate name').fill('Chartered Engineer');
    await label(certificates, 'Field').selectOption('information-technology');
    await label(certificates, 'Category C').check();
    await label(certificates, 'List version').selectOption('2.0');
    await label(certificates, 'Verification status').selectOption('verified');
    await label(certificates, 'Verification date').fill('2025-08-01');

    await page.locator('h1').click();
    await page.waitForSelector('[data-save-state="saved"]', { timeout: 10_000 });
  });

  it('chooses round 3 and sees each level’s status, the years and the projection', async () => {
    await page.getByRole('link', { name: 'Eligibility', exact: true }).click();
    await label(page, 'Programme / round').selectOption('shanghai-c-r3');
    await page.locator('.level-card').first().waitFor();
    expect(await statuses(page)).toEqual({ junior: 'eligible', intermediate: 'eligible', 'associate-senior': 'not-eligible' });
    expect(await page.locator('[data-experience="relevant"]').textContent()).toBe('7 full years');
    await page.getByText('Eligible from 2028-12-31 if your current work goes on', { exact: false }).waitFor();
    // The junior level is appointed by the employer, with the form it fills in.
    await page.locator('.level-card[data-level="junior"] .level-note > p').getByText('the employer fills in the professional title appointment form', { exact: false }).waitFor();
    // Each check quotes the notice on demand.
    const source = page.locator('.level-card[data-level="intermediate"] [data-check="certificate-verified"] summary');
    await source.click();
    await page.getByText('Only those who pass verification before Aug 31, 2025, will be eligible to apply.').first().waitFor();
  });

  it('unticks “relevant” on the page: the profile is saved and the levels change at once', async () => {
    const periods = page.locator('#work-periods');
    await label(periods, 'Relevant to the certificate').uncheck();
    await page.waitForFunction(() => document.querySelector('.level-card[data-level="junior"]')?.getAttribute('data-status') === 'not-eligible');
    expect(await statuses(page)).toEqual({ junior: 'not-eligible', intermediate: 'not-eligible', 'associate-senior': 'not-eligible' });
    await periods.locator('[data-save-state="saved"]').waitFor({ timeout: 10_000 });

    // Saved through the profile: the profile editor shows the same tick.
    await page.getByRole('link', { name: 'Profile: Maria Keller' }).click();
    await page.waitForSelector('.profile-form');
    expect(await label(page.locator('#work'), 'Relevant to the certificate').isChecked()).toBe(false);
  });

  it('creates a round from round 3, with field messages first, and finds it in the programme choice', async () => {
    await page.getByRole('link', { name: 'Programmes', exact: true }).click();
    await page.locator('.programme-card[data-programme="shanghai-c-r3"] button', { hasText: 'Create a round from this' }).click();
    const form = page.locator('.round-form');
    await label(form, 'Id').fill('Round 4');
    await label(form, 'Name in Chinese').fill('上海C类第四批（测试）');
    await label(form, 'Name in English').fill('Shanghai Category C, round 4 (test)');
    await label(form, 'Where the dates come from').fill('Typed in for the test');
    await label(form, 'Certificate verified by').fill('2026-08-31');
    await form.getByRole('button', { name: 'Create round' }).click();
    await form.getByText('Use lower-case letters, digits and hyphens only.').waitFor();

    await label(form, 'Id').fill('shanghai-c-r4');
    await form.getByRole('button', { name: 'Create round' }).click();
    const card = page.locator('.programme-card[data-programme="shanghai-c-r4"]');
    await card.waitFor();
    expect(await card.locator('[data-date="certificateVerifiedBy"] .badge-user').textContent()).toBe('Entered by you');
    expect(await card.locator('[data-date="experienceCountedTo"]').textContent()).toContain('Unknown — not stated in the notice');

    await page.getByRole('link', { name: 'Eligibility', exact: true }).click();
    const choice = label(page, 'Programme / round');
    await choice.waitFor();
    expect(await choice.locator('option').allTextContents()).toContain('Shanghai Category C, round 4 (test) (entered by you)');
    await choice.selectOption('shanghai-c-r4');
    await page.locator('.level-card').first().waitFor();
    // Its cut-off was left blank: unknown, so no level can be judged — and none is called eligible.
    expect(await statuses(page)).toEqual({ junior: 'unknown', intermediate: 'unknown', 'associate-senior': 'unknown' });

    // In use by an applicant: the round cannot be deleted, and the page says why.
    await page.getByRole('link', { name: 'Programmes', exact: true }).click();
    await page.locator('.programme-card[data-programme="shanghai-c-r4"]').getByRole('button', { name: 'Delete Shanghai Category C, round 4 (test)' }).click();
    await page.getByRole('button', { name: 'Confirm: delete Shanghai Category C, round 4 (test)' }).click();
    await page.getByText('An applicant applies for Shanghai Category C, round 4 (test), so it cannot be deleted.', { exact: false }).waitFor();
  });

  it('warns when the working-day count reaches 2027, and stops once the user adds 2027', async () => {
    await page.getByRole('link', { name: 'Holiday calendar', exact: true }).click();
    const calculator = page.locator('.calculator');
    await label(calculator, 'Start date').fill('2026-12-28');
    await label(calculator, 'Working days').fill('5');
    const warning = calculator.locator('.missing-years');
    await warning.getByText('No holiday data for 2027', { exact: false }).waitFor();
    expect(await calculator.locator('.calculator-result').getAttribute('data-result')).toBe('2026-12-28/2027-01-01');

    await warning.getByRole('button', { name: 'Add that year’s data' }).click();
    const form = page.locator('.holiday-form');
    expect(await label(form, 'Year').inputValue()).toBe('2027');
    await label(form, 'Days off (one range a line)').fill('2027-01-01');
    await label(form, 'Source').fill('国务院办公厅关于2027年部分节假日安排的通知 (typed in for the test)');
    await form.getByRole('button', { name: 'Save year' }).click();

    await page.locator('.year-card[data-year="2027"][data-user="true"]').waitFor();
    await warning.waitFor({ state: 'detached' });
    expect(await calculator.locator('.calculator-result').getAttribute('data-result')).toBe('2026-12-28/2027-01-04');
  });

  it('switches to Chinese: the statuses and what is missing read in Chinese', async () => {
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { name: '节假日日历', exact: true }).waitFor();
    await page.getByRole('link', { name: '申报条件', exact: true }).click();
    await page.locator('.level-card').first().waitFor();
    await page.locator('.level-card[data-level="intermediate"] .level-status').getByText('尚不能判断').waitFor();
    await page.locator('.level-card[data-level="intermediate"] .missing').getByText('本批次计算年限的截止日期（通知未说明）').waitFor();
  });

  it('logged no console error and asked nothing beyond loopback', () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});
