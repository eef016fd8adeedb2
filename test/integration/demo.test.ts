// `npm run demo -- --out DIR`, the newcomer's first look at TitlePrep: the files it promises are written
// whole (PDFs that poppler reads, .docx files that are zips with a Word body), the packet has the pages its
// parts add up to, nothing half-written or temporary is left behind, and a wrong call fails with a message.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countWords } from '../../shared/text/wordcount';
import { type DemoResult, runDemo } from '../../scripts/demo/run';
import { makeTempDir } from '../support/tempDir';
import { POPPLER, pageTexts, pdfInfo } from '../support/pdfInspect';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const PROMISED = ['packet.pdf', 'summary.docx', 'form.docx', 'public-notice.pdf', 'summary-bilingual.pdf', 'deadlines.ics'];

let out: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  out = makeTempDir('titleprep-demo-out-');
});
afterEach(() => out.remove());

function checkFiles(result: DemoResult, dir: string): void {
  const names = result.files.map((file) => file.name);
  for (const name of PROMISED) expect(names).toContain(name);
  expect(readdirSync(dir).sort()).toEqual([...names].sort());
  for (const file of result.files) {
    const bytes = readFileSync(join(dir, file.name));
    expect(bytes.length).toBe(file.bytes);
    if (file.name.endsWith('.pdf')) {
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      if (POPPLER) expect(Number(pdfInfo(bytes).Pages)).toBe(file.pages);
    } else if (file.name.endsWith('.ics')) {
      // A calendar a parser reads, with the demo's deadlines as events (the tracker's tests check the dates).
      const calendar = new ICAL.Component(ICAL.parse(bytes.toString('utf8')));
      expect(calendar.getAllSubcomponents('vevent').length).toBeGreaterThan(0);
    } else {
      const entries = unzipSync(bytes);
      expect(Object.keys(entries)).toContain('word/document.xml');
      expect(Buffer.from(entries['word/document.xml']!).toString('utf8')).toContain('演示');
    }
  }
}

describe('the demo', () => {
  it('writes the packet, the summary, the form and the public notice of a fictional applicant', async () => {
    const result = await runDemo({ outDir: out.path, now: () => new Date('2026-02-24T02:00:00Z') });
    checkFiles(result, out.path);
    expect(result.applicant).toBe('演示申请人（虚构）');
    expect(result.summaryWords).toBeGreaterThanOrEqual(3_000);
    expect(result.summaryWords).toBeLessThanOrEqual(3_400);
    expect(existsSync(result.dataDirectory)).toBe(false);

    // The packet, duplex-safe: a cover, three copies of (form + summary), the notice and its result record
    // once, each run of pages filled to a whole sheet but the last.
    const pages = (name: string) => result.files.find((file) => file.name === name)!.pages!;
    const sheet = (count: number) => count + (count % 2);
    const perCopy = pages('form-draft.pdf') + pages('summary.pdf');
    const cover = pages('packet.pdf') - 3 * sheet(perCopy) - sheet(pages('public-notice.pdf')) - pages('notice-record.pdf');
    expect(cover).toBeGreaterThanOrEqual(1);
    expect(cover).toBeLessThanOrEqual(2);
    if (POPPLER) {
      const text = pageTexts(readFileSync(join(out.path, 'packet.pdf'))).join('\n');
      expect(text).toContain('第3份/共3份');
      expect(text).toContain('虚构');
      expect(countWords(text).hanChars).toBeGreaterThan(3 * 3_000);
      // The summary is written from English: its review copy has both sides and says it is not for submission;
      // the summary and the packet handed in are Chinese only.
      const review = pageTexts(readFileSync(join(out.path, 'summary-bilingual.pdf'))).join('\n');
      expect(review).toContain('供核对，不作申报材料 / for checking, not for submission');
      expect(review).toContain('1. Background and professional');
      expect(pageTexts(readFileSync(join(out.path, 'summary.pdf'))).join('\n')).not.toContain('Background and professional');
      expect(text).not.toContain('Background and professional');
    }
  }, 120_000);

  it('with --lang en the documents handed in are still Chinese: copy labels, page numbers, notice', async () => {
    const result = await runDemo({ outDir: out.path, language: 'en', now: () => new Date('2026-02-24T02:00:00Z') });
    checkFiles(result, out.path);
    if (!POPPLER) return;
    const texts = pageTexts(readFileSync(join(out.path, 'packet.pdf')));
    const firstCopy = texts.findIndex((text) => text.replace(/\s+/g, '').includes('第1份/共3份'));
    expect(firstCopy).toBeGreaterThan(0);
    const handedIn = texts.slice(firstCopy).join('\n');
    expect(handedIn).not.toMatch(/Copy \d|Page \d|Applicant:|Public notice/);
    for (const name of ['summary.pdf', 'public-notice.pdf', 'notice-record.pdf', 'form-draft.pdf']) {
      expect(pageTexts(readFileSync(join(out.path, name))).join('\n'), name).not.toMatch(/Page \d|Applicant:|Draft prepared/);
    }
  }, 120_000);

  it('runs as `npm run demo -- --out DIR`, lists what it wrote, and leaves no partial file', async () => {
    const { stdout } = await run(TSX, ['scripts/demo.ts', '--out', out.path], { cwd: ROOT, timeout: 120_000 });
    for (const name of PROMISED) expect(stdout).toMatch(new RegExp(`${name.replace('.', '\\.')}\\s+\\d+ KB`));
    expect(stdout).toContain('fictional');
    expect(readdirSync(out.path).some((name) => name.endsWith('.partial'))).toBe(false);
    expect(readdirSync(out.path)).toEqual(expect.arrayContaining(PROMISED));
  }, 180_000);

  it('fails with a usage message, and exit code 1, without --out', async () => {
    const failure = await run(TSX, ['scripts/demo.ts'], { cwd: ROOT, timeout: 60_000 }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('--out DIR is required');
  }, 60_000);
});
