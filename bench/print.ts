// Print figures of issue 5: time and size of the demo applicant's packet (cover + three copies of form draft
// and summary + public notice), through the real handler, and its assembly alone; and, as the baseline in
// the same run, the same pages assembled with the labels drawn by pdf-lib from the whole Noto Sans SC
// embedded (subset: false; upstream fontkit 2 parses it) — the approach the packet avoids. Goals: ≤ 1.5 s,
// ≤ 1 MB. Never fails on time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PDFDocument } from 'pdf-lib';
import type { Fontkit } from 'pdf-lib/cjs/types/fontkit';
import { openBackend } from '../electron/backend';
import { bundledFontFiles } from '../electron/backend/documents/fonts';
import { buildSummaryPdf } from '../electron/backend/documents/export/summaryPdf';
import { summaryPrintText } from '../electron/backend/documents/export/summaryText';
import { loadApplicationFile } from '../electron/backend/form/load';
import { buildFormDraftPdf } from '../electron/backend/print/formDraft';
import { buildPublicNoticePdf } from '../electron/backend/print/publicNotice';
import { type PacketGroup, assemblePacket } from '../electron/backend/print/packet';
import { noticePeriod } from '../shared/print/noticePeriod';
import type { ReplyOf } from '../shared/contract/channels';
import { demoCaller, seedDemoApplicant } from '../scripts/demo/run';
import { makeTempDir } from '../test/support/tempDir';
import { createApplicantRepository } from '../electron/backend/applicants/repository';
import { createProgrammeRepository } from '../electron/backend/programmes/repository';
import { createSummaryRepository } from '../electron/backend/summary/repository';
import { createFormRepository } from '../electron/backend/form/repository';
import { openDatabase, databasePath } from '../electron/backend/database/open';
import { measure, report } from './measure';

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const COPIES = 3;

/** The baseline: the same source pages, drawn per copy, labels drawn by pdf-lib with the whole font embedded. */
async function wholeFontPacket(sources: Buffer[][], labels: { top: string; bottom: string }[]): Promise<Buffer> {
  const packet = await PDFDocument.create();
  packet.registerFontkit(createRequire(import.meta.url)('fontkit') as Fontkit);
  const font = await packet.embedFont(readFileSync(bundledFontFiles().regular), { subset: false });
  let index = 0;
  for (const group of sources) {
    for (const bytes of group) {
      const source = await PDFDocument.load(bytes);
      for (const embedded of await packet.embedPages(source.getPages())) {
        const page = packet.addPage([595.28, 841.89]);
        page.drawPage(embedded);
        const label = labels[index++] ?? { top: '', bottom: '' };
        page.drawText(label.top, { x: 460, y: 810, size: 10.5, font });
        page.drawText(label.bottom, { x: 260, y: 22, size: 9, font });
      }
    }
  }
  return Buffer.from(await packet.save({ useObjectStreams: false }));
}

export async function benchPrint(): Promise<void> {
  const dir = makeTempDir('titleprep-bench-print-');
  const backend = openBackend({ dataDirectory: dir.path, transport: 'browser', appVersion: 'bench', log: () => undefined });
  try {
    const { applicantId } = await seedDemoApplicant(demoCaller(backend));
    console.log('\nPrint: the demo packet (cover + 3 × (form draft + summary of ~3,200 字) + public notice), pdfmake + subset Noto Sans SC, assembled by pdf-lib');
    let reply: ReplyOf<'print.packet'> | undefined;
    // CPU time too: on a shared machine the wall clock includes other processes' turns.
    const cpuBefore = process.cpuUsage();
    const handlerTiming = await measure(5, async () => {
      const result = await backend.invoke('print.packet', { applicantId, language: 'zh', onMissing: 'refuse' });
      if (!result.ok) throw new Error(result.error.message);
      reply = result.value as ReplyOf<'print.packet'>;
    });

    const cpu = process.cpuUsage(cpuBefore);
    const cpuPerPacket = (cpu.user + cpu.system) / 1000 / handlerTiming.runs;

    // The parts, built once as the handler does, to time the assembly alone and the baseline on the same pages.
    const db = openDatabase(databasePath(dir.path));
    const context = {
      applicants: createApplicantRepository(db),
      programmes: createProgrammeRepository(db),
      summaries: createSummaryRepository(db),
      forms: createFormRepository(db),
    };
    const file = loadApplicationFile(applicantId, context)!;
    const fonts = bundledFontFiles();
    const options = { markMissing: false, now: new Date().toISOString(), fonts };
    const form = await buildFormDraftPdf(file, options);
    const summary = await buildSummaryPdf(file.summary!.document.blocks, summaryPrintText('演示申请人（虚构）'), fonts, { pageNumbers: false });
    const notice = await buildPublicNoticePdf(file, noticePeriod(file), options);
    db.close();
    const groups: PacketGroup[] = Array.from({ length: COPIES }, (_, index) => ({
      sources: [{ bytes: form.bytes, origin: 'own' as const }, { bytes: summary.bytes, origin: 'own' as const }],
      label: `第${index + 1}份/共${COPIES}份`,
      note: '申报人：演示申请人（虚构）',
      pageLabel: (page: number, pages: number) => `第 ${page} 页 / 共 ${pages} 页`,
    }));
    groups.push({ sources: [{ bytes: notice.bytes, origin: 'own' }], label: '', note: '', pageLabel: null });
    const metadata = { title: 'bench', author: 'bench', subject: 'bench', now: new Date() };
    let assembled = 0;
    const assemblyTiming = await measure(5, async () => {
      assembled = (await assemblePacket(groups, metadata, fonts)).bytes.length;
    });
    const perCopy = form.pages + summary.pages;
    const labels = Array.from({ length: COPIES * perCopy + notice.pages }, (_, index) => ({
      top: `第${Math.floor(index / perCopy) + 1}份/共${COPIES}份`,
      bottom: `第 ${(index % perCopy) + 1} 页 / 共 ${perCopy} 页`,
    }));
    const sources = [...Array.from({ length: COPIES }, () => [form.bytes, summary.bytes]), [notice.bytes]];
    let whole = 0;
    const wholeTiming = await measure(3, async () => {
      whole = (await wholeFontPacket(sources, labels)).length;
    });

    console.log(`  packet: ${reply!.pages} pages (${reply!.pagesPerCopy} per copy), ${kilobytes(reply!.bytes)}; parts: form ${kilobytes(form.bytes.length)}, summary ${kilobytes(summary.bytes.length)}, notice ${kilobytes(notice.bytes.length)}`);
    report([
      { name: 'print.packet (handler: load, build every part, assemble)', timing: handlerTiming, goal: '≤ 1.5 s, ≤ 1 MB' },
      { name: `assembly only (pdfmake label overlay + pdf-lib), ${kilobytes(assembled)}`, timing: assemblyTiming },
      { name: `baseline: same pages, labels by pdf-lib with the whole font, ${megabytes(whole)}`, timing: wholeTiming },
    ]);
    console.log(`  print.packet CPU time (user + system, all threads of this process, cold first run included): ${cpuPerPacket.toFixed(0)} ms per packet`);
    console.log(`  whole-font baseline: ${megabytes(whole)} — ${(whole / assembled).toFixed(0)}× the size of the same pages with the subset labels`);
  } finally {
    backend.close();
    dir.remove();
  }
}
