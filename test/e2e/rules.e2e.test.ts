// Issue 11 end to end, in browser mode with "today" fixed at 2026-12-06 (round 3 closed on 2025-09-19):
// - an engineer of a public institution with an intermediate title and the supervising authority's consent
//   enters the new facts in the profile; with a Category A certificate no level is open; with Category C only
//   associate senior (one level above the title held) is;
// - the closed round says so on the eligibility page, the applicant list and the tracker, and "prepare for
//   the next round" opens a round copied from it with every date empty;
// - someone with 8 months in Shanghai fails the one year "in principle", with the numbers to ask;
// - the same in Chinese, with no file name shown as a source. Screenshots go to $SCREENSHOTS when set.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/tempDir';
import { type PageWatch, type RunningApp, browserSkipReason, launchBrowser, startApp, waitUntilReady, watchPage } from './harness';

const skipReason = browserSkipReason('the eligibility rules end-to-end test');
const TODAY = '2026-12-06';
const label = (scope: Page | Locator, text: string) => scope.getByLabel(text, { exact: true });
const SHOTS = process.env.SCREENSHOTS ?? null;

describe.skipIf(skipReason !== null)('eligibility rules a user can rely on, in browser mode', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let token: string;
  let engineerId: string;

  async function api<T>(channel: string, payload: unknown): Promise<T> {
    const response = await fetch(`${app.origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(payload),
    });
    const reply = (await response.json()) as { ok: boolean; value: T; error?: unknown };
    if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`);
    return reply.value;
  }
  const shot = async (name: string) => {
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  };
  const status = (level: string) => page.locator(`.level-card[data-level="${level}"]`).getAttribute('data-status');

  beforeAll(async () => {
    dir = makeTempDir('titleprep-e2e-rules-');
    app = await startApp(dir.path);
    token = new URL(app.url).searchParams.get('token') ?? '';
    browser = await launchBrowser();
    page = await browser.newPage({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(10_000);
    watch = watchPage(page, app.origin);
    await page.goto(`${app.url}&today=${TODAY}`);
    await waitUntilReady(page);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    dir?.remove();
  });

  it('enters the employer kind, the consent and the title held in the profile, with help text', async () => {
    await label(page, 'Name as in passport').fill('Li Na');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('link', { name: 'Edit profile: Li Na' }).click();
    await page.waitForSelector('.profile-form');

    // The consent is asked only of public-institution staff.
    expect(await page.getByLabel('Has the supervising authority agreed?', { exact: true }).count()).toBe(0);
    await label(page, 'Kind of employer').selectOption('public-institution');
    await page.getByText('within the post quota and with the supervising authority', { exact: false }).first().waitFor();
    await label(page, 'Has the supervising authority agreed?').selectOption('yes');
    await label(page, 'Chinese professional title already held').selectOption('intermediate');

    await page.getByRole('button', { name: 'Add education' }).click();
    const education = page.locator('#education');
    await label(education, 'Education level / degree').selectOption('bachelor');
    await label(education, 'Science or engineering').check();
    await page.getByRole('button', { name: 'Add a work period' }).click();
    const work = page.locator('#work');
    await label(work, 'Start date').fill('2010-01-01');
    await label(work, 'Employer').fill('Shanghai Institute of Example Engineering');
    await page.getByRole('button', { name: 'Add a certificate' }).click();
    const certificates = page.locator('#certificates');
    await label(certificates, 'Certificate name').fill('Chartered Engineer');
    await label(certificates, 'Field').selectOption('engineering');
    await label(certificates, 'Category A').check();
    await label(certificates, 'List version').selectOption('2.0');
    await label(certificates, 'Verification status').selectOption('verified');
    await label(certificates, 'Verification date').fill('2025-08-01');
    await page.locator('h1').click();
    await page.waitForSelector('[data-save-state="saved"]', { timeout: 10_000 });
    await shot('profile-en');

    const applicants = await api<{ id: string; nameLatin: string }[]>('applicants.list', {});
    engineerId = applicants.find((entry) => entry.nameLatin === 'Li Na')?.id ?? '';
    const stored = await api<{ profile: { person: Record<string, unknown> } }>('profile.get', { applicantId: engineerId });
    expect(stored.profile.person).toMatchObject({ employerKind: 'public-institution', supervisorConsent: true, currentTitleLevel: 'intermediate' });
  });

  it('a Category A holder is eligible at no level; the closed round says so at the top', async () => {
    await page.getByRole('link', { name: 'Eligibility', exact: true }).click();
    await label(page, 'Programme / round').selectOption('shanghai-c-r3');
    await page.locator('.level-card').first().waitFor();
    for (const level of ['junior', 'intermediate', 'associate-senior']) expect(await status(level)).toBe('not-eligible');
    await page.locator('.level-card[data-level="intermediate"] [data-check="certificate-category"][data-status="fail"]').getByText('not C', { exact: false }).waitFor();
    const banner = page.locator('.round-banner[data-round-status="closed"]');
    await banner.getByText('closed on 19 September 2025', { exact: false }).waitFor();
    await shot('eligibility-category-a-en');
  });

  it('with Category C, a public institution opens only the level one above the title held', async () => {
    await page.goto(`${app.origin}/?today=${TODAY}#/applicants/${engineerId}/profile/certificates`);
    await waitUntilReady(page);
    const certificates = page.locator('#certificates');
    await label(certificates, 'Category C').check();
    await page.locator('h1').click();
    await page.waitForSelector('[data-save-state="saved"]', { timeout: 10_000 });
    await page.getByRole('link', { name: 'Eligibility', exact: true }).click();
    await page.locator('.level-card').first().waitFor();
    expect(await status('associate-senior')).toBe('eligible');
    expect(await status('intermediate')).toBe('not-eligible');
    await page.locator('.level-card[data-level="intermediate"] [data-check="public-institution"][data-status="fail"]').waitFor();
    await page.locator('.level-card[data-level="associate-senior"] .level-note').getByText('supervising authority must also confirm the post', { exact: false }).waitFor();
    // Sources are citations a person can look up, never a file name.
    const summaries = await page.locator('.source-note summary').allTextContents();
    expect(summaries.join('\n')).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt|policy\.md/);
    expect(summaries.join('\n')).toContain('Shanghai Municipal Human Resources and Social Security Bureau');
    await shot('eligibility-category-c-en');
  });

  it('reads in Chinese: the facts, the statuses, the closed round', async () => {
    await page.getByRole('button', { name: '中文' }).click();
    await page.locator('.round-banner').getByText('已于2025年9月19日截止', { exact: false }).waitFor();
    await page.locator('.level-card[data-level="intermediate"] [data-check="public-institution"]').getByText('事业单位工作人员只能在现有职称（中级）基础上申请高一级职称', { exact: false }).waitFor();
    const summaries = await page.locator('.source-note summary').allTextContents();
    expect(summaries.join('\n')).toContain('上海市人力资源和社会保障局');
    expect(summaries.join('\n')).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt|policy\.md|Project notes/);
    await shot('eligibility-zh');
    await page.goto(`${app.origin}/?today=${TODAY}#/applicants/${engineerId}/profile/person`);
    await waitUntilReady(page);
    expect(await label(page, '工作单位性质').inputValue()).toBe('public-institution');
    expect(await label(page, '上级主管部门是否同意申报').inputValue()).toBe('yes');
    await shot('profile-zh');
  });

  it('the applicant list and the tracker say the round has closed; "prepare for the next round" copies it with no date', async () => {
    await page.goto(`${app.origin}/?today=${TODAY}#/applicants`);
    await waitUntilReady(page);
    await page.locator('.round-closed').getByText('已于2025年9月19日截止', { exact: false }).waitFor();
    await shot('applicants-zh');

    await page.goto(`${app.origin}/?today=${TODAY}#/applicants/${engineerId}/tracker`);
    await waitUntilReady(page);
    const banner = page.locator('.round-banner[data-round-status="closed"]');
    await banner.waitFor();
    await shot('tracker-zh');
    await banner.getByRole('link', { name: '为下一批做准备' }).click();
    const form = page.locator('.round-form');
    await form.waitFor();
    expect(await label(form, '中文名称').inputValue()).toContain('之后的下一批');
    await form.getByText('根据新通知填写').waitFor();
    for (const field of ['证书查验截止', '工作年限计算截至']) {
      const input = form.getByLabel(field, { exact: false });
      if ((await input.count()) > 0) expect(await input.first().inputValue()).toBe('');
    }
    await shot('next-round-zh');
  });

  it('8 months in Shanghai fails the one year in principle, with the numbers to ask', async () => {
    const created = await api<{ id: string }>('applicants.create', { nameZh: '', nameLatin: 'Eight Months' });
    const profile = await api<{ profile: Record<string, unknown>; revision: number }>('profile.get', { applicantId: created.id });
    const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    await api('profile.save', {
      applicantId: created.id,
      baseRevision: profile.revision,
      profile: {
        ...profile.profile,
        person: { ...(profile.profile.person as object), employerKind: 'enterprise' },
        education: [{ id: id(1), startDate: null, endDate: null, school: 'Example University', major: 'Engineering', degree: 'master', degreeCertificateNumber: '', fullTime: true, scienceOrEngineering: true }],
        workPeriods: [{ id: id(2), startDate: '2025-05-01', endDate: null, employer: 'Example (Shanghai) Ltd', department: '', position: '', titleHeld: '', referee: '', relevant: true, inCity: true, overseas: false }],
        certificates: [{ id: id(3), name: 'Chartered Engineer', issuingBody: '', number: '', obtainedOn: null, validUntil: null, renewals: [], listVersion: '2.0', categories: ['C'], field: 'engineering', verifiedOn: '2025-08-01', verificationStatus: 'verified' }],
      },
    });
    await api('application.save', { applicantId: created.id, application: { programmeId: 'shanghai-c-r3', series: null, earlierRounds: [], countOverseas: true, catalogueLevel: null, targetLevel: 'junior' } });
    await page.goto(`${app.origin}/?today=${TODAY}#/applicants/${created.id}/eligibility`);
    await waitUntilReady(page);
    const check = page.locator('.level-card[data-level="junior"] [data-check="work-in-city"][data-status="fail"]');
    await check.getByText('原则上', { exact: false }).first().waitFor();
    await check.getByText('021-3251-1209', { exact: false }).waitFor();
    await shot('in-principle-zh');
    await page.getByRole('button', { name: 'English' }).click();
    await check.getByText('in principle', { exact: false }).first().waitFor();
    await shot('in-principle-en');
  });

  it('a Guangzhou applicant sees no Shanghai 个人承诺 or 所在单位核实意见 on the form page', async () => {
    const created = await api<{ id: string }>('applicants.create', { nameZh: '广州申请人', nameLatin: '' });
    await api('application.save', { applicantId: created.id, application: { programmeId: 'guangzhou-2025', series: null, earlierRounds: [], countOverseas: true, catalogueLevel: 'intermediate', targetLevel: 'intermediate' } });
    await page.goto(`${app.origin}/?today=${TODAY}#/applicants/${created.id}/form`);
    await waitUntilReady(page);
    await page.locator('#form-section-registration').waitFor();
    expect(await page.locator('#form-section-commitment').count()).toBe(0);
    expect(await page.locator('#form-section-employerVerification').count()).toBe(0);
    expect(await page.locator('.form-aside nav').textContent()).not.toContain('个人承诺');
    await shot('guangzhou-form-zh');
  });

  it('logged no console error and asked nothing beyond loopback', () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});
