// The app's readers of outside files, each run in the parser process: what the handlers call instead of
// mammoth or pdf-lib. A process stopped at its memory cap or time limit becomes the reader's own refusal
// ("damaged or built to exhaust memory"), so the user sees it in their language and nothing is stored.
// Verdicts on stored files are kept by hash for the session: a file is checked again when next read after
// a start, not at every read.
import { createHash } from 'node:crypto';
import type { ImportedSummary } from '../documents/import';
import { ImportRefusal } from '../documents/import/refusal';
import type { OfficialPdfCheck } from '../print/officialPdf';
import type { ReturnedFile } from '../documents/bilingual/returnedFile';
import type { ScanCheck } from './jobs';
import { ParserJobError, ParserLimitError, type ParserProcess } from './parserProcess';

export interface UntrustedReaders {
  /** A summary draft; throws ImportRefusal (`documents.import.hostile` when the process was stopped). */
  importSummary(fileName: string, bytes: Buffer): Promise<ImportedSummary>;
  /** A translation hand-out taken back; throws ImportRefusal as importSummary does. */
  importHandout(fileName: string, bytes: Buffer): Promise<ReturnedFile>;
  /** The official PDF's check at import, or again on a stored one (kept by hash while the app runs). */
  checkOfficialPdf(bytes: Uint8Array): Promise<OfficialPdfCheck>;
  /** A scan by its path (an upload, a stored file) or its bytes; `sha256` keeps the verdict for the session. */
  checkScan(source: { path: string } | { bytes: Uint8Array }, sha256?: string): Promise<ScanCheck>;
  /** The verdict already reached on the scan of this hash in this session, if any. */
  knownScan(sha256: string): ScanCheck | undefined;
  /** The largest memory the parser process was seen to use since the last call (bytes; for tests and the bench). */
  takePeakMemory(): number;
  close(): void;
}

const HOSTILE_DETAIL = (error: ParserLimitError) => error.message;

export function createUntrustedReaders(parser: ParserProcess): UntrustedReaders {
  const officialVerdicts = new Map<string, OfficialPdfCheck>();
  const scanVerdicts = new Map<string, ScanCheck>();

  return {
    async importSummary(fileName, bytes) {
      let outcome;
      try {
        outcome = await parser.run('summaryImport', { fileName, bytes });
      } catch (error) {
        if (error instanceof ParserLimitError) throw new ImportRefusal('documents.import.hostile', HOSTILE_DETAIL(error));
        if (error instanceof ParserJobError) throw new ImportRefusal('documents.import.unreadable', error.message);
        throw error;
      }
      if (!outcome.ok) throw new ImportRefusal(outcome.key, outcome.message, outcome.params);
      return { document: outcome.document, format: outcome.format, warnings: outcome.warnings };
    },

    async importHandout(fileName, bytes) {
      let outcome;
      try {
        outcome = await parser.run('handoutImport', { fileName, bytes });
      } catch (error) {
        if (error instanceof ParserLimitError) throw new ImportRefusal('documents.import.hostile', HOSTILE_DETAIL(error));
        if (error instanceof ParserJobError) throw new ImportRefusal('documents.import.unreadable', error.message);
        throw error;
      }
      if (!outcome.ok) throw new ImportRefusal(outcome.key, outcome.message, outcome.params);
      return { format: outcome.format, rows: outcome.rows };
    },

    async checkOfficialPdf(bytes) {
      const hash = createHash('sha256').update(bytes).digest('hex');
      const known = officialVerdicts.get(hash);
      if (known) return known;
      let verdict: OfficialPdfCheck;
      try {
        verdict = await parser.run('officialPdf', { bytes });
      } catch (error) {
        if (error instanceof ParserLimitError) verdict = { ok: false, refusal: { key: 'official.hostile' }, reason: HOSTILE_DETAIL(error) };
        else if (error instanceof ParserJobError) verdict = { ok: false, refusal: { key: 'official.corrupt' }, reason: error.message };
        else throw error;
      }
      officialVerdicts.set(hash, verdict);
      return verdict;
    },

    async checkScan(source, sha256) {
      const known = sha256 === undefined ? undefined : scanVerdicts.get(sha256);
      if (known) return known;
      let verdict: ScanCheck;
      try {
        verdict = await parser.run('scan', source);
      } catch (error) {
        if (error instanceof ParserLimitError) verdict = { ok: false, reason: 'hostile', detail: HOSTILE_DETAIL(error) };
        else if (error instanceof ParserJobError) verdict = { ok: false, reason: 'damaged', detail: error.message };
        else throw error;
      }
      if (sha256 !== undefined) scanVerdicts.set(sha256, verdict);
      return verdict;
    },

    knownScan: (sha256) => scanVerdicts.get(sha256),
    takePeakMemory: () => parser.takePeakMemory(),
    close: () => parser.close(),
  };
}

/** The hand-over package's official PDF and scans, checked as a direct import checks them. */
export function packageFileChecks(readers: UntrustedReaders) {
  return {
    async officialPdf(bytes: Buffer): Promise<string | null> {
      const verdict = await readers.checkOfficialPdf(bytes);
      return verdict.ok ? null : `${verdict.refusal.key}: ${verdict.reason}`;
    },
    async scan(sha256: string, read: () => Promise<Buffer>): Promise<string | null> {
      const verdict = readers.knownScan(sha256) ?? (await readers.checkScan({ bytes: await read() }, sha256));
      return verdict.ok ? null : `${verdict.reason}: ${verdict.detail}`;
    },
  };
}
