// Accessible to everyone (issue 12): every route in both languages has no serious or critical WCAG 2 A/AA
// violation that axe-core finds; dialogs keep their buttons inside at every width from 1024 px; a notice
// already shown follows a change of language; and the whole path (create an applicant → profile → summary
// → form → print) works with the keyboard alone, the focus visible at every stop.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/accessibility';
import { sampleProfile } from '../support/profiles';
import { api } from '../support/summaryPages';
import { makeTempDir } from '../support/tempDir';
import { type RunningApp, browserSkipReason, launchBrowser, startApp, waitUntilReady } from './harness';

const skipReason = browserSkipReason('the accessibility end-to-end test');

const ROUTES = (id: string) => [
  'applicants',
  `applicants/${id}/profile`,
  `applicants/${id}/eligibility`,
  `applicants/${id}/summary`,
  `applicants/${id}/form`,
  `applicants/${id}/print`,
  `applicants/${id}/tracker`,
  `applicants/${id}/materials`,
  'programmes',
  'calendar',
  'backups',
  'employer',
  `employer/${id}`,
];

async function chooseLanguage(page: Page, app: RunningApp, language: 'zh' | 'en'): Promise<void> {
  await page.goto(`${app.url}#/applicants`);
  await waitUntilReady(page);
  await page.locator(`.language-switch button[lang^="${language}"]`).click();
  await page.waitForFunction((wanted) => document.documentElement.lang.startsWith(wanted), language);
}

async function open(page: Page, app: RunningApp, route: string): Promise<void> {
  await page.goto(`${app.origin}/#/${route}`);
  await waitUntilReady(page);
}

/**
 * The focused element: whether it is the one wanted (a CSS selector, or `label=` and the start of its
 * label's text), and whether its focus is drawn (an outline or a shadow).
 */
async function focusState(page: Page, selector: string) {
  return page.evaluate((wanted) => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return { matches: false, visible: false, what: 'body' };
    const style = getComputedStyle(element);
    const outlined = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    const labels = 'labels' in element ? [...((element as HTMLInputElement).labels ?? [])] : [];
    const matches = wanted.startsWith('label=')
      ? labels.some((label) => (label.textContent ?? '').trim().startsWith(wanted.slice('label='.length)))
      : element.matches(wanted);
    return {
      matches,
      visible: element.matches(':focus-visible') && (outlined || style.boxShadow !== 'none'),
      what: element.outerHTML.slice(0, 120),
    };
  }, selector);
}

/** Presses Tab (or Shift+Tab) until the focus is on `selector`; every stop on the way shows its focus. */
async function tabTo(page: Page, selector: string, { backwards = false, limit = 160 } = {}): Promise<void> {
  const invisible: string[] = [];
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const state = await focusState(page, selector);
    if (state.what !== 'body' && !state.visible) invisible.push(state.what);
    if (state.matches) {
      expect(invisible).toEqual([]);
      return;
    }
  }
  throw new Error(`The keyboard never reached ${selector}`);
}

/** A closed <select> takes arrow keys: step up or down to `value`, one option at a time. */
async function chooseWithArrows(page: Page, selector: string, value: string): Promise<void> {
  const select = page.locator(selector);
  const values = await select.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  for (let press = 0; press < values.length * 2 && (await select.inputValue()) !== value; press += 1) {
    const here = values.indexOf(await select.inputValue());
    await page.keyboard.press(values.indexOf(value) > here ? 'ArrowDown' : 'ArrowUp');
  }
  expect(await select.inputValue()).toBe(value);
}

