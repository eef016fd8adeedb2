// Document figures of issue 4: time and size of exporting a 3,200-字 and a 20,000-字 summary to PDF (pdfmake,
// subset font) and to .docx, through the real handlers; importing the .docx back; and, as the baseline in the
// same run, the size of a PDF that embeds the whole font (pdf-lib, subset: false — measured only, never
// shipped). Never fails on time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PDFDocument } from 'pdf-lib';
import type { Fontkit } from 'pdf-lib/cjs/types/fontkit';
import { openBackend } from '../electron/backend';
import { bundledFontFiles } from '../electron/backend/documents/fonts';
import type { ReplyOf } from '../shared/contract/channels';
import type { Result } from '../shared/contract/result';
import { countDocument } from '../shared/summary/count';
import type { SummaryDocument } from '../shared/summary/document';
import { sampleDocument } from '../test/unit/summary/sampleDocument';
import { makeTempDir } from '../test/support/tempDir';
import { measure, report } from './measure';

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

/** The baseline: the same text drawn by pdf-lib with the whole TrueType font embedded. */
async function wholeFontPdf(document: SummaryDocument): Promise<number> {
  const pdf = await PDFDocument.create();
  // Upstream fontkit 2 stands in for @pdf-lib/fontkit: without subsetting, pdf-lib needs only its parser.
  pdf.registerFontkit(createRequire(import.meta.url)('fontkit') as Fontkit);
  const font = await pdf.embedFont(readFileSync(bundledFontFiles().regular), { subset: false });
  let page = pdf.addPage([595.3, 841.9]);
  let y = 770;
  for (const block of document.blocks) {
    for (let start = 0; start < block.text.length; start += 36) {
      if (y < 72) {
        page = pdf.addPage([595.3, 841.9]);
        y = 770;
      }
      page.drawText(block.text.slice(start, start + 36), { x: 90, y, size: 12, font });
      y -= 18;
    }
  }
  return (await pdf.save()).length;
}

export async function benchDocuments(): Promise<void> {
  const dir = makeTempDir('titleprep-bench-documents-');
  const backend = openBackend({ dataDirectory: dir.path, transport: 'browser', appVersion: 'bench' });
  try {
    const applicantId = value<{ id: string }>(await backend.invoke('applicants.create', { nameZh: '张伟', nameLatin: '' })).id;
    const programmeId = 'shanghai-c-r3';
    console.log('\nDocuments: export of the summary through the handlers (pdfmake + subset Noto Sans SC; docx), import of the .docx back');
    for (const words of [3_200, 20_000]) {
      const document = sampleDocument(words, 7);
      const counted = countDocument(document.blocks).all.words.toLocaleString('en-US');
      let pdf: ReplyOf<'documents.exportSummaryPdf'> | undefined;
      let docx: ReplyOf<'documents.exportSummaryDocx'> | undefined;
      const pdfTiming = await measure(5, async () => {
        pdf = value(await backend.invoke('documents.exportSummaryPdf', { applicantId, programmeId, document }));
      });
      const docxTiming = await measure(5, async () => {
        docx = value(await backend.invoke('documents.exportSummaryDocx', { applicantId, programmeId, document }));
      });
      const contentBase64 = docx!.contentBase64;
      const importTiming = await measure(5, async () => {
        value(await backend.invoke('documents.importSummary', { fileName: 'summary.docx', contentBase64 }));
      });
      console.log(`  ${counted} 字: PDF ${kilobytes(pdf!.bytes)} (${pdf!.pages} pages), .docx ${kilobytes(docx!.bytes)}`);
      report([
        { name: `PDF export, ${counted} 字`, timing: pdfTiming, goal: words <= 3_200 ? '≤ 1 MB' : undefined },
        { name: `.docx export, ${counted} 字`, timing: docxTiming },
        { name: `.docx import, ${counted} 字`, timing: importTiming },
      ]);
      const whole = await wholeFontPdf(document);
      console.log(`  baseline, whole font embedded (pdf-lib, subset: false): ${megabytes(whole)} — ${(whole / pdf!.bytes).toFixed(0)}× the subset PDF`);
    }
  } finally {
    backend.close();
    dir.remove();
  }
}
