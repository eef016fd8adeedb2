// What runs inside the parser process: every reader of a file that came from outside (drafts, official
// PDFs, scans, hand-over packages). Each job takes plain data (bytes, a path) and answers plain data, so that
// it crosses the process boundary by structured clone.
// A refusal the reader itself decides travels as a value; only a crash, the memory cap or the time limit
// (seen by the parent) is the process's failure.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportFormat, ImportWarning } from '../../../shared/contract/documentChannels';
import type { SummaryDocument } from '../../../shared/summary/document';
import type { AttachmentKind } from '../../../shared/materials/attachmentTypes';
import { ImportRefusal, importSummary } from '../documents/import';
import { type ReturnedFile, readReturnedFile } from '../documents/bilingual/returnedFile';
import { type OfficialPdfCheck, checkOfficialPdf } from '../print/officialPdf';
import { COUNT_PAGES_MAX_BYTES, countPdfPages } from '../attachments/pdfPages';
import { HEAD_BYTES, type RefusalReason, TAIL_BYTES, sniffFile } from '../attachments/sniff';
import { isSha256 } from '../attachments/paths';
import { type PackageCheck, type PackageFileChecks, checkPackage } from '../handover/readPackage';
import { HandoverRefusal, type RefusalReason as PackageRefusalReason } from '../handover/refusal';
import { type WantedEntry, extractEntries } from '../handover/zipArchive';
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

/** Verdicts on files by their SHA-256: those the backend already knows, and those a package's check reached. */
export interface FileVerdicts {
  officials: [string, OfficialPdfCheck][];
  scans: [string, ScanCheck][];
}

/** A package's refusal as plain data (HandoverRefusal, rebuilt by the backend). */
export interface PackageRefusal {
  reason: PackageRefusalReason;
  detail: string;
  params: Record<string, string | number>;
}

export type HandoverCheckOutcome = ({ ok: true; check: PackageCheck } | ({ ok: false } & PackageRefusal)) & { judged: FileVerdicts };

export interface ParserJobs {
  summaryImport(args: { fileName: string; bytes: Uint8Array }): Promise<SummaryImportOutcome>;
  /** A translation hand-out taken back (.docx or .txt): its rows, matched to the blocks by the caller. */
  handoutImport(args: { fileName: string; bytes: Uint8Array }): Promise<HandoutImportOutcome>;
  officialPdf(args: { bytes: Uint8Array }): Promise<OfficialPdfCheck>;
  /** A scan given by its path (a file of the data folder: never sent whole across) or by its bytes. */
  scan(args: { path: string } | { bytes: Uint8Array }): Promise<ScanCheck>;
  /** A received hand-over package, read and checked whole (its official PDF and scans as a direct import's). */
  handoverCheck(args: { path: string; known: FileVerdicts }): Promise<HandoverCheckOutcome>;
  /** Files of a package checked before, unpacked into `folder`, each named by its hash. */
  handoverExtract(args: { path: string; files: WantedEntry[]; folder: string }): Promise<{ ok: true } | ({ ok: false } & PackageRefusal)>;
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

const packageRefusal = (error: HandoverRefusal): PackageRefusal => ({ reason: error.reason, detail: error.detail, params: error.params });

/** The package's files checked here, in this process, as a direct import checks them; a verdict known to the backend is not reached again. */
function packageFileChecks(known: FileVerdicts, judged: FileVerdicts): PackageFileChecks {
  const officials = new Map(known.officials);
  const scans = new Map(known.scans);
  return {
    async officialPdf(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      let verdict = officials.get(sha256);
      if (!verdict) {
        verdict = await checkOfficialPdf(bytes);
        judged.officials.push([sha256, verdict]);
      }
      return verdict.ok ? null : `${verdict.refusal.key}: ${verdict.reason}`;
    },
    async scan(sha256, read) {
      let verdict = scans.get(sha256);
      if (!verdict) {
        verdict = await checkScanBytes(await read());
        judged.scans.push([sha256, verdict]);
      }
      return verdict.ok ? null : `${verdict.reason}: ${verdict.detail}`;
    },
  };
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
  async handoverCheck({ path, known }) {
    const judged: FileVerdicts = { officials: [], scans: [] };
    try {
      return { ok: true, check: await checkPackage(path, packageFileChecks(known, judged)), judged };
    } catch (error) {
      if (error instanceof HandoverRefusal) return { ok: false, ...packageRefusal(error), judged };
      throw error;
    }
  },
  async handoverExtract({ path, files, folder }) {
    // The names are made here from hashes, never taken as paths.
    if (!files.every((file) => isSha256(file.sha256))) throw new Error('A file to unpack is not named by a hash');
    try {
      await extractEntries(path, files, (file) => join(folder, file.sha256));
      return { ok: true };
    } catch (error) {
      if (error instanceof HandoverRefusal) return { ok: false, ...packageRefusal(error) };
      throw error;
    }
  },
};
