// Browser mode in Chromium, as an attacker who got markup into the page would try: the CSP refuses injected
// inline script in every form (a <script> element, an event-handler attribute, a javascript: link, eval,
// a srcdoc frame) and a script from another origin; and walking every page the app links to makes no
// request that leaves loopback. Skipped, saying why, when Chromium is not installed.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/tempDir';
import { type RequestWatch, type RunningApp, browserSkipReason, isLoopbackUrl, launchBrowser, startApp, waitUntilReady, watchRequests } from './harness';

const skipReason = browserSkipReason('the browser-mode security end-to-end test');

/** Calls the API from the test as the page would, with the token of the start URL. */
async function api(app: RunningApp, channel: string, payload: unknown): Promise<unknown> {
  const token = new URL(app.url).searchParams.get('token') ?? '';
  const response = await fetch(`${app.origin}/api/${channel}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  const result = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Violations the page reported since the last call, as "directive blocked-uri". */
async function takeViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const store = window as unknown as { __violations?: string[] };
    const taken = store.__violations ?? [];
    store.__violations = [];
    return taken;
  });
}

describe.skipIf(skipReason !== null)('security in browser mode', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let watch: RequestWatch;

  beforeAll(async () => {
    dir = makeTempDir('titleprep-e2e-');
    app = await startApp(dir.path);
    // An applicant, chosen, so that every per-applicant page is linked from the shell.
    const applicant = (await api(app, 'applicants.create', { nameZh: '张伟', nameLatin: 'ZHANG WEI' })) as { id: string };
    await api(app, 'settings.update', { currentApplicantId: applicant.id });
    browser = await launchBrowser();
    page = await browser.newPage({ locale: 'zh-CN' });
    watch = watchRequests(page, app.origin);
    // Recorded from the first script on, before the app's own code runs.
    await page.addInitScript(() => {
      const store = window as unknown as { __violations?: string[] };
      store.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) => store.__violations?.push(`${event.effectiveDirective} ${event.blockedURI}`));
    });
    await page.goto(app.url);
    await waitUntilReady(page);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    dir?.remove();
  });

  describe('no request leaves loopback', () => {
    it('the watcher tells loopback from elsewhere', () => {
      expect(['http://127.0.0.1:4000/a', 'http://localhost/', 'ws://[::1]:9/', 'data:,x', 'blob:http://127.0.0.1/x'].every(isLoopbackUrl)).toBe(true);
      expect(['https://example.com/', 'http://127.0.0.1.nip.io/', 'http://10.0.0.1/', 'http://[::ffff:7f00:1]/', 'not a url'].some(isLoopbackUrl)).toBe(false);
    });

    it('walking every page the app links to', async () => {
      const visited = new Set<string>();
      const queue = ['#/applicants'];
      while (queue.length > 0 && visited.size < 40) {
        const hash = queue.shift() as string;
        if (visited.has(hash)) continue;
        visited.add(hash);
        await page.evaluate((target) => {
          window.location.hash = target;
        }, hash);
        await page.waitForFunction((target) => window.location.hash === target, hash);
        await watch.idle();
        const links = await page.$$eval('a[href^="#/"]', (anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
        for (const link of links) if (!visited.has(link) && !link.includes('?')) queue.push(link);
      }
      // The shell links at least the list, the programmes, the calendar and the applicant's own pages.
      expect(visited.size).toBeGreaterThanOrEqual(6);
      expect(watch.leavingLoopback()).toEqual([]);
      expect(watch.offOrigin()).toEqual([]);
      expect(await takeViolations(page)).toEqual([]);
    });
  });
  describe('the Content-Security-Policy', () => {
    it('the app itself breaks no rule of its policy', async () => {
      await page.evaluate(() => {
        window.location.hash = '#/applicants';
      });
      await watch.idle();
      // Not even zod's probe of `new Function`: renderer/src/zodConfig.ts turns it off.
      expect(await takeViolations(page)).toEqual([]);
    });

    it('refuses an injected inline <script> element', async () => {
      const ran = await page.evaluate(async () => {
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true';
        document.body.append(script);
        await new Promise((resolve) => setTimeout(resolve, 50));
        return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
      });
      expect(ran).toBe(false);
      expect(await takeViolations(page)).toContainEqual('script-src-elem inline');
    });

    it('refuses an event-handler attribute set through innerHTML', async () => {
      const ran = await page.evaluate(async () => {
        const holder = document.createElement('div');
        holder.innerHTML = '<img alt="" src="data:," onerror="window.__handlerRan = true">';
        document.body.append(holder);
        await new Promise((resolve) => setTimeout(resolve, 200));
        holder.remove();
        return (window as unknown as { __handlerRan?: boolean }).__handlerRan === true;
      });
      expect(ran).toBe(false);
      expect(await takeViolations(page)).toContainEqual('script-src-attr inline');
    });

    it('refuses a javascript: link', async () => {
      const ran = await page.evaluate(async () => {
        const link = document.createElement('a');
        link.href = 'javascript:window.__linkRan = true';
        link.textContent = 'x';
        document.body.append(link);
        link.click();
        await new Promise((resolve) => setTimeout(resolve, 200));
        link.remove();
        return (window as unknown as { __linkRan?: boolean }).__linkRan === true;
      });
      expect(ran).toBe(false);
      expect(await takeViolations(page)).toContainEqual('script-src-elem inline');
    });

    it('refuses eval and new Function', async () => {
      // Run from a timer, after page.evaluate has returned: DevTools lets code it evaluates itself use eval.
      await page.evaluate(() => {
        const store = window as unknown as { __evalOutcomes?: string[] };
        const attempt = (run: () => unknown) => {
          try {
            run();
            return 'ran';
          } catch (error) {
            return error instanceof Error ? error.name : 'threw';
          }
        };
        const indirectEval = globalThis.eval;
        setTimeout(() => {
          store.__evalOutcomes = [attempt(() => indirectEval('1 + 1')), attempt(() => new Function('return 1')())];
        }, 0);
      });
      await page.waitForFunction(() => (window as unknown as { __evalOutcomes?: string[] }).__evalOutcomes !== undefined);
      expect(await page.evaluate(() => (window as unknown as { __evalOutcomes?: string[] }).__evalOutcomes)).toEqual(['EvalError', 'EvalError']);
      expect(await takeViolations(page)).toContainEqual('script-src eval');
    });

    it('refuses a frame, even one written inline (srcdoc)', async () => {
      const ran = await page.evaluate(async () => {
        const frame = document.createElement('iframe');
        frame.srcdoc = '<script>parent.__frameRan = true</script>';
        document.body.append(frame);
        await new Promise((resolve) => setTimeout(resolve, 300));
        frame.remove();
        return (window as unknown as { __frameRan?: boolean }).__frameRan === true;
      });
      // The frame inherits the page's policy; its refusal is reported inside the frame.
      expect(ran).toBe(false);
    });

    it('refuses a script from another origin (127.0.0.2: loopback, so nothing could leave if it did not)', async () => {
      const evil = 'http://127.0.0.2:9/evil.js';
      const failure = page.waitForEvent('requestfailed', { predicate: (request) => request.url() === evil, timeout: 5_000 });
      const loaded = await page.evaluate(async (src) => {
        const script = document.createElement('script');
        script.src = src;
        const outcome = new Promise<string>((resolve) => {
          script.onload = () => resolve('loaded');
          script.onerror = () => resolve('refused');
        });
        document.body.append(script);
        return outcome;
      }, evil);
      expect(loaded).toBe('refused');
      expect(await takeViolations(page)).toContainEqual(`script-src-elem ${evil}`);
      // Chromium reports the attempt as a request, which its CSP check cancels before anything is sent.
      expect((await failure).failure()?.errorText).toMatch(/^csp$|BLOCKED_BY_CSP/);
    });
  });
});
