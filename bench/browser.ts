// The applicant list as a person sees it: from the click that opens it to the 200th row on screen
// (API call and render), measured inside Chromium against the real app in browser mode. The baseline is
// the same navigation with no applicants. Skipped, saying why, without Chromium or a build.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type RunningApp, chromiumAvailable, launchBrowser, startApp } from '../test/support/harness';
import { makeTempDir } from '../test/support/tempDir';
import { type Timing, report } from './measure';

/** Runs in the page: leave the list for a profile, come back, time until `rows` rows are painted. */
const OPEN_LIST = `async ({ rows, away }) => {
  location.hash = away;
  await new Promise((resolve) => setTimeout(resolve, 50));
  const start = performance.now();
  location.hash = '#/applicants';
  await new Promise((resolve) => {
    const check = () => (document.querySelectorAll('li.applicant').length === rows ? requestAnimationFrame(resolve) : requestAnimationFrame(check));
    check();
  });
  return performance.now() - start;
}`;

async function timeList(page: Page, rows: number, away: string, runs: number): Promise<Timing> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    times.push(await page.evaluate(`(${OPEN_LIST})(${JSON.stringify({ rows, away })})`));
  }
  times.sort((a, b) => a - b);
  const at = (fraction: number) => times[Math.min(times.length - 1, Math.floor(times.length * fraction))] ?? Number.NaN;
  return { runs, p50: at(0.5), p95: at(0.95), max: times[times.length - 1] ?? Number.NaN };
}

async function openApp(app: RunningApp, applicants: number): Promise<{ away: string }> {
  const token = new URL(app.url).searchParams.get('token') ?? '';
  let firstId = '';
  for (let index = 0; index < applicants; index += 1) {
    const response = await fetch(`${app.origin}/api/applicants.create`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({ nameZh: `申请人${index}`, nameLatin: `APPLICANT ${index}` }),
    });
    const reply = (await response.json()) as { value?: { id: string } };
    if (index === 0) firstId = reply.value?.id ?? '';
  }
  return { away: firstId ? `#/applicants/${firstId}/profile` : '#/nowhere' };
}

export async function benchBrowser(): Promise<void> {
  console.log('\nBrowser mode (Chromium, real renderer and backend)');
  if (!chromiumAvailable() || !existsSync(join(import.meta.dirname, '..', 'out', 'renderer', 'index.html'))) {
    console.log('  skipped: needs /usr/bin/chromium and a build (npm run build)');
    return;
  }
  const browser = await launchBrowser();
  const rows: { name: string; timing: Timing; goal?: string }[] = [];
  try {
    for (const count of [1, 200]) {
      const dir = makeTempDir('titleprep-bench-browser-');
      const app = await startApp(dir.path);
      try {
        const { away } = await openApp(app, count);
        const page = await browser.newPage();
        await page.goto(app.url);
        await page.waitForSelector('body[data-ready="true"]');
        await timeList(page, count, away, 3); // warm-up
        const timing = await timeList(page, count, away, 20);
        rows.push(
          count === 1
            ? { name: 'baseline: open the applicant list, 1 applicant', timing }
            : { name: 'open the applicant list, 200 applicants', timing, goal: '≤ 50 ms' },
        );
      } finally {
        await app.stop();
        dir.remove();
      }
    }
  } finally {
    await browser.close();
  }
  report(rows);
}
