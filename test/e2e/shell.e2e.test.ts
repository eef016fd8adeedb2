// Browser mode in Chromium: the app loads with no console error, asks nothing beyond loopback, and its
// CSP refuses injected inline script. Skipped, saying why, when Chromium is not installed.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/tempDir';
import { type PageWatch, type RunningApp, browserSkipReason, launchBrowser, startApp, waitUntilReady, watchPage } from './harness';

const skipReason = browserSkipReason('the browser-mode shell end-to-end test');

describe.skipIf(skipReason !== null)('app shell in browser mode', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    dir = makeTempDir('titleprep-e2e-');
    app = await startApp(dir.path);
    browser = await launchBrowser();
    page = await browser.newPage({ locale: 'zh-CN' });
    watch = watchPage(page, app.origin);
    await page.goto(app.url);
    await waitUntilReady(page);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    dir?.remove();
  });

  it('loads with no console error and no request beyond loopback', () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  it('removes the token from the visible address', () => {
    expect(page.url()).not.toContain('token=');
  });

  it('follows a Chinese system locale on first start', async () => {
    expect(await page.getAttribute('html', 'lang')).toMatch(/^zh/);
  });

  it('refuses to run an injected inline script (CSP)', async () => {
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
  });

  it('the API refuses a call without the token', async () => {
    const status = await page.evaluate(async () => (await fetch('/api/applicants.list', { method: 'POST', body: '{}' })).status);
    expect(status).toBe(401);
  });
});
