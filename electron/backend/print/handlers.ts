// Handlers of the print channels. Every document is built in memory and returned as base64: nothing is
// written to disk here, so a refusal or a failure never leaves a partial file. Before anything is laid out,
// the report decides: complete, refused with the list of what is missing, or printed with 待填写 marks.
import type { Channel, Language, ParsedRequestOf } from '../../../shared/contract/channels';
import { type FieldIssue, type Result, fail, ok } from '../../../shared/contract/result';
import { type PacketPart, type ReportItem, missingFor } from '../../../shared/form/validation';
import { tp } from '../../../shared/i18n/packet';
import { shanghaiDate } from '../../../shared/summary/day';
import { acknowledgedFindings, acknowledgedLines } from '../../../shared/review/acknowledged';
import { reviewOf } from '../review/reviewOf';
import { paragraphsFromPlainText } from '../../../shared/summary/document';
import { pzh } from '../../../shared/i18n/print';
import { formTitle } from '../../../shared/print/formContent';
import { formOf } from '../../../shared/programmes/applicationForm';
import { SIGNED_SECTIONS } from '../../../shared/programmes/schema';
import { publicNoticeByDefault } from '../../../shared/programmes/publicNotice';
import type { HandlerContext, Handlers } from '../handlerContext';
import { buildSummaryPdf } from '../documents/export/summaryPdf';
import { summaryPrintText } from '../documents/export/summaryText';
import { exportFileName } from '../documents/fileName';
import { FontMissingError, checkFontFiles } from '../documents/fonts';
import { type ApplicationFile, loadApplicationFile } from '../form/load';
import {
  type CoverContents,
  buildCoverSheet,
  buildFormDocx,
  buildFormDraft,
  buildNoticeRecord,
  buildNoticeRecordDocx,
  buildPublicNotice,
  buildPublicNoticeDocx,
  noticePeriodOf,
  recordPeriodOf,
  userCalendar,
} from './builders';
import { readsAsStored } from './officialPdf';
import { type PacketGroup, type PacketSource, assemblePacket } from './packet';
import type { BuiltPdf, PrintOptions } from './types';

type PrintChannel = Extract<Channel, `print.${string}`>;
type DocumentRequest = ParsedRequestOf<'print.publicNoticePdf'>;

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PDF_MIME = 'application/pdf';

/** Code points of the applicant's name in the top band: more would wrap into the page below the band. */
const BAND_NAME_MAX = 30;

const notFound = (id: string) => fail('not-found', `No applicant with id ${id}`);

/** The refusal that lists what is missing: a headline issue, then one issue per report item. */
function incomplete(items: readonly ReportItem[]): Result<never> {
  const issues: FieldIssue[] = [
    { path: [], key: 'packet.incomplete', params: { count: items.length } },
    ...items.map((item): FieldIssue => {
      const issue: FieldIssue = { path: [item.target.page, ...item.target.path], key: item.key };
      return item.params ? { ...issue, params: item.params } : issue;
    }),
  ];
  return fail('validation', `${items.length} required item(s) missing: ${items.map((item) => `${item.target.page}.${item.target.path.join('.')}`).join(', ')}`, issues);
}

function fontMissing(error: FontMissingError): Result<never> {
  return fail('internal', error.message, [{ path: [], key: 'packet.fontMissing', params: { file: error.file } }]);
}

interface Job {
  file: ApplicationFile;
  missing: ReportItem[];
  options: PrintOptions;
  /** The interface language: the cover sheet's translation and the file names; never a handed-in document's words. */
  language: Language;
  name: string;
  fileName(stem: string, extension: 'pdf' | 'docx'): string;
}

/** Loads the applicant and applies the onMissing choice for the given parts; a Result is the refusal. */
function prepare(
  request: { applicantId: string; language: Language; onMissing: 'refuse' | 'mark' },
  parts: readonly PacketPart[] | ((file: ApplicationFile) => readonly PacketPart[]),
  context: HandlerContext,
): Job | Result<never> {
  const file = loadApplicationFile(request.applicantId, context);
  if (!file) return notFound(request.applicantId);
  const missing = missingFor(file.report, typeof parts === 'function' ? parts(file) : parts);
  if (missing.length > 0 && request.onMissing === 'refuse') return incomplete(missing);
  const now = context.now();
  const { nameZh, nameLatin } = file.stored.profile.person;
  const name = nameZh || nameLatin;
  const date = shanghaiDate(now) ?? '';
  // Both font files are checked before anything is laid out: a missing one is a typed error, no file at all.
  const fonts = context.fonts();
  checkFontFiles(fonts);
  return {
    file,
    missing,
    name,
    language: request.language,
    options: { markMissing: request.onMissing === 'mark', now, fonts },
    fileName: (stem, extension) => exportFileName(stem, name, date, extension),
  };
}

