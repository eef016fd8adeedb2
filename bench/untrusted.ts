// Issue 15's figures: reading a file from outside in the parser process costs how much more than reading
// it in the backend's own process (the named baseline, same run, same files, interleaved): the demo .docx
// (a 3,200-字 summary as TitlePrep exports it) and an official PDF (the two-page form of the tests), the
// crossing alone, and the first file after the process's start. Then each hostile file of the tests: time,
// the parser process's peak memory, and this process's growth. Never fails on time.
import { openBackend } from '../electron/backend';
import { importSummary } from '../electron/backend/documents/import';
import { checkOfficialPdf } from '../electron/backend/print/officialPdf';
import { checkScanBytes } from '../electron/backend/untrusted/jobs';
import { nodeParserLauncher } from '../electron/backend/untrusted/nodeLauncher';
import { createParserProcess } from '../electron/backend/untrusted/parserProcess';
import type { Result } from '../shared/contract/result';
import { docxWithBomb, jpegDeclaring, pdfWithContentStreamBomb, pdfWithObjectStreamBomb, pngDeclaring } from '../test/support/hostileFiles';
import { officialPdf } from '../test/support/pdfFixtures';
import { makeTempDir } from '../test/support/tempDir';
import { sampleDocument } from '../test/unit/summary/sampleDocument';

const RUNS = 30;
/** Fresh parser processes, each for one first file. */
const COLD_RUNS = 5;
const GIGABYTE = 1024 * 1024 * 1024;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function demoDocx(): Promise<Buffer> {
  const dir = makeTempDir('titleprep-bench-untrusted-');
  const backend = openBackend({ dataDirectory: dir.path, transport: 'browser', appVersion: 'bench' });
  try {
    const created = (await backend.invoke('applicants.create', { nameZh: '张伟', nameLatin: '' })) as Result<{ id: string }>;
    if (!created.ok) throw new Error(created.error.message);
    const exported = (await backend.invoke('documents.exportSummaryDocx', { applicantId: created.value.id, programmeId: 'shanghai-c-r3', document: sampleDocument(3_200, 7) })) as Result<{ contentBase64: string }>;
    if (!exported.ok) throw new Error(exported.error.message);
    return Buffer.from(exported.value.contentBase64, 'base64');
  } finally {
    backend.close();
    dir.remove();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function elapsed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/**
 * The same file in the backend's process and in the parser process, one after the other, RUNS times: on a
 * loaded machine the load drifts, and pairs see the same load. The added time is the median of the pairs'
 * differences; the pure crossing (a scan's header, no reading to speak of) shows what the boundary costs.
 */
async function pairs(runs: number, inProcess: () => Promise<unknown>, separate: () => Promise<unknown>): Promise<{ inProcess: number; separate: number; added: number }> {
  const here: number[] = [];
  const there: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    here.push(await elapsed(inProcess));
    there.push(await elapsed(separate));
  }
  return { inProcess: median(here), separate: median(there), added: median(here.map((ms, index) => (there[index] ?? Number.NaN) - ms)) };
}

export async function benchUntrusted(): Promise<void> {
  const docx = await demoDocx();
  const pdf = await officialPdf();
  const header = pngDeclaring(10, 10, 0);

  // The first file after start: the app starts its parser process with the window (warmed at start), the
  // user's first file comes later. Against the warm in-process figure below, a strict baseline.
  const firstDocx: number[] = [];
  const firstPdf: number[] = [];
  const starts: number[] = [];
  for (let run = 0; run < COLD_RUNS; run += 1) {
    const fresh = createParserProcess(nodeParserLauncher());
    try {
      starts.push(await elapsed(() => fresh.whenReady()));
      firstDocx.push(await elapsed(() => fresh.run('summaryImport', { fileName: 'summary.docx', bytes: docx })));
      firstPdf.push(await elapsed(() => fresh.run('officialPdf', { bytes: pdf })));
    } finally {
      fresh.close();
    }
  }

  const parser = createParserProcess(nodeParserLauncher());
  try {
    await parser.whenReady();
    console.log(`\nFiles from outside: in the backend's process (baseline) and in the parser process, ${RUNS} interleaved pairs, medians (.docx ${(docx.length / 1024).toFixed(0)} KB, PDF ${(pdf.length / 1024).toFixed(0)} KB)`);
    const docxPairs = await pairs(RUNS, () => importSummary('summary.docx', docx), () => parser.run('summaryImport', { fileName: 'summary.docx', bytes: docx }));
    const pdfPairs = await pairs(RUNS, () => checkOfficialPdf(pdf), () => parser.run('officialPdf', { bytes: pdf }));
    const crossing = await pairs(RUNS, () => checkScanBytes(header), () => parser.run('scan', { bytes: header }));
    const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;
    for (const [name, figures] of [
      ['demo .docx', docxPairs],
      ['official PDF', pdfPairs],
      ['a scan header (the crossing alone)', crossing],
    ] as const) {
      console.log(`  ${name.padEnd(36)} in process ${ms(figures.inProcess)}  parser process ${ms(figures.separate)}  added ${ms(figures.added)}  goal: added ≤ 100 ms`);
    }
    console.log(`  parser process start (loading and warming its readers), median of ${COLD_RUNS}: ${ms(median(starts))}`);
    console.log(`  first .docx after the start: ${ms(median(firstDocx))} (added to a warm in-process import: ${ms(median(firstDocx) - docxPairs.inProcess)}); first PDF: ${ms(median(firstPdf))}`);

    console.log('\nHostile files in the parser process (each refused; memory: the parser process at its peak, and this process)');
    const hostile: [string, 'summaryImport' | 'officialPdf' | 'scan', () => Buffer][] = [
      ['.docx, 1 GB bomb in word/document.xml', 'summaryImport', () => docxWithBomb('word/document.xml', GIGABYTE)],
      ['.docx, 1 GB bomb in a part the relationship names', 'summaryImport', () => docxWithBomb('word/doc.bin', GIGABYTE)],
      ['PDF, 1 GB object-stream bomb', 'officialPdf', () => pdfWithObjectStreamBomb(GIGABYTE)],
      ['PDF, 1 GB content-stream bomb', 'officialPdf', () => pdfWithContentStreamBomb(GIGABYTE)],
      ['PNG declaring 100,000 × 100,000', 'scan', () => pngDeclaring(100_000, 100_000)],
      ['JPEG declaring 65,000 × 65,000', 'scan', () => jpegDeclaring(65_000, 65_000)],
    ];
    for (const [name, job, build] of hostile) {
      const bytes = build();
      parser.takePeakMemory();
      const before = process.memoryUsage().rss;
      const started = performance.now();
      const args = job === 'summaryImport' ? { fileName: 'x.docx', bytes } : { bytes };
      const outcome = await parser.run(job, args as never).then(
        (value) => JSON.stringify(value).slice(0, 70),
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
      const ms = performance.now() - started;
      console.log(`  ${name.padEnd(52)} ${(bytes.length / 1024).toFixed(0).padStart(6)} KB  ${ms.toFixed(0).padStart(5)} ms  parser peak ${mb(parser.takePeakMemory())}  backend +${mb(Math.max(0, process.memoryUsage().rss - before))}  ${outcome}`);
    }
  } finally {
    parser.close();
  }
}
