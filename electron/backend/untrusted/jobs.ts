// What runs inside the parser process: every reader of a file that came from outside. Each job takes plain
// data (bytes, a path) and answers plain data, so that it crosses the process boundary by structured clone.
// A refusal the reader itself decides travels as a value; only a crash, the memory cap or the time limit
// (seen by the parent) is the process's failure.
import { readFileSync } from 'node:fs';
import type { ImportFormat, ImportWarning } from '../../../shared/contract/documentChannels';
import type { SummaryDocument } from '../../../shared/summary/document';
import type { AttachmentKind } from '../../../shared/materials/attachmentTypes';
import { ImportRefusal, importSummary } from '../documents/import';
import { type ReturnedFile, readReturnedFile } from '../documents/bilingual/returnedFile';
import { type OfficialPdfCheck, checkOfficialPdf } from '../print/officialPdf';
import { COUNT_PAGES_MAX_BYTES, countPdfPages } from '../attachments/pdfPages';
import { HEAD_BYTES, type RefusalReason, TAIL_BYTES, sniffFile } from '../attachments/sniff';
import { checkImageDimensions } from './imageDimensions';
import { checkPdfStreamBudget } from './pdfStreamBudget';

export type HandoutImportOutcome =
  | ({ ok: true } & ReturnedFile)
  | { ok: false; key: ImportRefusal['key']; message: string; params?: Record<string, string | number> };

export type SummaryImportOutcome =
  | { ok: true; document: SummaryDocument; format: ImportFormat; warnings: ImportWarning[] }
  | { ok: false; key: ImportRefusal['key']; message: string; params?: Record<string, string | number> };

/** A scan: its kind by its bytes, and the pages of a PDF; or why it is refused. */
export type ScanCheck = { ok: true; kind: AttachmentKind; pages: number | null } | { ok: false; reason: RefusalReason; detail: string };

export interface ParserJobs {
  summaryImport(args: { fileName: string; bytes: Uint8Array }): Promise<SummaryImportOutcome>;
  /** A translation hand-out taken back (.docx or .txt): its rows, matched to the blocks by the caller. */
  handoutImport(args: { fileName: string; bytes: Uint8Array }): Promise<HandoutImportOutcome>;
  officialPdf(args: { bytes: Uint8Array }): Promise<OfficialPdfCheck>;
  /** A scan given by its path (a file of the data folder: never sent whole across) or by its bytes. */
  scan(args: { path: string } | { bytes: Uint8Array }): Promise<ScanCheck>;
}

export type JobName = keyof ParserJobs;

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export async function checkScanBytes(bytes: Buffer): Promise<ScanCheck> {
  const sniffed = sniffFile(bytes.subarray(0, HEAD_BYTES), bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES)), bytes.length);
  if (!sniffed.ok) return { ok: false, reason: sniffed.reason, detail: 'refused by its bytes' };
  if (sniffed.kind !== 'pdf') {
    const size = checkImageDimensions(sniffed.kind, bytes);
    return size.ok ? { ok: true, kind: sniffed.kind, pages: null } : { ok: false, reason: 'hostile', detail: size.reason };
  }
  const streams = checkPdfStreamBudget(bytes);
  if (!streams.ok) return { ok: false, reason: 'hostile', detail: streams.reason };
  return { ok: true, kind: 'pdf', pages: bytes.length <= COUNT_PAGES_MAX_BYTES ? await countPdfPages(bytes) : null };
}

export const parserJobs: ParserJobs = {
  async summaryImport({ fileName, bytes }) {
    try {
      return { ok: true, ...(await importSummary(fileName, asBuffer(bytes))) };
    } catch (error) {
      if (error instanceof ImportRefusal) return error.params ? { ok: false, key: error.key, message: error.message, params: error.params } : { ok: false, key: error.key, message: error.message };
      throw error;
    }
  },
  async handoutImport({ fileName, bytes }) {
    try {
      return { ok: true, ...(await readReturnedFile(fileName, asBuffer(bytes))) };
    } catch (error) {
      if (error instanceof ImportRefusal) return error.params ? { ok: false, key: error.key, message: error.message, params: error.params } : { ok: false, key: error.key, message: error.message };
      throw error;
    }
  },
  officialPdf: ({ bytes }) => checkOfficialPdf(bytes),
  scan: (args) => checkScanBytes('path' in args ? readFileSync(args.path) : asBuffer(args.bytes)),
};
