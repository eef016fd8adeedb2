// The summary's employer check-and-seal block (issue 10, paper.md "The work summary"): 单位审核意见, 42 mm
// for the round seal, 单位（盖章） and the date, under the applicant's signature, on one page in the PDF
// whatever the length of the text, and kept together in the .docx.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../electron/backend';
import type { ReplyOf } from '../../shared/contract/channels';
import { demoCaller, seedDemoApplicant } from '../../scripts/demo/run';
import { listProgrammes } from '../../shared/programmes';
import { value } from '../support/result';
import type { Block } from '../../shared/summary/document';
import { bundledFontFiles } from '../../electron/backend/documents/fonts';
import { buildSummaryDocx } from '../../electron/backend/documents/export/summaryDocx';
import { buildSummaryPdf } from '../../electron/backend/documents/export/summaryPdf';
import { summaryPrintText } from '../../electron/backend/documents/export/summaryText';
import { inflateEntry } from '../unit/documents/zipRead';
import { makeTempDir } from '../support/tempDir';

const POPPLER = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const SEAL_MM = 42;
const MM = 72 / 25.4;

let dir: ReturnType<typeof makeTempDir>;
beforeAll(() => {
  dir = makeTempDir('titleprep-review-');
});
afterAll(() => dir.remove());

const paragraphs = (count: number): Block[] =>
  Array.from({ length: count }, (_, index) => ({ type: 'paragraph', text: `第${index + 1}段。${'负责轨道交通设备数据平台的设计与实施，'.repeat(4)}`, marks: [] }) as Block);

/** The lines poppler reads, with their page and top, in points. */
function lines(path: string): { page: number; y: number; text: string }[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', path, '-']).toString();
  const found: { page: number; y: number; text: string }[] = [];
  let page = 0;
  for (const chunk of xml.split(/<line /).slice(0)) {
    page += (chunk.match(/<page /g) ?? []).length;
    const top = /yMin="([\d.]+)"/.exec(chunk);
    const words = [...chunk.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((match) => match[1]).join('');
    if (top && words) found.push({ page, y: Number(top[1]), text: words });
  }
  return found;
}

describe('the employer check-and-seal block of the summary', () => {
  it('is absent unless asked for', () => {
    expect(summaryPrintText('张三').employerReview).toBeUndefined();
    expect(summaryPrintText('张三', { employerReview: true }).employerReview?.seal).toBe('单位（盖章）');
  });

  it.skipIf(!POPPLER)('prints under the signature, 42 mm of room above 单位（盖章）, opinion, seal and date on one page, at every length', async () => {
    for (let count = 14; count <= 26; count += 1) {
      const pdf = await buildSummaryPdf(paragraphs(count), summaryPrintText('张三', { employerReview: true }), bundledFontFiles());
      const path = join(dir.path, `review-${count}.pdf`);
      writeFileSync(path, pdf.bytes);
      const found = lines(path);
      const signature = found.find((line) => line.text.startsWith('本人签名'));
      const opinion = found.find((line) => line.text.startsWith('单位审核意见'));
      const seal = found.find((line) => line.text.startsWith('单位（盖章）'));
      const date = found.findLast((line) => line.text.startsWith('年'));
      expect(signature && opinion && seal && date, `${count} paragraphs: every line printed`).toBeTruthy();
      expect(opinion!.page, `${count} paragraphs`).toBe(seal!.page);
      expect(date!.page, `${count} paragraphs`).toBe(seal!.page);
      expect(opinion!.page * 10_000 + opinion!.y).toBeGreaterThan(signature!.page * 10_000 + signature!.y);
      expect(seal!.y - opinion!.y, `${count} paragraphs: room for the seal`).toBeGreaterThanOrEqual(SEAL_MM * MM);
    }
  });

  it('the .docx carries the block after the signature, kept together, with the seal room before 单位（盖章）', async () => {
    const bytes = await buildSummaryDocx(paragraphs(3), summaryPrintText('张三', { employerReview: true }));
    const xml = inflateEntry(bytes, 'word/document.xml');
    const at = (text: string) => xml.indexOf(text);
    expect(at('本人签名')).toBeGreaterThan(0);
    expect(at('单位审核意见：')).toBeGreaterThan(at('本人签名'));
    expect(at('单位（盖章）')).toBeGreaterThan(at('单位审核意见：'));
    const opinion = xml.slice(xml.lastIndexOf('<w:p>', at('单位审核意见：')), at('单位审核意见：'));
    expect(opinion).toContain('<w:keepNext/>');
    const seal = xml.slice(xml.lastIndexOf('<w:p>', at('单位（盖章）')), at('单位（盖章）'));
    const before = Number(/w:before="(\d+)"/.exec(seal)?.[1]);
    expect(before / 20).toBeGreaterThanOrEqual(SEAL_MM * MM);
    const without = inflateEntry(await buildSummaryDocx(paragraphs(3), summaryPrintText('张三')), 'word/document.xml');
    expect(without).not.toContain('单位审核意见');
  });
});

describe('the employer check-and-seal block from the print page and the summary export', () => {
  it('no shipped programme says the summary carries it: each says so with a source (null, not a guess)', () => {
    for (const programme of listProgrammes()) {
      expect(programme.summaryEmployerReview, programme.id).toBeDefined();
      expect(programme.summaryEmployerReview!.value, programme.id).toBeNull();
    }
  });

  it.skipIf(!POPPLER)('the packet prints it when the user ticks it, not otherwise; the summary .docx export likewise', async () => {
    const data = makeTempDir('titleprep-review-backend-');
    const backend = openBackend({ dataDirectory: data.path, transport: 'browser', appVersion: 'test', now: () => new Date('2026-02-24T02:00:00Z'), log: () => undefined });
    try {
      const { applicantId } = await seedDemoApplicant(demoCaller(backend));
      const text = async (employerReview?: boolean) => {
        const reply = value<ReplyOf<'print.packet'>>(
          await backend.invoke('print.packet', { applicantId, language: 'en', onMissing: 'mark', ...(employerReview === undefined ? {} : { employerReview }) }),
        );
        const path = join(data.path, `packet-${String(employerReview)}.pdf`);
        writeFileSync(path, Buffer.from(reply.contentBase64, 'base64'));
        return execFileSync('pdftotext', [path, '-']).toString();
      };
      const copies = value<ReplyOf<'print.packet'>>(await backend.invoke('print.packet', { applicantId, language: 'zh', onMissing: 'mark' })).copies;
      expect((await text(true)).split('单位审核意见：').length - 1).toBe(copies);
      expect(await text(false)).not.toContain('单位审核意见');
      expect(await text()).not.toContain('单位审核意见');
      const application = value<ReplyOf<'application.get'>>(await backend.invoke('application.get', { applicantId }));
      const exported = value<ReplyOf<'documents.exportSummaryDocx'>>(
        await backend.invoke('documents.exportSummaryDocx', { applicantId, programmeId: application.programmeId!, language: 'zh', employerReview: true }),
      );
      expect(inflateEntry(Buffer.from(exported.contentBase64, 'base64'), 'word/document.xml')).toContain('单位（盖章）');
    } finally {
      backend.close();
      data.remove();
    }
  });
});
