// The hand-over package bound to the open data file: export one applicant to a temporary file, inspect a
// received package (write nothing), import one. The transfers (packages on their way in and out) outlive a
// change of connection, like the attachments; the handler supplies what is not the database's: the app
// version, the clock, the attachment files, and the backup made before a replace.
import type { Database } from 'better-sqlite3';
import type { ExistingApplicant, HandoverNotice, ImportOutcome, PackageSummary } from '../../../shared/contract/handoverChannels';
import { HANDOVER_MAX_BYTES } from '../../../shared/contract/handoverChannels';
import type { PartComparison } from '../../../shared/contract/handoverComparison';
import type { AttachmentFiles } from './attachmentFiles';
import { compareApplicant } from './comparison';
import { type ExportedPackage, exportApplicant } from './exportPackage';
import { type ImportOptions, existingApplicant, importPackage, programmeWarnings } from './importPackage';
import { type CheckedPackage, type PackageReader, readCheckedPackage } from './checkedPackage';
import type { HandoverTransfers } from './transfers';

export interface Inspection {
  package: PackageSummary;
  existing: ExistingApplicant | null;
  /** Part by part, the applicant here against the package's; null when the applicant is not here. */
  comparison: PartComparison[] | null;
  warnings: HandoverNotice[];
}

export interface ExportRequest {
  appVersion: string;
  /** ISO instant written as exportedAt. */
  now: string;
  attachmentFiles?: AttachmentFiles;
  /** The package's file name, from its manifest. */
  fileNameOf(manifest: ExportedPackage['manifest']): string;
}

export interface WaitingPackage extends ExportedPackage {
  exportId: string;
  fileName: string;
}

export interface HandoverService {
  transfers: HandoverTransfers;
  /** Null when there is no such applicant (or it is in the bin); throws PackageTooLargeError. */
  export(applicantId: string, request: ExportRequest): Promise<WaitingPackage | null>;
  /** Throws HandoverRefusal for a package that fails a check. */
  inspect(path: string): Promise<Inspection>;
  /** Throws HandoverRefusal, or whatever `backupBeforeReplace` throws; in each case no row is written. */
  import(path: string, options: ImportOptions): Promise<ImportOutcome>;
}

async function withChecked<T>(path: string, reader: PackageReader, use: (checked: CheckedPackage) => Promise<T> | T): Promise<T> {
  const checked = await readCheckedPackage(path, reader);
  try {
    return await use(checked);
  } finally {
    checked.close();
  }
}

/** `reader` reads and checks packages in the parser process: the backend itself never parses one. */
export function createHandoverService(db: Database, transfers: HandoverTransfers, reader: PackageReader): HandoverService {
  return {
    transfers,
    async export(applicantId, request) {
      const waiting = await transfers.createExport(async (path) => {
        const exported = await exportApplicant(db, applicantId, { appVersion: request.appVersion, now: request.now, attachmentFiles: request.attachmentFiles, path, maxBytes: HANDOVER_MAX_BYTES });
        return exported ? { ...exported, fileName: request.fileNameOf(exported.manifest) } : null;
      });
      return waiting ? { ...waiting.written, exportId: waiting.exportId } : null;
    },
    inspect: (path) =>
      withChecked(path, reader, (checked) => {
        const existing = existingApplicant(db, checked.manifest.applicant.id);
        const comparison = existing === null ? null : compareApplicant(db, checked.scratch, existing.id);
        return { package: checked.summary, existing, comparison, warnings: programmeWarnings(db, checked) };
      }),
    import: (path, options) => withChecked(path, reader, (checked) => importPackage(db, checked, options)),
  };
}