describe.skipIf(skipReason !== null)('accessibility in browser mode', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let applicantId: string;

  beforeAll(async () => {
    dir = makeTempDir('titleprep-e2e-a11y-');
    app = await startApp(dir.path);
    browser = await launchBrowser();
    ({ id: applicantId } = await api<{ id: string }>(app, 'applicants.create', { nameZh: '张伟', nameLatin: 'ZHANG WEI' }));
    await api(app, 'profile.save', { applicantId, profile: sampleProfile(), baseRevision: 0 });
    await api(app, 'application.save', {
      applicantId,
      application: { programmeId: 'shanghai-c-r3', series: null, earlierRounds: [], countOverseas: true, catalogueLevel: null, targetLevel: 'intermediate' },
    });
    await api(app, 'backups.create', {});
    page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1024, height: 800 } });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    dir?.remove();
  });

  it.each(['zh', 'en'] as const)('every route in %s has no serious or critical WCAG 2 A/AA violation (axe-core)', async (language) => {
    await chooseLanguage(page, app, language);
    const found: Record<string, unknown> = {};
    for (const route of ROUTES(applicantId)) {
      await open(page, app, route);
      const violations = await seriousViolations(page);
      if (violations.length > 0) found[route] = violations;
    }
    expect(found).toEqual({});
  });

  it.each([
    ['en', 1024],
    ['en', 1440],
    ['zh', 1024],
  ] as const)('the restore dialog (%s, %i px wide) keeps its buttons inside, and passes axe', async (language, width) => {
    await page.setViewportSize({ width, height: 800 });
    await chooseLanguage(page, app, language);
    await open(page, app, 'backups');
    await page.locator('.backups-page tbody button, .backup-list button').filter({ hasText: language === 'zh' ? '恢复' : 'Restore' }).first().click();
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    for (const button of await dialog.getByRole('button').all()) {
      const inner = (await button.boundingBox())!;
      expect(inner.x).toBeGreaterThanOrEqual(box.x);
      expect(inner.x + inner.width).toBeLessThanOrEqual(box.x + box.width);
      expect(inner.y + inner.height).toBeLessThanOrEqual(box.y + box.height);
    }
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.setViewportSize({ width: 1024, height: 800 });
  });

  it('a notice already shown is re-rendered in the new language', async () => {
    await chooseLanguage(page, app, 'en');
    await page.getByLabel('Name as in passport', { exact: true }).fill('Lena Vogel');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const toast = page.locator('.toast-message').filter({ hasText: 'Lena Vogel' });
    await toast.waitFor();
    const english = await toast.textContent();
    await page.locator('.language-switch button[lang^="zh"]').click();
    await page.waitForFunction(() => document.documentElement.lang.startsWith('zh'));
    const chinese = await page.locator('.toast-message').filter({ hasText: 'Lena Vogel' }).textContent();
    expect(chinese).not.toBe(english);
    expect(chinese).toMatch(/[\u4e00-\u9fff]/);
  });

  it('the whole path, create an applicant → profile → summary → form → print, works with the keyboard alone', async () => {
    await chooseLanguage(page, app, 'en');
    await page.locator('h1').focus();

    // Create an applicant: the name, then Enter.
    await tabTo(page, 'label=Name as in passport');
    await page.keyboard.type('Anna Schmidt');
    await page.keyboard.press('Enter');
    await page.locator('.toast-message').filter({ hasText: 'Anna Schmidt' }).waitFor();

    // Open the profile and type into it.
    await tabTo(page, 'a[aria-label="Edit profile: Anna Schmidt"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.profile-form');
    await tabTo(page, 'label=Nationality (region)');
    await page.keyboard.type('Germany');

    // The programme, on the eligibility page.
    await tabTo(page, '.applicant-nav a[href$="/eligibility"]', { backwards: true });
    await page.keyboard.press('Enter');
    await page.waitForSelector('#application-programme');
    await tabTo(page, '#application-programme');
    await chooseWithArrows(page, '#application-programme', 'shanghai-c-r3');

    // The summary: the level, then text.
    await tabTo(page, '.applicant-nav a[href$="/summary"]', { backwards: true });
    await page.keyboard.press('Enter');
    await page.waitForSelector('#summary-level');
    await tabTo(page, '#summary-level');
    await chooseWithArrows(page, '#summary-level', 'intermediate');
    await tabTo(page, '.level-chooser button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.summary-editor-content');
    await tabTo(page, '.summary-editor-content');
    await page.keyboard.press('Control+End');
    await page.keyboard.type('本人负责信号系统设计。');
    await page.waitForSelector('.summary-toolbar [data-save-state="saved"]', { timeout: 10_000 });

    // The form.
    await tabTo(page, '.applicant-nav a[href$="/form"]', { backwards: true });
    await page.keyboard.press('Enter');
    await page.waitForSelector('.form-section');

    // Print: the packet button answers (a packet, or the list of what is still missing, with links).
    await tabTo(page, '.applicant-nav a[href$="/print"]', { backwards: true });
    await page.keyboard.press('Enter');
    await page.waitForSelector('.print-buttons');
    await tabTo(page, '.print-buttons .button-primary');
    await page.keyboard.press('Enter');
    await page.getByTestId('print-outcome').waitFor({ timeout: 60_000 });
  });
});
