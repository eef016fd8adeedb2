// Handlers of the document channels. Import reads the file and returns the document: it writes nothing.
// Export lays out the document the editor sent (what the user sees), or the saved summary when none was
// sent, and returns the file: nothing is written to disk here, so a failure never leaves a partial file.
import type { Channel, ParsedRequestOf } from '../../../shared/contract/channels';
import type { FieldIssue } from '../../../shared/contract/result';
import { type Result, fail, ok } from '../../../shared/contract/result';
import { td } from '../../../shared/i18n/documents';
import { isProgrammeId } from '../../../shared/programmes';
import { programmeById } from '../form/load';
import { shanghaiDate } from '../../../shared/summary/day';
import type { SummaryDocument } from '../../../shared/summary/document';
import type { HandlerContext, Handlers } from '../handlerContext';
import { type SummaryPrintText, buildSummaryDocx } from './export/summaryDocx';
import { buildSummaryPdf } from './export/summaryPdf';
import { summaryPrintText } from './export/summaryText';
import { exportFileName } from './fileName';
import { FontMissingError } from './fonts';
import { ImportRefusal } from './import/refusal';
import { bilingualDocumentHandlers } from './bilingual/handlers';

type DocumentChannel = Extract<Channel, `documents.${string}`>;
type ExportRequest = ParsedRequestOf<'documents.exportSummaryPdf'>;

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface ExportJob {
  document: SummaryDocument;
  text: SummaryPrintText;
  fileName(extension: 'docx' | 'pdf'): string;
}

/** What an export needs, or the reply that refuses it (unknown applicant or programme, nothing to export). */
function prepareExport(request: ExportRequest, context: HandlerContext): ExportJob | Result<never> {
  const { applicants, programmes, summaries, now } = context;
  const stored = applicants.getProfile(request.applicantId);
  if (!stored) return fail('not-found', `No applicant with id ${request.applicantId}`);
  if (!isProgrammeId(request.programmeId) && !programmes.round(request.programmeId)?.round) {
    return fail('not-found', `No programme with id ${request.programmeId}`);
  }
  const document = request.document ?? summaries.get(request.applicantId, request.programmeId).document;
  if (!document.blocks.some((block) => block.text.trim() !== '')) {
    return fail('validation', 'The summary is empty: nothing to export', [{ path: ['document'], key: 'documents.export.empty' }]);
  }
  const { nameZh, nameLatin } = stored.profile.person;
  const name = nameZh || nameLatin;
  const date = shanghaiDate(now()) ?? '';
  const language = request.language;
  return {
    document,
    // The user's choice, else the programme's data (not printed where the notice does not say).
    text: summaryPrintText(name, { employer: stored.profile.person.employerName, employerReview: request.employerReview ?? programmeById(request.programmeId, context)?.summaryEmployerReview?.value ?? false }),
    fileName: (extension) => exportFileName(td(language, 'documents.print.fileStem'), name, date, extension),
  };
}

const isRefusal = (value: ExportJob | Result<never>): value is Result<never> => 'ok' in value;

function fontMissing(error: FontMissingError): Result<never> {
  const issue: FieldIssue = { path: [], key: 'documents.export.fontMissing', params: { file: error.file } };
  return fail('internal', error.message, [issue]);
}

export const documentHandlers: Pick<Handlers, DocumentChannel> = {
  ...bilingualDocumentHandlers,
  'documents.importSummary': async (request, { untrusted }) => {
    try {
      // mammoth and the readers run in the parser process: a hostile file cannot reach this one.
      return ok(await untrusted.importSummary(request.fileName, Buffer.from(request.contentBase64, 'base64')));
    } catch (error) {
      if (!(error instanceof ImportRefusal)) throw error;
      const issue: FieldIssue = error.params ? { path: ['contentBase64'], key: error.key, params: error.params } : { path: ['contentBase64'], key: error.key };
      return fail('validation', `Import refused: ${error.message}`, [issue]);
    }
  },
  'documents.exportSummaryDocx': async (request, context) => {
    const job = prepareExport(request, context);
    if (isRefusal(job)) return job;
    const bytes = await buildSummaryDocx(job.document.blocks, job.text);
    return ok({ fileName: job.fileName('docx'), mimeType: DOCX_MIME, contentBase64: bytes.toString('base64'), bytes: bytes.length });
  },
  'documents.exportSummaryPdf': async (request, context) => {
    const job = prepareExport(request, context);
    if (isRefusal(job)) return job;
    try {
      const pdf = await buildSummaryPdf(job.document.blocks, job.text, context.fonts());
      return ok({ fileName: job.fileName('pdf'), mimeType: 'application/pdf', contentBase64: pdf.bytes.toString('base64'), bytes: pdf.bytes.length, pages: pdf.pages });
    } catch (error) {
      if (error instanceof FontMissingError) return fontMissing(error);
      throw error;
    }
  },
};
