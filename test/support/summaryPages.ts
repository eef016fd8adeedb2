// Helpers for the summary end-to-end test and the typing benchmark: set up an applicant with a programme
// through the API (as the UI would), and open the summary page.
import type { Page } from 'playwright-core';
import type { RunningApp } from './harness';

export async function api<T = unknown>(app: RunningApp, channel: string, payload: unknown): Promise<T> {
  const token = new URL(app.url).searchParams.get('token') ?? '';
  const response = await fetch(`${app.origin}/api/${channel}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: JSON.stringify(payload) });
  const reply = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
  if (!reply.ok) throw new Error(`${channel} failed: ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}

/** An applicant applying for `programmeId`, with `targetLevel` chosen or not. */
export async function applicantWithProgramme(app: RunningApp, programmeId: string, targetLevel: string | null): Promise<string> {
  const { id } = await api<{ id: string }>(app, 'applicants.create', { nameZh: '李明', nameLatin: 'LI Ming' });
  await api(app, 'application.save', {
    applicantId: id,
    application: { programmeId, series: null, earlierRounds: [], countOverseas: true, catalogueLevel: null, targetLevel },
  });
  return id;
}

export const summaryUrl = (app: RunningApp, applicantId: string) => `${app.url}#/applicants/${applicantId}/summary`;

export async function openSummary(page: Page, app: RunningApp, applicantId: string): Promise<void> {
  await page.goto(summaryUrl(app, applicantId));
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
}
