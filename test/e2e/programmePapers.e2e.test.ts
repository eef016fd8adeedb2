// Issue 11 end to end, in browser mode with "today" fixed at 2026-12-06 (round 3 closed on 2025-09-19):
// - the reminders banner names the closed round with "prepare for the next round", never "overdue 443 days";
// - an engineer of a 事业单位 has the supervising authority's post confirmation in the tracker, the materials
//   and on the form page;
// - a Guangzhou applicant's form page prepares TitlePrep's sheet of details: no Shanghai form, no 专业组 or
//   social-insurance fields, no system form to import. In English and in Chinese.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel, ReplyOf, RequestOf } from '../../shared/contract/channels';
import { seedDemoApplicant } from '../../scripts/demo/run';
import { makeTempDir } from '../support/tempDir';
import { type PageWatch, type RunningApp, browserSkipReason, launchBrowser, startApp, waitUntilReady, watchPage } from './harness';

const skipReason = browserSkipReason('the programme papers end-to-end test');
const TODAY = '2026-12-06';

describe.skipIf(skipReason !== null)('what each programme puts on paper, and a closed round, in browser mode', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let token: string;
  let engineerId: string;
  let guangzhouId: string;

  async function api<C extends Channel>(channel: C, payload: RequestOf<C>): Promise<ReplyOf<C>> {
    const response = await fetch(`${app.origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(payload),
    });
    const reply = (await response.json()) as { ok: boolean; value: ReplyOf<C>; error?: unknown };
    if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`);
    return reply.value;
  }
  // A fresh load each time: a change of the hash alone would keep the language the page loaded with.
  const open = async (path: string) => {
    await page.goto(`${app.origin}/?today=${TODAY}${path}`);
    await page.reload();
    await waitUntilReady(page);
  };
  const setLanguage = (language: 'zh' | 'en') => api('settings.update', { language });

  beforeAll(async () => {
    dir = makeTempDir('titleprep-e2e-papers-');
    app = await startApp(dir.path, { now: `${TODAY}T02:00:00Z` });
    token = new URL(app.url).searchParams.get('token') ?? '';
    engineerId = (await seedDemoApplicant(api, { programmeId: 'shanghai-c-r3', employerKind: 'public-institution' })).applicantId;
    const guangzhou = await api('applicants.create', { nameZh: '陈晨', nameLatin: 'Chen Chen' });
    guangzhouId = guangzhou.id;
    await api('application.save', { applicantId: guangzhouId, application: { programmeId: 'guangzhou-2025', series: 'engineering', earlierRounds: [], countOverseas: true, catalogueLevel: 'intermediate', targetLevel: 'intermediate' } });
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

  it('the reminders say the round closed and offer the next one, instead of listing its deadlines as overdue', async () => {
    for (const [language, closed, next] of [['en', 'closed on 19 September 2025', 'Prepare for the next round'], ['zh', '已于2025年9月19日截止', '为下一批做准备']] as const) {
      await setLanguage(language);
      await open('#/applicants');
      const banner = page.locator('section.reminders');
      await banner.locator('li[data-round-status="closed"]').getByText(closed, { exact: false }).waitFor();
      expect(await banner.locator('li[data-state="overdue"]').count()).toBe(0);
      expect(await banner.getAttribute('data-closed-rounds')).toBe('1');
      expect(await banner.textContent()).not.toMatch(/overdue|逾期/i);
      await banner.getByRole('link', { name: next }).click();
      await page.locator('#round-form-heading').waitFor();
    }
  });

  it('a 事业单位 engineer: the post confirmation is a tracker step, a material and a box on the form', async () => {
    await setLanguage('en');
    await open(`#/applicants/${engineerId}/tracker`);
    await page.getByText('Supervising authority confirms the post', { exact: true }).waitFor();
    await open(`#/applicants/${engineerId}/materials`);
    await page.getByText('Post confirmed by the supervising authority', { exact: false }).first().waitFor();
    await open(`#/applicants/${engineerId}/form`);
    await page.locator('#form-section-postConfirmation').waitFor();
    await setLanguage('zh');
    await open(`#/applicants/${engineerId}/tracker`);
    await page.getByText('主管部门确认岗位情况', { exact: true }).waitFor();
    await open(`#/applicants/${engineerId}/form`);
    await page.locator('#form-section-postConfirmation').getByText('事业单位岗位情况（主管部门确认）').waitFor();
    // The section list beside the form leads to box 十四 too.
    await page.locator('.form-aside nav').getByRole('button', { name: '事业单位岗位情况（主管部门确认）' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('form-section-postConfirmation');
  });

  it('a Guangzhou applicant prepares TitlePrep\'s sheet of details, with no Shanghai form or fields', async () => {
    for (const [language, heading, details] of [['en', 'Application details of', 'Application details (PDF)'], ['zh', '的申报信息', '申报信息汇总 PDF']] as const) {
      await setLanguage(language);
      await open(`#/applicants/${guangzhouId}/form`);
      await page.locator('h1').getByText(heading, { exact: false }).waitFor();
      // The header's link names the sheet too, not the 考核认定表.
      await page.getByRole('link', { name: language === 'en' ? 'Application details' : '申报信息', exact: true }).waitFor();
      expect(await page.locator('#form-section-commitment, #form-section-employerVerification, #form-section-postConfirmation').count()).toBe(0);
      expect(await page.locator('[data-path="registration.specialtyGroup"], [data-path="registration.insuranceBySameEmployer"]').count()).toBe(0);
      // The copy hint claims no online system the catalogue never names.
      expect(await page.getByTestId('copy-hint').textContent()).not.toMatch(language === 'zh' ? /网上系统需要/ : /as the online system wants/);
      await open(`#/applicants/${guangzhouId}/print`);
      await page.getByRole('button', { name: details }).waitFor();
      expect(await page.locator('.print-downloads').textContent()).not.toContain(language === 'zh' ? '考核认定表' : 'Assessment form');
      // The catalogue asks for no public notice: offered, unticked, with the reason and no invented period.
      const notice = page.getByRole('checkbox', { name: language === 'zh' ? '整套材料末尾附申报材料公示及公示情况说明' : 'End the packet with the public notice (公示) and its result record' });
      expect(await notice.isChecked()).toBe(false);
      expect(await page.locator('[data-notice-rule]').getAttribute('data-notice-rule')).toBe('not-published');
      // Left out of the packet, the notice's missing details are not listed as holding the print up; ticked, they are.
      const noticeGroup = page.locator('.report-group h3', { hasText: language === 'zh' ? '申报公示' : 'Public notice' });
      await page.locator('.report-summary').waitFor();
      expect(await noticeGroup.count()).toBe(0);
      await notice.check();
      await noticeGroup.waitFor();
      await notice.uncheck();
      await noticeGroup.waitFor({ state: 'detached' });
    }
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});
