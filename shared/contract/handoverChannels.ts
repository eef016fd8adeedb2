// Channels of the hand-over package (issue 7): one applicant, all of their data and scans, as one
// `.titleprep` file that another computer imports. The transports carry requests of at most 4 MiB, so a
// package travels in chunks both ways, like a scan (shared/materials/transfer.ts):
// - export: `handover.export` writes the package to a temporary file in the data folder and says its size
//   and hash; `handover.export.read` hands it out in slices of at most 2 MiB (the file goes after the last).
// - import: `handover.upload.begin` announces the size (refused at once over the maximum),
//   `handover.upload.chunk` sends the bytes in order; `handover.inspect` then checks the received package
//   and says what is in it without writing anything; `handover.import` checks it again and writes it in one
//   transaction, never over an applicant that already exists unless the user chose how.
import { z } from 'zod';
import { CHUNK_BASE64_CHARS } from '../materials/transfer';
import { partComparisonSchema } from './handoverComparison';

export const HANDOVER_EXTENSION = 'titleprep';
/**
 * The largest package, exported or imported: 1 GB (1,000,000,000 bytes; TitlePrep's sizes are decimal, as
 * its 20 MB scans are). It holds some fifty scans at the default 20 MB limit, which no application needs;
 * it stays far from the 4 GiB a ZIP without ZIP64 can address; and an import needs about twice the package
 * in free disk space for a while (the received file, then the scans stored from it).
 */
export const HANDOVER_MAX_BYTES = 1_000_000_000;
export const HANDOVER_MAX_GB = HANDOVER_MAX_BYTES / 1_000_000_000;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** What to do when the package's applicant is already in this data folder. */
export const ON_EXISTING = [
  'refuse', // write nothing and answer `exists`, so that the user can choose
  'keep-both', // import as another applicant: new ids for the applicant and every row
  'replace', // back up the data first, then put the package's applicant in place of the one here
] as const;
export type OnExisting = (typeof ON_EXISTING)[number];

/** A sentence for the user: an i18n key of shared/i18n/handover.ts and its parameters. */
export const handoverNoticeSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type HandoverNotice = z.infer<typeof handoverNoticeSchema>;

const names = { nameZh: z.string(), nameLatin: z.string() };

/** What a checked package holds, for the preview. Counts are per database table (rows of the applicant). */
export const packageSummarySchema = z.object({
  formatVersion: z.number().int(),
  schemaVersion: z.number().int(),
  appVersion: z.string(),
  exportedAt: z.string(),
  applicant: z.object({ id: z.string(), ...names }),
  tables: z.array(z.object({ table: z.string(), rows: z.number().int().nonnegative() })),
  /** Parts stored as files (the scans, and large binary values such as the official PDF). */
  files: z.number().int().nonnegative(),
  archiveBytes: z.number().int().nonnegative(),
  unpackedBytes: z.number().int().nonnegative(),
  /** The package came from an older TitlePrep; its data is upgraded to this one's schema on import. */
  upgradedFrom: z.number().int().nullable(),
});
export type PackageSummary = z.infer<typeof packageSummarySchema>;

/** The applicant of the same id already in this data folder. */
export const existingApplicantSchema = z.object({
  id: z.string(),
  ...names,
  updatedAt: z.string(),
  /** Deleted (in the bin, restorable); it still counts: replacing it or keeping both is the user's choice. */
  inBin: z.boolean(),
});
export type ExistingApplicant = z.infer<typeof existingApplicantSchema>;

/** A received package (`handover.upload.*`); it stays until imported, cancelled, refused, or idle too long. */
const uploadId = z.uuid({ error: 'field.invalid' });

export const importOutcomeSchema = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('exists'),
    package: packageSummarySchema,
    existing: existingApplicantSchema,
  }),
  z.object({
    outcome: z.literal('imported'),
    /** new: the applicant was not here; keep-both: imported beside the one here; replace: in its place. */
    mode: z.enum(['new', 'keep-both', 'replace']),
    applicant: z.object({ id: z.string(), ...names }),
    /** The backup made before a replace (null otherwise). */
    backupName: z.string().nullable(),
    warnings: z.array(handoverNoticeSchema),
  }),
]);
export type ImportOutcome = z.infer<typeof importOutcomeSchema>;

export const handoverChannels = {
  /** Writes the applicant's package to a temporary file; its bytes are then read with `handover.export.read`. */
  'handover.export': {
    request: z.object({ applicantId: z.uuid({ error: 'field.invalid' }) }).strict(),
    reply: z.object({
      exportId: z.string(),
      fileName: z.string(),
      bytes: z.number().int(),
      sha256: z.string(),
      /** The most `handover.export.read` returns at once. */
      chunkBytes: z.number().int(),
      warnings: z.array(handoverNoticeSchema),
    }),
  },
  /** The exported package's bytes from `offset`, at most one chunk; `done` at the end, when the file is removed. */
  'handover.export.read': {
    request: z.object({ exportId: z.uuid({ error: 'field.invalid' }), offset: z.number().int().nonnegative().default(0) }).strict(),
    reply: z.object({ contentBase64: z.string(), offset: z.number().int(), total: z.number().int(), done: z.boolean() }),
  },
  /** Announces a package to import: its size decides before any byte is sent. */
  'handover.upload.begin': {
    request: z
      .object({
        fileName: z.string({ error: 'field.invalid' }).min(1, { error: 'field.required' }).max(255, { error: 'field.tooLong' }),
        bytes: z
          .number({ error: 'field.invalid' })
          .int({ error: 'field.invalid' })
          .min(1, { error: 'handover.refused.notZip' })
          .max(HANDOVER_MAX_BYTES, { error: 'handover.refused.tooLarge' }),
      })
      .strict(),
    reply: z.object({ uploadId: z.string(), chunkBytes: z.number().int(), maxBytes: z.number().int() }),
  },
  /** Chunk `index` (0, 1, 2, … in order) of at most 2 MiB; more bytes than announced end the upload. */
  'handover.upload.chunk': {
    request: z
      .object({
        uploadId,
        index: z.number().int().nonnegative(),
        contentBase64: z
          .string({ error: 'field.invalid' })
          .min(1, { error: 'handover.refused.notEncoded' })
          .max(CHUNK_BASE64_CHARS, { error: 'handover.upload.chunkTooLarge' })
          .refine((value) => value.length % 4 === 0 && BASE64.test(value), { message: 'handover.refused.notEncoded' }),
      })
      .strict(),
    reply: z.object({ received: z.number().int() }),
  },
  /** Ends an upload (the user cancelled) and removes what was received. */
  'handover.upload.abort': { request: z.object({ uploadId }).strict(), reply: z.object({ uploadId: z.string() }) },
  /**
   * Checks a received package completely and describes it; writes nothing. A refusal is `validation` keyed
   * handover.refused.* and ends the upload; the upload stays for `handover.import` otherwise.
   */
  'handover.inspect': {
    request: z.object({ uploadId }).strict(),
    reply: z.object({
      package: packageSummarySchema,
      existing: existingApplicantSchema.nullable(),
      /** Part by part, the applicant here against the package's, before the user chooses; null when not here. */
      comparison: z.array(partComparisonSchema).nullable(),
      warnings: z.array(handoverNoticeSchema),
    }),
  },
  /** Checks the package again, then writes it in one transaction (after a backup, for `replace`). Ends the upload, except for `exists`. */
  'handover.import': {
    request: z.object({ uploadId, onExisting: z.enum(ON_EXISTING, { error: 'field.invalid' }) }).strict(),
    reply: importOutcomeSchema,
  },
} as const;
