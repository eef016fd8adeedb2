// Channels of the paper-materials checklist and its attached scans (issue 6). Scans travel in chunks
// (shared/materials/transfer.ts): `attachments.begin` announces the size (refused at once over the limit),
// `attachments.chunk` sends the bytes in order, `attachments.finish` checks the type by the bytes, hashes
// and stores the file under its hash; `attachments.get` reads a stored file back in chunks.
import { z } from 'zod';
import { programmeId } from '../programmes/schema';
import { localizedText, sourceSchema } from '../programmes/source';
import { ATTACHMENT_MIMES } from '../materials/attachmentTypes';
import { checklistItemsSchema, materialItemSchema } from '../materials/checklist';
import { attachmentLimitsSchema } from '../materials/limits';
import { ORIGINAL_OR_COPY } from '../materials/requirements';
import { CHUNK_BASE64_CHARS, SHA256_HEX } from '../materials/transfer';

const applicantId = z.uuid({ error: 'field.invalid' });
const recordId = z.uuid({ error: 'field.invalid' });
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** A sentence for the user: an i18n key of shared/i18n/materials.ts and its parameters. */
const noticeSchema = z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() });

export const attachmentSchema = z.object({
  id: z.string(),
  applicantId: z.string(),
  /** The checklist item it belongs to; null when it belongs to none (its item was removed). */
  materialItemId: z.string().nullable(),
  sha256: z.string(),
  /** The name the file had on the user's computer; shown and offered on download, never used as a path. */
  originalName: z.string(),
  mime: z.enum(ATTACHMENT_MIMES),
  bytes: z.number().int(),
  /** A PDF's page count; null for images and for a PDF whose pages could not be counted. */
  pages: z.number().int().nullable(),
  addedAt: z.string(),
  /** The file is gone from the data folder (deleted or moved outside TitlePrep). */
  missing: z.boolean(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

const limitsReply = z.object({
  programmeId: z.string(),
  limits: attachmentLimitsSchema,
  /** true when the user set this programme's limits; false when the defaults apply. */
  userSet: z.boolean(),
  defaults: attachmentLimitsSchema,
  ceilingBytes: z.number().int(),
  /** Why these are TitlePrep's own limits: the official ones are not published. */
  source: sourceSchema,
});
export type LimitsReply = z.infer<typeof limitsReply>;

const checklistReply = z.object({
  /** null when the applicant has not chosen a programme (or it can no longer be read): no checklist then. */
  programme: z.object({ id: z.string(), name: localizedText }).nullable(),
  revision: z.number().int(),
  items: z.array(materialItemSchema),
  /** The programme's defaults, in its order, with where each comes from. */
  defaults: z.array(
    z.object({
      id: z.string(),
      label: localizedText,
      /** Whether it is one of this applicant's (a 事业单位's post confirmation is not an enterprise employee's). */
      applies: z.boolean(),
      /** true: a default for some employers only (事业单位: the post confirmation), which a checklist made before the employer kind was entered lacks. */
      forEmployer: z.boolean().default(false),
      source: sourceSchema,
      /** What the item starts with (and is added back with), and the reason when the data gives one. */
      starting: z.object({ copies: z.number().int(), originalOrCopy: z.enum(ORIGINAL_OR_COPY).nullable(), signed: z.boolean(), sealed: z.boolean() }),
      startingValuesSource: sourceSchema.nullable(),
    }),
  ),
  /** Why the list is a neutral starting point: the programme's note that the official list is unknown. */
  listUnknown: sourceSchema.nullable(),
  updatedAt: z.string().nullable(),
});
export type ChecklistReply = z.infer<typeof checklistReply>;

export const materialsChannels = {
  /** The applicant's checklist for their programme, seeded from its defaults on the first read. */
  'materials.list': { request: z.object({ applicantId }).strict(), reply: checklistReply },
  'materials.save': {
    request: z
      .object({
        applicantId,
        programmeId,
        /** The revision the edit started from; a stale one is refused with `conflict`. */
        baseRevision: z.number().int().nonnegative(),
        items: checklistItemsSchema,
      })
      .strict(),
    reply: z.object({ revision: z.number().int(), updatedAt: z.string() }),
  },
  'attachments.list': {
    request: z.object({ applicantId }).strict(),
    reply: z.object({ attachments: z.array(attachmentSchema), limits: limitsReply.nullable() }),
  },
  'attachments.begin': {
    request: z
      .object({
        applicantId,
        materialItemId: recordId.nullable().default(null),
        fileName: z.string({ error: 'field.invalid' }).min(1, { error: 'materials.upload.noFileName' }).max(255, { error: 'materials.upload.noFileName' }),
        /** The size the client says the file has; checked against the limit before any byte is sent. */
        bytes: z.number({ error: 'field.invalid' }).int({ error: 'field.invalid' }).nonnegative({ error: 'field.invalid' }),
        /** An attachment (typically one whose file went missing) that the new file takes the place of. */
        replaces: recordId.optional(),
      })
      .strict(),
    reply: z.object({ uploadId: z.string(), chunkBytes: z.number().int(), maxBytes: z.number().int() }),
  },
  'attachments.chunk': {
    request: z
      .object({
        uploadId: recordId,
        /** 0, 1, 2, … in order: a chunk out of order is refused (and the upload kept for a retry of it). */
        index: z.number().int().nonnegative(),
        contentBase64: z
          .string({ error: 'field.invalid' })
          .min(1, { error: 'materials.upload.notEncoded' })
          .max(CHUNK_BASE64_CHARS, { error: 'materials.upload.chunkTooLarge' })
          .refine((value) => value.length % 4 === 0 && BASE64.test(value), { message: 'materials.upload.notEncoded' }),
      })
      .strict(),
    reply: z.object({ received: z.number().int() }),
  },
  'attachments.finish': {
    request: z
      .object({
        uploadId: recordId,
        /** The client's own hash of the file, if it computed one; a mismatch refuses the upload. */
        sha256: z.string().regex(SHA256_HEX, { error: 'field.invalid' }).optional(),
      })
      .strict(),
    reply: z.object({
      attachment: attachmentSchema,
      /** true when this very file was already attached to the same item: no second row was made. */
      duplicate: z.boolean(),
      /** Something to tell the user (a .jpg that is a PNG), or null. */
      notice: noticeSchema.nullable(),
    }),
  },
  'attachments.abort': { request: z.object({ uploadId: recordId }).strict(), reply: z.object({ uploadId: z.string() }) },
  /** A stored file's bytes from `offset`, at most one chunk; `done` when the end is reached. */
  'attachments.get': {
    request: z.object({ attachmentId: recordId, offset: z.number().int().nonnegative().default(0) }).strict(),
    reply: z.object({
      contentBase64: z.string(),
      offset: z.number().int(),
      total: z.number().int(),
      done: z.boolean(),
      mime: z.enum(ATTACHMENT_MIMES),
      /** The user's name with the extension the bytes call for. */
      downloadName: z.string(),
    }),
  },
  /** Opens the file in the system's viewer (desktop app only; browser mode answers with a validation issue). */
  'attachments.open': { request: z.object({ attachmentId: recordId }).strict(), reply: z.object({ attachmentId: z.string() }) },
  /** Moves an attachment to the bin; `attachments.restore` with the same id undoes it until `restorableUntil`. */
  'attachments.delete': {
    request: z.object({ attachmentId: recordId }).strict(),
    reply: z.object({ attachmentId: z.string(), restorableUntil: z.string() }),
  },
  'attachments.restore': { request: z.object({ attachmentId: recordId }).strict(), reply: attachmentSchema },
  /** Files an attachment under another checklist item, or under none. */
  'attachments.assign': {
    request: z.object({ attachmentId: recordId, materialItemId: recordId.nullable() }).strict(),
    reply: attachmentSchema,
  },
  'attachments.limits.get': { request: z.object({ programmeId }).strict(), reply: limitsReply },
  /** Sets a programme's limits; null returns it to the defaults. */
  'attachments.limits.save': {
    request: z.object({ programmeId, limits: attachmentLimitsSchema.nullable() }).strict(),
    reply: limitsReply,
  },
} as const;
