// The backend's side of a received package. The parser process reads and checks it (readPackage.ts, the
// `handoverCheck` job) and hands back plain data: the manifest, the summary, the attachment files it
// carries, and its rows as a scratch database in SQLite's own image, which the backend opens here in memory
// to compare and copy from. The backend never unpacks or parses the package itself: the scans the data
// folder lacks are unpacked by the parser process too (`handoverExtract`), into a folder beside the
// received file, and only moved into the store here, each checked against its hash.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import DatabaseConstructor, { type Database } from 'better-sqlite3';
import type { PackageSummary } from '../../../shared/contract/handoverChannels';
import type { AttachmentFiles } from './attachmentFiles';
import { type Manifest, filePartPath } from './manifest';
import type { PackageCheck } from './readPackage';
import { type HandoverPlan, planOf } from './tablePlan';
import type { WantedEntry } from './zipArchive';

/** What runs in the parser process for a package; each throws HandoverRefusal. */
export interface PackageReader {
  /** Reads and checks the package in the file at `path`. */
  check(path: string): Promise<PackageCheck>;
  /** Unpacks `files` of the package (checked before) into `folder`, each as a file named by its hash. */
  extract(path: string, files: WantedEntry[], folder: string): Promise<void>;
}

export interface CheckedPackage {
  manifest: Manifest;
  /** In memory, at this TitlePrep's schema, holding exactly the package's rows. */
  scratch: Database;
  plan: HandoverPlan;
  /** Attachment files (FILE_COLUMNS) the package carries: hash → size. */
  attachmentFiles: Map<string, number>;
  /** Stores the attachment files the data folder lacks (unpacked by the parser process), each checked by its hash. */
  storeAttachmentFiles(target: AttachmentFiles): Promise<void>;
  summary: PackageSummary;
  close(): void;
}

/** Where the parser process unpacks a received package's scans: beside it, named after it (so the transfers' sweep owns it). */
export const extractFolderOf = (packagePath: string) => `${packagePath}.files`;

export async function readCheckedPackage(path: string, reader: PackageReader): Promise<CheckedPackage> {
  const check = await reader.check(path);
  const scratch = new DatabaseConstructor(Buffer.from(check.image.buffer, check.image.byteOffset, check.image.byteLength));
  const attachmentFiles = new Map(check.attachmentFiles);
  return {
    manifest: check.manifest,
    scratch,
    plan: planOf(scratch),
    attachmentFiles,
    summary: check.summary,
    async storeAttachmentFiles(target) {
      const wanted = [...attachmentFiles].filter(([sha256, bytes]) => target.sizeOf(sha256) !== bytes).map(([sha256, bytes]) => ({ name: filePartPath(sha256), sha256, bytes }));
      if (wanted.length === 0) return;
      const folder = extractFolderOf(path);
      rmSync(folder, { recursive: true, force: true });
      mkdirSync(folder, { recursive: true });
      try {
        await reader.extract(path, wanted, folder);
        for (const { sha256, bytes } of wanted) target.adopt(join(folder, sha256), sha256, bytes);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
    close: () => scratch.close(),
  };
}
