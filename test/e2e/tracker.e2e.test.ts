// Issue 6 end to end, in browser mode with "today" fixed by ?today=: a new user takes an applicant of round 3
// (intermediate, public notice from 2025-09-08 in the form) from the online filing through the public notice
// (HR's view), the acceptance number, a one-time correction behind its confirmation dialog and the
// interview to the certificate; then the reminders, the badges and HR's dashboard change as the days pass,
// and the .ics download reads back in ical.js with the right dates and UIDs.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import ICAL from 'ical.js';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCertificate } from '../../shared/profile/defaults';
import { eventUid } from '../../shared/tracker/ics';
import { pageTexts } from '../support/pdfInspect';
import { sampleProfile } from '../support/profiles';
import { makeTempDir } from '../support/tempDir';
import { type PageWatch, type RunningApp, browserSkipReason, launchBrowser, startApp, waitUntilReady, watchPage } from './harness';

const skipReason = browserSkipReason('the tracker end-to-end test');

const label = (scope: Page | Locator, text: string) => scope.getByLabel(text, { exact: true });

describe.skipIf(skipReason !== null)('the submission tracker in browser mode', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let token: string;
  let applicantId: string;
  let otherId: string;

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

  /** What the user set up on the earlier pages (issues 3 and 5): the programme, the level, the notice's start. */
  async function applyFor(id: string, noticeStart: string): Promise<void> {
    await api('application.save', {
      applicantId: id,
      application: { programmeId: 'shanghai-c-r3', series: null, earlierRounds: [], countOverseas: true, catalogueLevel: null, targetLevel: 'intermediate' },
    });
    const { form, revision } = await api<{ form: { publicNotice: Record<string, unknown> }; revision: number }>('form.get', { applicantId: id });
    form.publicNotice = { ...form.publicNotice, startDate: noticeStart, location: 'Notice board, 3rd floor', contactName: 'Wang Fang', contactPhone: '021-12345678' };
    await api('form.save', { applicantId: id, form, baseRevision: revision });
    // One certificate: the tracker's verification step is that certificate's verification.
    const stored = await api<{ profile: { certificates: unknown[] }; revision: number }>('profile.get', { applicantId: id });
    stored.profile.certificates = [{ ...newCertificate(randomUUID()), name: 'CPA Australia', issuingBody: 'CPA Australia', obtainedOn: '2019-05-01' }];
    await api('profile.save', { applicantId: id, profile: stored.profile, baseRevision: stored.revision });
  }

  async function open(path: string, today: string): Promise<void> {
    await page.goto(`${app.origin}/?today=${today}${path}`);
    await waitUntilReady(page);
  }

  const step = (id: string) => page.locator(`[data-step="${id}"]`);
  const panel = (name: string) => page.locator(`[data-panel="${name}"]`);
  /** Types a value and leaves the field, which saves it. */
  async function enter(scope: Locator, field: string, value: string): Promise<void> {
    const input = label(scope, field);
    await input.fill(value);
    await input.press('Tab');
  }
  async function markStep(id: string, doneOn: string): Promise<void> {
    await label(step(id), 'Status').selectOption('done');
    await page.waitForSelector(`[data-step="${id}"][data-status="done"]`);
    await enter(step(id), 'Done on', doneOn);
    await expect.poll(() => label(step(id), 'Done on').inputValue()).toBe(doneOn);
  }

  beforeAll(async () => {
    dir = makeTempDir('titleprep-e2e-tracker-');
    app = await startApp(dir.path, { now: '2025-09-02T02:00:00Z' });
    token = new URL(app.url).searchParams.get('token') ?? '';
    browser = await launchBrowser();
    page = await browser.newPage({ locale: 'en-GB', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    watch = watchPage(page, app.origin);
    // A step that waits in vain fails within the test's time, naming its locator.
    page.setDefaultTimeout(10_000);
    await page.goto(`${app.url}&today=2025-09-02`);
    await waitUntilReady(page);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    dir?.remove();
  });

  it('a new user adds the applicant; the tracker follows the programme and the form', async () => {
    await label(page, 'Name as in passport').fill('Maria Keller');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('link', { name: 'Edit profile: Maria Keller' }).waitFor();
    const applicants = await api<{ id: string; nameLatin: string }[]>('applicants.list', {});
    applicantId = applicants.find((applicant) => applicant.nameLatin === 'Maria Keller')?.id ?? '';
    await applyFor(applicantId, '2025-09-08');

    await open(`#/applicants/${applicantId}/tracker`, '2025-09-02');
    await page.getByRole('heading', { name: 'Progress: Maria Keller' }).waitFor();
    await page.locator('.step-card').first().waitFor();
    expect(await page.locator('.step-card').count()).toBe(9);
    const notice = page.locator('[data-deadline="public-notice"]');
    await expect.poll(() => notice.textContent()).toContain('2025-09-08 to 2025-09-12');
    // Certificate verification was due on 2025-08-31: overdue on 09-02, and the navigation says so.
    expect(await page.locator('.next-up').getAttribute('data-next')).toBe('certificate-verification');
    await page.locator('.app-header [data-due="overdue"]').waitFor();
    // Guidance: the notice's words with their source, and the official numbers.
    await step('public-notice').getByText('What to do, and what the notice says').click();
    await step('public-notice').getByText('publicly display the application materials within their organization for at least five workdays').waitFor();
    await step('public-notice').getByText('021-3251-1209').waitFor();
  });

  it('files online: the verification and the filing are done, with their dates', async () => {
    await markStep('certificate-verification', '2025-08-20');
    const { profile } = await api<{ profile: { certificates: { verificationStatus: string; verifiedOn: string | null }[] } }>('profile.get', { applicantId });
    expect(profile.certificates[0]).toMatchObject({ verificationStatus: 'verified', verifiedOn: '2025-08-20' });
    await markStep('online-application', '2025-09-02');
    await enter(panel('filing'), 'Filed online on', '2025-09-02');
    await page.locator('.timeline li').nth(4).waitFor();
    expect(await page.locator('.app-header [data-due="overdue"]').count()).toBe(0);
  });

  it('HR posts the public notice, sees its end worked out from the start, records another end only as an override, and no objections', async () => {
    await page.getByRole('link', { name: 'Employer', exact: true }).click();
    await page.locator('table.dashboard').waitFor();
    await page.getByRole('link', { name: 'Employer’s part for Maria Keller' }).click();
    const noticePanel = panel('notice');
    await noticePanel.waitFor();
    expect(await noticePanel.locator('[data-notice-period]').textContent()).toContain('2025-09-08 to 2025-09-12');
    await noticePanel.getByText('Notice board, 3rd floor').waitFor();
    await enter(noticePanel, 'Notice starts (posted) on', '2025-09-08');
    // The end is one fact with the start: worked out, shown, not typed; and the notice has not begun on 09-02.
    expect(await noticePanel.locator('[data-planned-end]').textContent()).toBe('2025-09-12');
    await noticePanel.locator('[data-stage="scheduled"]').getByText('Not started yet').waitFor();
    // Another actual end is recorded as an override, and said to be one; the worked-out date typed is none.
    await noticePanel.getByRole('button', { name: 'The notice came down on another day' }).click();
    await enter(noticePanel, 'Actual last day', '2025-09-15');
    await noticePanel.getByText('Recorded last day: 2025-09-15 (worked out: 2025-09-12).', { exact: false }).waitFor();
    await enter(noticePanel, 'Actual last day', '2025-09-12');
    await expect.poll(() => noticePanel.locator('[data-end-override]').count()).toBe(0);
    expect(await label(noticePanel, 'Actual last day').count()).toBe(0);
    await label(noticePanel, 'Objections').selectOption('none');
    await expect.poll(() => label(noticePanel, 'Objections').inputValue()).toBe('none');
    // Where HR records what happened, the record of the result to sign and seal.
    await noticePanel.locator('[data-notice-documents="record"]').getByRole('button', { name: 'Download the record of the result (PDF)' }).waitFor();
    await enter(panel('verification'), 'Forms printed on', '2025-09-12');
    await enter(panel('verification'), 'Signed and sealed on', '2025-09-15');
    // On HR's dashboard (today 2025-09-02), a start ahead is scheduled, not posted.
    const posted = page.locator(`tr[data-applicant="${applicantId}"] [data-notice-stage]`);
    await expect.poll(() => posted.getAttribute('data-notice-stage')).toBe('scheduled');
    expect(await posted.textContent()).toContain('Notice to be posted on 2025-09-08');
    expect(await posted.getAttribute('class')).not.toContain('done');
    await page.locator(`tr[data-applicant="${applicantId}"] .employer-check.done`).getByText('Forms printed and signed').waitFor();

    await page.getByRole('link', { name: 'Progress of Maria Keller' }).click();
    await page.locator('.step-card').first().waitFor();
    await markStep('employer-review', '2025-09-15');
    await markStep('public-notice', '2025-09-12');
    await markStep('materials-submission', '2025-09-16');
  });

  it('enters the acceptance number; an acceptance dated before the filing is kept and flagged', async () => {
    await enter(panel('filing'), 'Acceptance number (受理号)', 'SH2025-0042');
    await enter(panel('filing'), 'Accepted on', '2025-09-01');
    await panel('filing').getByText('The acceptance date, 2025-09-01, is before the online filing, 2025-09-02.').waitFor();
    await enter(panel('filing'), 'Accepted on', '2025-09-25');
    await expect.poll(() => panel('filing').getByText('is before the online filing').count()).toBe(0);
    await page.locator('.tracker-programme').getByText('Acceptance no. SH2025-0042').waitFor();
  });

  it('answers the one-time correction once: the dialog warns, explains and asks for a confirmation', async () => {
    const correction = panel('correction');
    await enter(correction, 'Correction requested on', '2025-09-26');
    await enter(correction, 'Correction deadline', '2025-10-10');
    for (const item of ['Copy of the degree certificate', 'Social insurance record']) {
      await label(correction, 'Add an item the authority asked for').fill(item);
      await correction.getByRole('button', { name: 'Add', exact: true }).click();
      await correction.locator(`[data-item="${item}"]`).waitFor();
    }
    await correction.locator('[data-item="Copy of the degree certificate"] input[type="checkbox"]').check();
    await correction.getByText('Items to correct (1 of 2 ready)').waitFor();

    await correction.getByRole('button', { name: 'Mark as sent…' }).click();
    const dialog = page.locator('dialog[open]');
    await dialog.getByText('Only one response to a correction request is allowed').waitFor();
    await dialog.getByText('1 item is not ticked as ready:').waitFor();
    await dialog.getByText('Social insurance record').waitFor();
    expect(await dialog.getByRole('button', { name: 'Confirm: sent' }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);

    await correction.locator('[data-item="Social insurance record"] input[type="checkbox"]').check();
    await correction.getByText('Items to correct (2 of 2 ready)').waitFor();
    await correction.getByRole('button', { name: 'Mark as sent…' }).click();
    await expect.poll(() => page.locator('dialog[open]').getByText('not ticked as ready').count()).toBe(0);
    await label(page.locator('dialog[open]'), 'Sent on').fill('2025-10-08');
    await label(page.locator('dialog[open]'), 'I have checked: every item asked for was sent in one response.').check();
    await page.locator('dialog[open]').getByRole('button', { name: 'Confirm: sent' }).click();
    await correction.getByText('The correction was sent on 2025-10-08').waitFor();
    expect(await correction.getAttribute('data-sent')).toBe('true');
    expect(await correction.locator('input[type="checkbox"]').first().isDisabled()).toBe(true);
    expect(await correction.getByRole('button', { name: 'Mark as sent…' }).count()).toBe(0);
    expect(await page.locator('[data-deadline="correction"]').getAttribute('data-state')).toBe('done');
    await markStep('acceptance-review', '2025-10-08');
  });

  it('goes through the interview to the result and the certificate', async () => {
    const outcome = panel('outcome');
    await enter(outcome, 'Interview date', '2025-11-03');
    await enter(outcome, 'Interview time', '09:30');
    await enter(outcome, 'Interview place', 'Meiyuan Road 77, room 301');
    await expect.poll(() => page.locator('[data-deadline="interview"]').textContent()).toContain('2025-11-03 at 09:30');
    await markStep('interview', '2025-11-03');
    await label(outcome, 'Result').selectOption('passed');
    await expect.poll(() => label(outcome, 'Result').inputValue()).toBe('passed');
    await enter(outcome, 'Result published on', '2025-11-20');
    await markStep('result-notice', '2025-11-20');
    await enter(outcome, 'Certificate issued on', '2025-12-05');
    await markStep('electronic-certificate', '2025-12-05');
    await page.locator('.next-up').getByText('Nothing dated is pending.').waitFor();
    // Every change is on the timeline, the correction among them.
    await page.locator('.timeline li[data-kind="correction-sent"]').getByText('Sent on 2025-10-08; 2 of 2 items ready').waitFor();
    expect(await page.locator('.timeline li').count()).toBeGreaterThan(25);
  });

  it('downloads the .ics file: ical.js reads the right dates and the stable UIDs', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to calendar (.ics)' }).click()]);
    expect(download.suggestedFilename()).toBe('deadlines_Maria_Keller.ics');
    const path = join(dir.path, 'download.ics');
    await download.saveAs(path);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(path, 'utf8')));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const events = new Map(calendar.getAllSubcomponents('vevent').map((component) => [String(component.getFirstPropertyValue('uid')), new ICAL.Event(component)]));
    const uid = (deadline: string) => eventUid(`${applicantId}\u0000${deadline}`);
    expect(events.get(uid('materials-submission'))?.startDate.toString()).toBe('2025-09-19');
    expect(events.get(uid('public-notice/period'))?.startDate.toString()).toBe('2025-09-08');
    expect(events.get(uid('correction'))?.startDate.toString()).toBe('2025-10-10');
    expect(events.get(uid('interview'))?.startDate.toJSDate().toISOString()).toBe('2025-11-03T01:30:00.000Z');
    // Who, then what; done said once, no brackets nested in a title.
    expect(events.get(uid('interview'))?.summary).toBe('Done: Maria Keller: Interview');
  });

  it('the reminders, the badges and the dashboard change as the days pass', async () => {
    const other = await api<{ id: string }>('applicants.create', { nameZh: '李娜', nameLatin: 'Li Na' });
    otherId = other.id;
    await applyFor(otherId, '2025-09-15');

    // 2025-08-20: Li Na's verification (2025-08-31) is 11 days away: nothing to remind.
    await open('#/applicants', '2025-08-20');
    await page.locator('.applicant').nth(1).waitFor();
    expect(await page.locator('.reminders').count()).toBe(0);
    // "Due soon" is a setting: within 14 days, the verification is due soon already.
    await open('#/employer', '2025-08-20');
    await label(page, 'A deadline is “due soon” within').selectOption('14');
    await page.locator('.reminders li[data-state="due-soon"]').waitFor();
    await label(page, 'A deadline is “due soon” within').selectOption('7');
    await expect.poll(() => page.locator('.reminders').count()).toBe(0);

    // 2025-08-25: six days left, due soon.
    await open('#/applicants', '2025-08-25');
    const reminders = page.locator('.reminders');
    await reminders.waitFor();
    expect(await reminders.locator('li').first().getAttribute('data-state')).toBe('due-soon');
    await reminders.getByText('Certificate verification').waitFor();
    await page.locator('.applicant', { hasText: 'Li Na' }).locator('[data-due="due-soon"]').waitFor();

    // 2025-09-01: overdue; the dashboard puts Li Na first, Maria (all done) last.
    await open('#/employer', '2025-09-01');
    await page.locator('table.dashboard tbody tr').nth(1).waitFor();
    const rows = page.locator('table.dashboard tbody tr');
    expect(await rows.first().getAttribute('data-applicant')).toBe(otherId);
    expect(await rows.first().getAttribute('data-next-state')).toBe('overdue');
    expect(await rows.last().getAttribute('data-next-state')).toBe('none');
    expect(await page.locator('.reminders li').first().getAttribute('data-state')).toBe('overdue');

    // Dismissed for the session: it stays away on the next screen.
    await page.locator('.reminders').getByRole('button', { name: 'Hide for now' }).click();
    await page.getByRole('link', { name: 'Applicants', exact: true }).click();
    await page.locator('.applicant').first().waitFor();
    expect(await page.locator('.reminders').count()).toBe(0);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  it('the public-notice step links to the notice and to the record of its result, in both languages', async () => {
    // The notice names the applicant and the employer: the profile is now complete (last test, so that the
    // Chinese name does not change the names the earlier steps look for).
    const stored = await api<{ profile: { person: Record<string, unknown> }; revision: number }>('profile.get', { applicantId });
    await api('profile.save', { applicantId, profile: { ...stored.profile, person: { ...sampleProfile().person, nameLatin: 'Maria Keller', nameZh: '玛丽亚·凯勒' } }, baseRevision: stored.revision });
    await open(`#/applicants/${applicantId}/tracker`, '2025-09-12');
    const documents = step('public-notice').locator('[data-notice-documents]');
    const [pdf] = await Promise.all([page.waitForEvent('download'), documents.getByRole('button', { name: 'Download the record of the result (PDF)' }).click()]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    const pdfPath = join(dir.path, 'record.pdf');
    await pdf.saveAs(pdfPath);
    // The record is Chinese whatever the interface: its title, the period on the working calendar, the seal line.
    const text = pageTexts(readFileSync(pdfPath)).join('\n');
    expect(text).toContain('公示情况说明');
    expect(text).toContain('2025年9月8日');
    // In the Chinese interface, the Word version; the document is the same Chinese sheet.
    await page.locator('.language-switch button[lang^="zh"]').click();
    await page.waitForFunction(() => document.documentElement.lang.startsWith('zh'));
    const [docx] = await Promise.all([page.waitForEvent('download'), documents.getByRole('button', { name: '下载公示情况说明 Word' }).click()]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    const docxPath = join(dir.path, 'record.docx');
    await docx.saveAs(docxPath);
    const xml = strFromU8(unzipSync(readFileSync(docxPath))['word/document.xml']!);
    expect(xml).toContain('公示情况说明');
    await documents.getByRole('button', { name: '下载公示 PDF' }).waitFor();
    await page.locator('.language-switch button[lang^="en"]').click();
    await page.waitForFunction(() => document.documentElement.lang.startsWith('en'));
    await documents.getByRole('button', { name: 'Download the record of the result (Word)' }).waitFor();
  });
});