const isRefusal = (value: object): value is Result<never> => 'ok' in value;

/** Runs a build; a missing font becomes a typed error with its i18n key, anything else stays a bug. */
async function building<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof FontMissingError) return fontMissing(error);
    throw error;
  }
}

const pdfReply = (fileName: string, pdf: { bytes: Buffer; pages: number }) =>
  ({ fileName, mimeType: PDF_MIME, contentBase64: pdf.bytes.toString('base64'), bytes: pdf.bytes.length, pages: pdf.pages });
const docxReply = (fileName: string, bytes: Buffer) => ({ fileName, mimeType: DOCX_MIME, contentBase64: bytes.toString('base64'), bytes: bytes.length });

async function buildSummaryPart(job: Job, employerReview: boolean): Promise<BuiltPdf> {
  const { file, options, name } = job;
  const blocks = file.summary?.document.blocks.some((block) => block.text.trim() !== '')
    ? file.summary.document.blocks
    : paragraphsFromPlainText(tp('zh', 'packet.summaryMissing'));
  return buildSummaryPdf(blocks, summaryPrintText(name, { employer: file.stored.profile.person.employerName, employerReview }), options.fonts, { pageNumbers: false });
}

/** The packet's page numbers, the same style in every document: 第 1 页 / 共 9 页. */
const pageLabel = (page: number, pages: number) => tp('zh', 'packet.band.page', { page, pages });

