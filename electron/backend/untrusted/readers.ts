// The app's readers of outside files, each run in the parser process: what the handlers call instead of
// mammoth, pdf-lib or the hand-over package's reader. A process stopped at its memory cap or time limit
// becomes the reader's own refusal ("damaged or built to exhaust memory"), so the user sees it in their
// language and nothing is stored. Verdicts on stored files (and on a package's official PDF and scans) are
// kept by hash for the session: a file is checked again when next read after a start, not at every read.
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import type { ImportedSummary } from '../documents/import';
import { ImportRefusal } from '../documents/import/refusal';
import type { PackageReader } from '../handover/checkedPackage';
import { HandoverRefusal } from '../handover/refusal';
import type { OfficialPdfCheck } from '../print/officialPdf';
import type { ReturnedFile } from '../documents/bilingual/returnedFile';
import type { PackageRefusal, ScanCheck } from './jobs';
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
  /** Hand-over packages, read, checked and unpacked in the parser process (throws HandoverRefusal). */
  packages: PackageReader;
  /** The largest memory the parser process was seen to use since the last call (bytes; for tests and the bench). */
  takePeakMemory(): number;
  close(): void;
}

const HOSTILE_DETAIL = (error: ParserLimitError) => error.message;

/**
 * A package's reading may take longer than one file's: the time limit grows by a second per 10 MB of the
 * received file (a 1 GB package of scans: 130 s in all), still a bound.
 */
export const PACKAGE_TIME_PER_BYTE_MS = 1 / 10_000;

function packageTimeMs(path: string): number {
  try {
    return Math.ceil(statSync(path).size * PACKAGE_TIME_PER_BYTE_MS);
  } catch {
    return 0;
  }
}

/** The parser process's failure on a package, as the package's refusal. */
function packageFailure(error: unknown): never {
  if (error instanceof ParserLimitError) throw new HandoverRefusal('hostile', HOSTILE_DETAIL(error));
  if (error instanceof ParserJobError) throw new HandoverRefusal('damaged', error.message);
  throw error;
}

const refusalOf = (refusal: PackageRefusal) => new HandoverRefusal(refusal.reason, refusal.detail, refusal.params);

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

    packages: {
      async check(path) {
        const known = { officials: [...officialVerdicts], scans: [...scanVerdicts] };
        const outcome = await parser.run('handoverCheck', { path, known }, { extraTimeMs: packageTimeMs(path) }).catch(packageFailure);
        // What the check found about the package's files holds for the session, like a direct import's verdict.
        for (const [sha256, verdict] of outcome.judged.officials) officialVerdicts.set(sha256, verdict);
        for (const [sha256, verdict] of outcome.judged.scans) scanVerdicts.set(sha256, verdict);
        if (!outcome.ok) throw refusalOf(outcome);
        return outcome.check;
      },
      async extract(path, files, folder) {
        const outcome = await parser.run('handoverExtract', { path, files, folder }, { extraTimeMs: packageTimeMs(path) }).catch(packageFailure);
        if (!outcome.ok) throw refusalOf(outcome);
      },
    },
    takePeakMemory: () => parser.takePeakMemory(),
    close: () => parser.close(),
  };
}
