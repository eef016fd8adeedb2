// Issue 15's figures: reading a file from outside in the parser process costs how much more than reading
// it in the backend's own process (the named baseline, same run, same files): the demo .docx (a 3,200-字
// summary as TitlePrep exports it) and an official PDF (the two-page form of the tests). Then each hostile
// file of the tests: time, the parser process's peak memory, and this process's growth. Never fails on time.
import { openBackend } from '../electron/backend';
import { importSummary } from '../electron/backend/documents/import';
import { checkOfficialPdf } from '../electron/backend/print/officialPdf';
import { nodeParserLauncher } from '../electron/backend/untrusted/nodeLauncher';
import { createParserProcess } from '../electron/backend/untrusted/parserProcess';
import type { Result } from '../shared/contract/result';
import { docxWithBomb, jpegDeclaring, pdfWithContentStreamBomb, pdfWithObjectStreamBomb, pngDeclaring } from '../test/support/hostileFiles';
import { officialPdf } from '../test/support/pdfFixtures';
import { makeTempDir } from '../test/support/tempDir';
import { sampleDocument } from '../test/unit/summary/sampleDocument';
import { measure, report } from './measure';

const RUNS = 10;
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

export async function benchUntrusted(): Promise<void> {
  const docx = await demoDocx();
  const pdf = await officialPdf();
  const parser = createParserProcess(nodeParserLauncher());
  try {
    console.log(`\nFiles from outside: in the backend's process (baseline) and in the parser process (warm; .docx ${(docx.length / 1024).toFixed(0)} KB, PDF ${(pdf.length / 1024).toFixed(0)} KB)`);
    const coldStart = await measure(1, () => parser.run('officialPdf', { bytes: pdf }));
    const inProcessDocx = await measure(RUNS, () => importSummary('summary.docx', docx));
    const separateDocx = await measure(RUNS, () => parser.run('summaryImport', { fileName: 'summary.docx', bytes: docx }));
    const inProcessPdf = await measure(RUNS, () => checkOfficialPdf(pdf));
    const separatePdf = await measure(RUNS, () => parser.run('officialPdf', { bytes: pdf }));
    report([
      { name: 'demo .docx, in process (baseline)', timing: inProcessDocx },
      { name: 'demo .docx, parser process', timing: separateDocx, goal: '≤ baseline + 100 ms' },
      { name: 'official PDF, in process (baseline)', timing: inProcessPdf },
      { name: 'official PDF, parser process', timing: separatePdf, goal: '≤ baseline + 100 ms' },
      { name: 'first file, starting the process', timing: coldStart },
    ]);
    console.log(`  added (p50): .docx ${(separateDocx.p50 - inProcessDocx.p50).toFixed(1)} ms, PDF ${(separatePdf.p50 - inProcessPdf.p50).toFixed(1)} ms`);

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