async function packet(request: ParsedRequestOf<'print.packet'>, context: HandlerContext) {
  const official = context.forms.officialContent(request.applicantId);
  const officialPages = official ? context.forms.officialInfo(request.applicantId)?.pages ?? 0 : 0;
  // The notice only where a source asks for one, unless the user chose (shared/programmes/publicNotice.ts).
  const withNoticeFor = (programme: ApplicationFile['programme']) => request.publicNotice ?? publicNoticeByDefault(programme);
  // With the official form imported, the draft form is not printed: only the summary (and the notice) count.
  const parts = (loaded: ApplicationFile): PacketPart[] => [...(official ? [] : ['form' as const]), 'summary', ...(withNoticeFor(loaded.programme) ? ['publicNotice' as const] : [])];
  const job = prepare(request, parts, context);
  if (isRefusal(job)) return job;
  const { file, options, missing } = job;
  const withNotice = withNoticeFor(file.programme);
  const copies = request.copies ?? file.programme?.printCopies.value ?? null;
  if (copies === null) {
    const key = file.programme === null ? 'packet.copiesNoProgramme' : 'packet.copiesUnknown';
    return fail('validation', 'The number of copies is unknown: no programme, or the programme does not say', [{ path: ['copies'], key }]);
  }
  // Checked again in the parser process before pdf-lib reads it here (once a session: a file stored before
  // the checks existed, or by an older TitlePrep, may be a bomb). One that fails is set aside, never parsed.
  const recheck = official ? await context.untrusted.checkOfficialPdf(official) : null;
  if (recheck && !recheck.ok && recheck.refusal.key === 'official.hostile') {
    return fail('validation', `The stored official PDF was set aside: ${recheck.reason}`, [{ path: ['officialForm'], key: 'packet.officialSetAside' }]);
  }
  // A stored file that no longer loads (a damaged database) is refused, not a crash.
  if (official && (!recheck?.ok || !(await readsAsStored(official, officialPages)))) {
    return fail('validation', 'The stored official PDF cannot be read', [{ path: ['officialForm'], key: 'packet.officialUnreadable' }]);
  }

  const { language } = job;
  const period = noticePeriodOf(file, userCalendar(context));
  // One after the other: pdfmake is one shared instance whose fonts each builder sets before it lays out.
  // The cover lists the other parts with their pages, so it comes last.
  const form = official ? null : await buildFormDraft(file, options);
  // The user's choice on the print page, else the programme's data (false where the notice does not say).
  const employerReview = request.employerReview ?? file.programme?.summaryEmployerReview?.value ?? false;
  const summary = await buildSummaryPart(job, employerReview);
  const notice = withNotice ? await buildPublicNotice(file, period, options) : null;
  const record = withNotice ? await buildNoticeRecord(file, recordPeriodOf(file, userCalendar(context), context), options) : null;
  const duplex = request.duplex;
  const cover = await buildCoverSheet(file, {
    parts: [
      { title: official ? tp('zh', 'packet.part.official') : formTitle(file.programme), pages: form?.pages ?? officialPages, copies },
      { title: summaryPrintText('').title, pages: summary.pages, copies },
      ...(notice && record
        ? [
            { title: pzh('print.notice.title'), pages: notice.pages, copies: 1 },
            { title: pzh('print.record.title'), pages: record.pages, copies: 1 },
          ]
        : []),
    ],
    officialFormUsed: official !== null,
    noticeIncluded: withNotice,
    noticePeriod: period,
    acknowledged: acknowledgedLines(acknowledgedFindings(reviewOf(file, shanghaiDate(options.now) ?? options.now.slice(0, 10)), context.reviews.acknowledged(request.applicantId).map((entry) => entry.key)), file.programme !== null && formOf(file.programme).name !== null ? 'form' : 'details'),
    duplex,
    signingPages: signingPages(form, summary),
  }, { ...options, language });
  const formSource: PacketSource = official ? { bytes: official, origin: 'official' } : { bytes: form!.bytes, origin: 'own' };
  const summarySource: PacketSource = { bytes: summary.bytes, origin: 'own' };
  const note = bandNote(job);
  const groups: PacketGroup[] = [
    // The cover is kept by the applicant, not handed in: its band alone may follow the interface language.
    { sources: [{ bytes: cover.bytes, origin: 'own' }], label: tp(language, 'packet.band.cover'), note, pageLabel },
    ...Array.from({ length: copies }, (_, index): PacketGroup => ({
      sources: [formSource, summarySource],
      label: tp('zh', 'packet.band.copy', { copy: index + 1, copies }),
      note,
      pageLabel,
    })),
    ...(notice && record
      ? [
          // The notice is posted once, by the employer, at its premises: it is not part of each copy, and as a
          // public sheet it carries no label of ours (a page number only when it runs over a page).
          { sources: [{ bytes: notice.bytes, origin: 'own' as const }], label: '', note: '', pageLabel: noticePageLabel },
          // The record of the result: filled in after the period, kept by the employer; a sheet of its own.
          { sources: [{ bytes: record.bytes, origin: 'own' as const }], label: '', note: '', pageLabel: noticePageLabel },
        ]
      : []),
  ];
  const title = tp('zh', 'packet.title', { copies });
  const built = await assemblePacket(groups, { title, author: job.name, subject: title, now: new Date(options.now) }, options.fonts, { duplex, blankText: pzh('print.blankPage') });
  // Printed pages of one copy (form + summary), without the blank back page duplex printing adds.
  const pagesPerCopy = built.groups[1]?.pages ?? 0;
  return ok({
    ...pdfReply(job.fileName(tp(language, 'packet.file.stem'), 'pdf'), built),
    copies,
    pagesPerCopy,
    form: official ? ('official' as const) : ('draft' as const),
    marked: missing.length,
  });
}

/** Where each copy is signed or sealed, pages counted within a copy (form first, then the summary). */
function signingPages(form: BuiltPdf | null, summary: BuiltPdf): NonNullable<CoverContents['signingPages']> {
  const pages: NonNullable<CoverContents['signingPages']> = [];
  for (const what of SIGNED_SECTIONS) {
    const page = form?.signing?.[what];
    if (page) pages.push({ page, what });
  }
  // The summary ends with the applicant's signature: its last page. (An official form's pages are its own.)
  if (form) pages.push({ page: form.pages + summary.pages, what: 'summarySignature' });
  return pages;
}

/** The draft's file name: 考核认定表_草稿, or 申报信息汇总_草稿 for a programme that publishes no form. */
const formFileStem = (job: Job) => tp(job.language, job.file.programme && formOf(job.file.programme).name ? 'packet.file.formDraft' : 'packet.file.details');

/** The top band's left label: the draft mark, or the applicant (a long name shortened to stay on one line). */
function bandNote(job: Job): string {
  if (job.missing.length > 0) return tp('zh', 'packet.band.draft', { count: job.missing.length });
  const name = [...job.name].length > BAND_NAME_MAX ? `${[...job.name].slice(0, BAND_NAME_MAX - 1).join('')}…` : job.name;
  return tp('zh', 'packet.band.applicant', { name });
}

