// Throwaway: screenshots of the changed screens (not committed).
import { chromium } from 'playwright-core';
import { startApp, waitUntilReady } from './test/support/harness';
import { api, applicantWithProgramme } from './test/support/summaryPages';
import { makeTempDir } from './test/support/tempDir';

const dir = makeTempDir('wt12c-shots-');
const app = await startApp(dir.path);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
try {
  const id = await applicantWithProgramme(app, 'shanghai-c-r3', 'intermediate');
  await api(app, 'tracker.updateCase', { applicantId: id, patch: { noticePostedOn: '2025-09-15' } });
  for (const locale of ['zh-CN', 'en-GB']) {
    const page = await browser.newPage({ locale, viewport: { width: 1100, height: 900 } });
    const tag = locale.slice(0, 2);
    await page.goto(`${app.url}#/applicants/${id}/form`);
    await waitUntilReady(page);
    await page.locator('#registration, [data-section="registration"]').first().waitFor().catch(() => undefined);
    await page.waitForTimeout(800);
    const reg = page.locator('.committee').first();
    await reg.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/wt12c-shots/form-registration-${tag}.png` });
    await page.locator('[data-one-fact="notice-start"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/wt12c-shots/form-notice-${tag}.png` });
    await page.goto(`${app.url}#/employer/${id}`);
    await waitUntilReady(page);
    await page.waitForTimeout(800);
    await page.locator('[data-panel="notice"]').scrollIntoViewIfNeeded();
    await page.locator('[data-panel="notice"]').screenshot({ path: `/tmp/wt12c-shots/employer-notice-${tag}.png` });
    await page.close();
  }
} finally {
  await browser.close();
  await app.stop();
  dir.remove();
}
