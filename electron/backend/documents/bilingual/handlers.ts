// Handlers of the translation files (issue 14): the hand-out (.docx or .txt) of the English still to
// translate or check, reading a hand-out taken back (in the parser process), and the review copy (PDF or
// .docx). Each builds from the document the editor sends: what the user sees is what goes out.
import type { ParsedRequestOf } from '../../../../shared/contract/channels';
import type { FieldIssue } from '../../../../shared/contract/result';
import { type Result, fail, ok } from '../../../../shared/contract/result';
import { bilingualEn, bilingualZh } from '../../../../shared/i18n/bilingual';
import { isProgrammeId } from '../../../../shared/programmes';
import { shanghaiDate } from '../../../../shared/summary/day';
import { handoutRows, handoutText } from '../../../../shared/summary/handout';
import type { HandlerContext, Handlers } from '../../handlerContext';
import { exportFileName } from '../fileName';
import { FontMissingError } from '../fonts';
import { ImportRefusal } from '../import/refusal';
import { buildHandoutDocx } from './handoutDocx';
import { buildReviewCopyDocx, buildReviewCopyPdf } from './reviewCopy';
import { both, en, zh } from './text';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Request = ParsedRequestOf<'documents.exportHandout'> | ParsedRequestOf<'documents.exportReviewCopy'>;

/** The applicant's name and the file name's parts, or the refusal (unknown applicant or programme). */
function prepare(request: Request, context: HandlerContext): { name: string; fileName(stem: string, extension: 'docx' | 'pdf' | 'txt'): string } | Result<never> {
  const stored = context.applicants.getProfile(request.applicantId);
  if (!stored) return fail('not-found', `No applicant with id ${request.applicantId}`);
  if (!isProgrammeId(request.programmeId) && !context.programmes.round(request.programmeId)?.round) return fail('not-found', `No programme with id ${request.programmeId}`);
  const { nameZh, nameLatin } = stored.profile.person;
  const name = nameZh || nameLatin;
  const date = shanghaiDate(context.now()) ?? '';
  return { name, fileName: (stem, extension) => exportFileName(stem, name, date, extension) };
}

const isRefusal = (value: object): value is Result<never> => 'ok' in value;
const stem = (language: 'zh' | 'en', key: 'bilingual.file.handoutStem' | 'bilingual.file.reviewStem') => (language === 'zh' ? bilingualZh : bilingualEn)[key];

export const bilingualDocumentHandlers: Pick<Handlers, 'documents.exportHandout' | 'documents.importHandout' | 'documents.exportReviewCopy'> = {
  'documents.exportHandout': async (request, context) => {
    const job = prepare(request, context);
    if (isRefusal(job)) return job;
    const rows = handoutRows(request.document.blocks, request.choice);
    if (rows.length === 0) return fail('validation', 'Nothing to hand out', [{ path: ['document'], key: 'bilingual.bar.nothingToHandOut' }]);
    const fileName = job.fileName(stem(request.language, 'bilingual.file.handoutStem'), request.format);
    if (request.format === 'txt') {
      // UTF-8 with a BOM: Windows Notepad and translation tools read it as Unicode, not as the ANSI code page.
      const bytes = Buffer.from(`\uFEFF${handoutText(rows, [both('bilingual.file.handoutTitle'), zh('bilingual.file.handoutHowText'), en('bilingual.file.handoutHowText')])}`, 'utf8');
      return ok({ fileName, mimeType: 'text/plain;charset=utf-8', contentBase64: bytes.toString('base64'), bytes: bytes.length, rows: rows.length });
    }
    const bytes = await buildHandoutDocx(rows, job.name);
    return ok({ fileName, mimeType: DOCX_MIME, contentBase64: bytes.toString('base64'), bytes: bytes.length, rows: rows.length });
  },
  'documents.importHandout': async (request, { untrusted }) => {
    try {
      return ok(await untrusted.importHandout(request.fileName, Buffer.from(request.contentBase64, 'base64')));
    } catch (error) {
      if (!(error instanceof ImportRefusal)) throw error;
      const issue: FieldIssue = error.params ? { path: ['contentBase64'], key: error.key, params: error.params } : { path: ['contentBase64'], key: error.key };
      return fail('validation', `Import refused: ${error.message}`, [issue]);
    }
  },
  'documents.exportReviewCopy': async (request, context) => {
    const job = prepare(request, context);
    if (isRefusal(job)) return job;
    const fileName = job.fileName(stem(request.language, 'bilingual.file.reviewStem'), request.format);
    if (request.format === 'docx') {
      const bytes = await buildReviewCopyDocx(request.document.blocks, { applicant: job.name });
      return ok({ fileName, mimeType: DOCX_MIME, contentBase64: bytes.toString('base64'), bytes: bytes.length });
    }
    try {
      const pdf = await buildReviewCopyPdf(request.document.blocks, { applicant: job.name }, context.fonts());
      return ok({ fileName, mimeType: 'application/pdf', contentBase64: pdf.bytes.toString('base64'), bytes: pdf.bytes.length, pages: pdf.pages });
    } catch (error) {
      if (error instanceof FontMissingError) return fail('internal', error.message, [{ path: [], key: 'documents.export.fontMissing', params: { file: error.file } }]);
      throw error;
    }
  },
};