/** A one-page notice carries no page number (GB/T 9704 allows it); a longer one is numbered. */
const noticePageLabel = (page: number, pages: number) => (pages > 1 ? pageLabel(page, pages) : '');

/** A single document with the packet's bands: numbered pages, and for the form draft the applicant or draft mark. */
async function single(bytes: Buffer, job: Job, title: string, band: Pick<PacketGroup, 'note' | 'pageLabel'>): Promise<BuiltPdf> {
  const group: PacketGroup = { sources: [{ bytes, origin: 'own' }], label: '', ...band };
  return assemblePacket([group], { title, author: job.name, subject: title, now: new Date(job.options.now) }, job.options.fonts);
}

function withJob<R>(parts: readonly PacketPart[], work: (job: Job, context: HandlerContext) => Promise<Result<R>>) {
  return (request: DocumentRequest, context: HandlerContext): Promise<Result<R>> =>
    building(async () => {
      const job = prepare(request, parts, context);
      return isRefusal(job) ? job : work(job, context);
    });
}

export const printHandlers: Pick<Handlers, PrintChannel> = {
  'print.packet': (request, context) => building(() => packet(request, context)),
  'print.publicNoticePdf': withJob(['publicNotice'], async (job, context) => {
    const built = await buildPublicNotice(job.file, noticePeriodOf(job.file, userCalendar(context)), job.options);
    const stem = tp(job.language, 'packet.file.publicNotice');
    const stamped = await single(built.bytes, job, pzh('print.notice.title'), { note: '', pageLabel: noticePageLabel });
    return ok(pdfReply(job.fileName(stem, 'pdf'), stamped));
  }),
  'print.publicNoticeDocx': withJob(['publicNotice'], async (job, context) => {
    const bytes = await buildPublicNoticeDocx(job.file, noticePeriodOf(job.file, userCalendar(context)), job.options);
    return ok(docxReply(job.fileName(tp(job.language, 'packet.file.publicNotice'), 'docx'), bytes));
  }),
  'print.noticeRecordPdf': withJob(['publicNotice'], async (job, context) => {
    const built = await buildNoticeRecord(job.file, recordPeriodOf(job.file, userCalendar(context), context), job.options);
    const stamped = await single(built.bytes, job, pzh('print.record.title'), { note: '', pageLabel: noticePageLabel });
    return ok(pdfReply(job.fileName(tp(job.language, 'packet.file.noticeRecord'), 'pdf'), stamped));
  }),
  'print.noticeRecordDocx': withJob(['publicNotice'], async (job, context) => {
    const bytes = await buildNoticeRecordDocx(job.file, recordPeriodOf(job.file, userCalendar(context), context), job.options);
    return ok(docxReply(job.fileName(tp(job.language, 'packet.file.noticeRecord'), 'docx'), bytes));
  }),
  'print.formDraftPdf': withJob(['form'], async (job) => {
    const built = await buildFormDraft(job.file, job.options);
    const stamped = await single(built.bytes, job, formTitle(job.file.programme), { note: bandNote(job), pageLabel });
    return ok(pdfReply(job.fileName(formFileStem(job), 'pdf'), stamped));
  }),
  'print.formDocx': withJob(['form'], async (job) => {
    const bytes = await buildFormDocx(job.file, job.options);
    return ok(docxReply(job.fileName(formFileStem(job), 'docx'), bytes));
  }),
  'print.officialForm.import': async (request, { applicants, forms, now, untrusted }) => {
    if (!applicants.exists(request.applicantId)) return notFound(request.applicantId);
    const content = Buffer.from(request.contentBase64, 'base64');
    const checked = await untrusted.checkOfficialPdf(content);
    if (!checked.ok) {
      const { key, params } = checked.refusal;
      const issue: FieldIssue = params ? { path: ['contentBase64'], key, params } : { path: ['contentBase64'], key };
      return fail('validation', `Official PDF refused: ${checked.reason}`, [issue]);
    }
    const info = forms.putOfficial(request.applicantId, request.fileName, content, checked.pages, now());
    return ok({ ...info, warnings: checked.warnings });
  },
  'print.officialForm.get': (request, { applicants, forms }) => {
    if (!applicants.exists(request.applicantId)) return notFound(request.applicantId);
    return ok(forms.officialInfo(request.applicantId));
  },
  'print.officialForm.remove': (request, { applicants, forms }) => {
    if (!applicants.exists(request.applicantId)) return notFound(request.applicantId);
    return ok({ removed: forms.removeOfficial(request.applicantId) });
  },
};
