// The Word files as a Chinese office opens them, approximated by LibreOffice Writer (.ci/run installs
// libreoffice-writer-nogui): the demo's form, public notice, result record and work summary are converted to
// PDF in one soffice call, then each must have the PDF's page count ±1 (issue 10: "the same page count as
// the PDF"), show its Chinese text, and carry ink on every page (a page that rendered blank or lost its
// glyphs fails). Skipped, saying why, where soffice is not installed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Backend, openBackend } from '../../electron/backend';
import { demoCaller, seedDemoApplicant } from '../../scripts/demo/run';
import { makeTempDir } from '../support/tempDir';
import { value } from '../support/result';
import { POPPLER, inkRatio, pageTexts, pdfInfo, renderPages } from '../support/pdfInspect';

function sofficeVersion(): string | null {
  try {
    return execFileSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 }).trim();
  } catch {
    return null;
  }
}
const SOFFICE = sofficeVersion();
const SKIP = SOFFICE === null ? 'soffice (LibreOffice Writer) is not installed: install libreoffice-writer-nogui to check the .docx files' : !POPPLER ? 'poppler-utils missing' : null;
if (SKIP) console.warn(`docx-libreoffice: skipped: ${SKIP}.`);

interface Pair {
  name: string;
  docx: { contentBase64: string };
  pdf: { contentBase64: string; pages: number };
  /** Words the converted document must show. */
  shows: string[];
}

let dir: ReturnType<typeof makeTempDir>;
let backend: Backend;
let pairs: Pair[];
let converted: Map<string, Buffer>;

describe.skipIf(SKIP !== null)('the .docx files opened in LibreOffice', { timeout: 300_000 }, () => {
  beforeAll(async () => {
    dir = makeTempDir('titleprep-docx-lo-');
    backend = openBackend({ dataDirectory: join(dir.path, 'data'), transport: 'browser', appVersion: 'test', now: () => new Date('2026-02-24T02:00:00Z'), log: () => undefined });
    const call = demoCaller(backend);
    const { applicantId } = await seedDemoApplicant(call);
    const request = { applicantId, language: 'zh' as const, onMissing: 'refuse' as const };
    const exported = { applicantId, programmeId: 'shanghai-c-r3', language: 'zh' as const };
    pairs = [
      { name: 'form', docx: value(await backend.invoke('print.formDocx', request)), pdf: value(await backend.invoke('print.formDraftPdf', request)), shows: ['考核认定表', '所在单位核实意见', '单位（盖章）'] },
      { name: 'notice', docx: value(await backend.invoke('print.publicNoticeDocx', request)), pdf: value(await backend.invoke('print.publicNoticePdf', request)), shows: ['申报材料公示', '主要业绩成果'] },
      { name: 'record', docx: value(await backend.invoke('print.noticeRecordDocx', request)), pdf: value(await backend.invoke('print.noticeRecordPdf', request)), shows: ['公示情况说明', '异议处理情况'] },
      { name: 'summary', docx: value(await backend.invoke('documents.exportSummaryDocx', exported)), pdf: value(await backend.invoke('documents.exportSummaryPdf', exported)), shows: ['专业技术工作总结', '本人签名'] },
    ];
    const input = join(dir.path, 'docx');
    const output = join(dir.path, 'pdf');
    mkdirSync(input);
    for (const pair of pairs) writeFileSync(join(input, `${pair.name}.docx`), Buffer.from(pair.docx.contentBase64, 'base64'));
    // One soffice start for all four files, with a profile of its own (a shared one may be locked).
    execFileSync('soffice', [
      `-env:UserInstallation=file://${join(dir.path, 'profile')}`,
      '--headless', '--convert-to', 'pdf', '--outdir', output,
      ...pairs.map((pair) => join(input, `${pair.name}.docx`)),
    ], { stdio: 'ignore', timeout: 240_000 });
    converted = new Map(pairs.map((pair) => [pair.name, readFileSync(join(output, `${pair.name}.pdf`))]));
  }, 300_000);
  afterAll(() => {
    backend?.close();
    dir?.remove();
  });

  it('has the page count of the PDF TitlePrep makes, within one page', () => {
    for (const pair of pairs) {
      const pages = Number(pdfInfo(converted.get(pair.name)!).Pages);
      expect(Math.abs(pages - pair.pdf.pages), `${pair.name}: LibreOffice ${pages} pages, PDF ${pair.pdf.pages}`).toBeLessThanOrEqual(1);
    }
  });

  it('is A4 and shows its Chinese text', () => {
    for (const pair of pairs) {
      const bytes = converted.get(pair.name)!;
      expect(pdfInfo(bytes)['Page size'], pair.name).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
      const text = pageTexts(bytes).join('').replace(/\s+/g, '');
      for (const word of pair.shows) expect(text, `${pair.name} shows ${word}`).toContain(word);
    }
  });

  it('carries ink on every page: no page rendered blank', () => {
    for (const pair of pairs) {
      for (const [index, page] of renderPages(converted.get(pair.name)!, { dpi: 30, gray: true }).entries()) {
        expect(inkRatio(page), `${pair.name} page ${index + 1}`).toBeGreaterThan(0.002);
      }
    }
  });
});
