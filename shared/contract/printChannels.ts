// Channels of printing (issue 5): the print packet (the copies of the form and the summary, the public
// notice, a cover sheet), the single documents (public notice, form draft as PDF or .docx), and the official
// PDF the online system generated, which replaces the draft form in the packet. Nothing is written to disk:
// files travel as base64 in the reply (the renderer offers them as downloads), like documentChannels.ts.
import { z } from 'zod';
import { IMPORT_MAX_BYTES } from './documentChannels';

const IMPORT_MAX_BASE64 = Math.ceil(IMPORT_MAX_BYTES / 3) * 4;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const applicantId = z.uuid({ error: 'field.invalid' });
// (channels.ts's LANGUAGES is not imported: channels.ts imports this file.)
/**
 * The interface language. Every document that is handed in or posted (form, summary, public notice, copy
 * labels, page numbers) is Chinese whatever it is; only the packet's cover sheet, which stays with the
 * applicant, adds an English translation under its Chinese when it is 'en'.
 */
const language = z.enum(['zh', 'en']).default('zh');
/**
 * What to do when the report (form.report) lists required values missing for the documents asked for:
 * refuse: a `validation` error whose issues list them; mark: print a draft with 待填写 marks.
 */
const onMissing = z.enum(['refuse', 'mark']).default('refuse');

const documentRequest = z.object({ applicantId, language, onMissing }).strict();

const printedFile = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  contentBase64: z.string(),
  bytes: z.number().int(),
});
const printedPdf = printedFile.extend({ pages: z.number().int() });

const noticeWarning = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

export const officialFormInfoSchema = z.object({
  fileName: z.string(),
  bytes: z.number().int(),
  pages: z.number().int(),
  sha256: z.string(),
  importedAt: z.string(),
});

export const printChannels = {
  /**
   * The packet: [cover] + copies × ([form draft, or the official PDF when imported] + [summary]) + [public
   * notice, once] + [the record of its result, once] (the last two as `publicNotice` says). Refused with `validation` when onMissing is 'refuse' and something required is missing:
   * issues[0] is { path: [], key: 'packet.incomplete', params: { count } }, then one issue per report item,
   * { path: [page, ...field path], key: report key, params } (page: profile | application | form | summary).
   */
  'print.packet': {
    request: z
      .object({
        applicantId,
        language,
        onMissing,
        /**
         * Duplex-safe (the default): every copy and the public notice start on the front of a sheet, a blank
         * back page marked （此页无正文） inserted where needed. false: no blank pages, for single-sided printing.
         */
        duplex: z.boolean({ error: 'field.invalid' }).default(true),
        /** Copies to print; by default the programme's printCopies (required when the programme does not say). */
        copies: z.number({ error: 'field.invalid' }).int({ error: 'field.invalid' }).min(1, { error: 'field.invalid' }).max(20, { error: 'field.invalid' }).optional(),
        /**
         * The summary ends with the employer's check-and-seal block (单位审核意见 … 单位（盖章） 年 月 日). Absent:
         * as the programme's summaryEmployerReview says (not printed when it does not say).
         */
        employerReview: z.boolean({ error: 'field.invalid' }).optional(),
        /**
         * The public notice and its result record, once, after the copies. Absent: included when the programme's
         * sources ask for a notice (publicNotice has a length) or no programme is chosen; left out where they say
         * nothing (Guangzhou). Left out, the notice's missing values do not count against the packet.
         */
        publicNotice: z.boolean({ error: 'field.invalid' }).optional(),
      })
      .strict(),
    reply: printedPdf.extend({
      copies: z.number().int(),
      /** Pages of one copy (form + summary). */
      pagesPerCopy: z.number().int(),
      /** Which form the copies hold. */
      form: z.enum(['draft', 'official']),
      /** Required values printed as 待填写 (0 for a clean packet). */
      marked: z.number().int(),
    }),
  },
  'print.publicNoticePdf': { request: documentRequest, reply: printedPdf },
  'print.publicNoticeDocx': { request: documentRequest, reply: printedFile },
  /** The record of the notice's result (公示情况说明), for the employer to fill in, sign and seal after the period. */
  'print.noticeRecordPdf': { request: documentRequest, reply: printedPdf },
  'print.noticeRecordDocx': { request: documentRequest, reply: printedFile },
  'print.formDraftPdf': { request: documentRequest, reply: printedPdf },
  'print.formDocx': { request: documentRequest, reply: printedFile },
  /** Checks and stores the official PDF; a refusal is `validation` with one issue keyed official.* (shared/i18n/packet.ts). */
  'print.officialForm.import': {
    request: z
      .object({
        applicantId,
        fileName: z.string({ error: 'field.invalid' }).min(1, { error: 'field.required' }).max(255, { error: 'field.tooLong' }),
        contentBase64: z.string({ error: 'field.invalid' }).superRefine((value, ctx) => {
          // A custom issue, so that the refusal carries its limit to the message (official.tooLarge has {maxMb}).
          if (value.length > IMPORT_MAX_BASE64) ctx.addIssue({ code: 'custom', message: 'official.tooLarge', params: { maxMb: IMPORT_MAX_BYTES / 1_000_000 } });
          else if (value.length % 4 !== 0 || !BASE64.test(value)) ctx.addIssue({ code: 'custom', message: 'documents.import.notEncoded' });
        }),
      })
      .strict(),
    reply: officialFormInfoSchema.extend({ warnings: z.array(noticeWarning) }),
  },
  'print.officialForm.get': { request: z.object({ applicantId }).strict(), reply: officialFormInfoSchema.nullable() },
  'print.officialForm.remove': { request: z.object({ applicantId }).strict(), reply: z.object({ removed: z.boolean() }) },
} as const;
