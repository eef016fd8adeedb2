// Channels of the summary's documents (issue 4): import a draft (.docx, .txt, .md) into the document model,
// export the summary as .docx and as PDF. Import writes nothing: the editor decides what to do with the
// result. Export lays out the document the editor sends (what the user sees), or the saved one if none.
// Files travel as base64 inside the JSON reply, within the transports' 4 MiB limit.
import { z } from 'zod';
import { programmeId } from '../programmes/schema';
import { documentSchema } from '../summary/document';

/** An imported file is at most 3,000,000 bytes: its base64 (4,000,000 characters) fits the 4 MiB transports. */
export const IMPORT_MAX_BYTES = 3_000_000;
const IMPORT_MAX_BASE64 = Math.ceil(IMPORT_MAX_BYTES / 3) * 4;

export const IMPORT_EXTENSIONS = ['docx', 'txt', 'md'] as const;
export type ImportFormat = (typeof IMPORT_EXTENSIONS)[number];

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** A warning of the import: an i18n key of shared/i18n/documents.ts and its parameters. */
export const importWarningSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type ImportWarning = z.infer<typeof importWarningSchema>;

const exportRequest = z
  .object({
    applicantId: z.uuid({ error: 'field.invalid' }),
    programmeId,
    /** The text on screen; without it the saved summary is exported. */
    document: documentSchema.optional(),
    /** The interface language (the file name's); the document itself is Chinese whatever it is (issue 10). */
    // (channels.ts's LANGUAGES is not imported: channels.ts imports this file.)
    language: z.enum(['zh', 'en']).default('zh'),
    /** The employer's check-and-seal block under the signature; absent: as the programme's summaryEmployerReview says. */
    employerReview: z.boolean({ error: 'field.invalid' }).optional(),
  })
  .strict();

const exportedFile = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  contentBase64: z.string(),
  bytes: z.number().int(),
});
export type ExportedFile = z.infer<typeof exportedFile>;

/** A row of a translation taken back (shared/summary/handout.ts ReturnedRow). */
const returnedRowSchema = z.object({
  position: z.number().int(),
  idText: z.string().nullable(),
  english: z.string(),
  chinese: z.string(),
});

export const HANDOUT_FORMATS = ['docx', 'txt'] as const;

/** A file the user picked to import (a draft, a translation taken back): its name and its bytes. */
const importedFile = z
  .object({
    fileName: z.string({ error: 'field.invalid' }).min(1, { error: 'documents.import.noFileName' }).max(255, { error: 'documents.import.noFileName' }),
    contentBase64: z
      .string({ error: 'field.invalid' })
      .max(IMPORT_MAX_BASE64, { error: 'documents.import.fileTooLarge' })
      .refine((value) => value.length % 4 === 0 && BASE64.test(value), { message: 'documents.import.notEncoded' }),
  })
  .strict();

export const documentChannels = {
  /** The English still to translate or to check (or every block with English) as a file for a translator:
   * a .docx table or plain text, each block with its id. Built from the document on screen. */
  'documents.exportHandout': {
    request: z
      .object({
        applicantId: z.uuid({ error: 'field.invalid' }),
        programmeId,
        document: documentSchema,
        format: z.enum(HANDOUT_FORMATS),
        choice: z.enum(['pending', 'all']).default('pending'),
        language: z.enum(['zh', 'en']).default('zh'),
      })
      .strict(),
    reply: exportedFile.extend({ rows: z.number().int() }),
  },
  /** A hand-out taken back (.docx or .txt), read in the parser process into its rows; writes nothing: the
   * editor matches them to its blocks by id (shared/summary/handout.ts takeBack). */
  'documents.importHandout': {
    request: importedFile,
    reply: z.object({ format: z.enum(HANDOUT_FORMATS), rows: z.array(returnedRowSchema) }),
  },
  /** The review copy: English and Chinese side by side per block, marked as not for submission. */
  'documents.exportReviewCopy': {
    request: z
      .object({
        applicantId: z.uuid({ error: 'field.invalid' }),
        programmeId,
        document: documentSchema,
        format: z.enum(['pdf', 'docx']),
        language: z.enum(['zh', 'en']).default('zh'),
      })
      .strict(),
    /** `pages` for a PDF. */
    reply: exportedFile.extend({ pages: z.number().int().optional() }),
  },
  'documents.importSummary': {
    request: importedFile,
    reply: z.object({
      document: documentSchema,
      format: z.enum(IMPORT_EXTENSIONS),
      warnings: z.array(importWarningSchema),
    }),
  },
  'documents.exportSummaryDocx': { request: exportRequest, reply: exportedFile },
  'documents.exportSummaryPdf': { request: exportRequest, reply: exportedFile.extend({ pages: z.number().int() }) },
} as const;
