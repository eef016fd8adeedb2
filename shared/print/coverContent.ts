// The cover sheet's content (打印说明), without layout: what the packet holds, where each copy is signed and
// sealed, and a checklist of the steps. The number of copies and the notice length come from the programme
// data, the copies' rule quoted with its source. The cover is a printing note, not part of the application.
import { type PrintKey, pzh, tprint } from '../i18n/print';
import { formOf, signedSections } from '../programmes/applicationForm';
import type { SignedSectionId } from '../programmes/schema';
import { reviewText } from '../i18n/review';
import { appliedFor, levelText, seriesText } from './appliedFor';
import type { NoticePeriodView } from './noticePeriod';
import type { Localized } from './noticeContent';
import { type QuotedSource, quotedSource } from './quotedSource';
import { MissingFields, type PrintSource, type PrintValue, applicantName, cell, chineseDate } from './values';

export interface CoverPart {
  title: string;
  /** Pages of one copy of this part. */
  pages: number;
  copies: number;
}

export interface CoverContents {
  parts: CoverPart[];
  /** true: the form in the packet is the one the online system generated; false: TitlePrep's draft. */
  officialFormUsed: boolean;
  /** false: the packet leaves out the public notice (no source asks for one): the checklist says so. Default true. */
  noticeIncluded?: boolean;
  /** The public notice's period, when the caller computed it: the checklist then gives its dates. */
  noticePeriod?: NoticePeriodView;
  /** The review's warnings the applicant acknowledged that still stand (shared/review/acknowledged.ts). */
  acknowledged?: Localized[];
  /** Double-sided printing with blank back pages (the default); false: single-sided. */
  duplex?: boolean;
  /** Pages of one copy where someone signs or seals, when the caller knows them (1-based within a copy). */
  signingPages?: { page: number; what: SignedSectionId | 'summarySignature' }[];
}

export interface CoverContent {
  title: Localized;
  notPart: Localized;
  facts: { label: Localized; value: PrintValue }[];
  contents: { heading: Localized; columns: Localized[]; rows: string[][] };
  signing: {
    heading: Localized;
    /** "打印一式三份" with the notice's words, or a note that the data does not say. */
    rule: { text: Localized; source: QuotedSource | null };
    form: { text: Localized; draft: boolean };
    /** The programme's form has no signed or sealed section (none published): this says so, and there is no table. */
    none: Localized | null;
    columns: Localized[];
    /** One row per copy: its label and the places to sign or seal (the form's signed sections, in order). */
    copies: Localized[];
    /** The headers of the table as printed: one row per section (its name, who signs or seals, a box per copy). */
    headers: Localized[];
    places: Localized[];
  };
  checklist: { heading: Localized; steps: Localized[] };
  /** The acknowledged review warnings, each "已确认：…"; null when there are none. */
  acknowledged: { heading: Localized; lines: Localized[] } | null;
  /** How to print and staple, where each copy is signed, and that the summary's copies are TitlePrep's default. */
  printing: { heading: Localized; lines: Localized[] };
}

const SIGNING_WHAT: Record<NonNullable<CoverContents['signingPages']>[number]['what'], PrintKey> = {
  commitment: 'print.section.commitment',
  employerVerification: 'print.section.employerVerification',
  postConfirmation: 'print.section.postConfirmation',
  summarySignature: 'print.section.summary',
};

/** Who signs or seals each section, in the cover's table and checklist. */
const PLACE: Record<SignedSectionId, { place: PrintKey; step: PrintKey }> = {
  commitment: { place: 'print.cover.applicantSigns', step: 'print.cover.step.sign' },
  employerVerification: { place: 'print.cover.employerSeals', step: 'print.cover.step.seal' },
  postConfirmation: { place: 'print.cover.authorityConfirms', step: 'print.cover.step.confirm' },
};

function printingLines(contents: CoverContents, published: boolean): Localized[] {
  // Without the notice in the packet (no source asks for one), the lines do not speak of it.
  const notice = contents.noticeIncluded !== false;
  const lines = [
    localized(contents.duplex === false ? 'print.cover.printing.simplex' : notice ? 'print.cover.printing.duplex' : 'print.cover.printing.duplexNoNotice'),
    localized(notice ? 'print.cover.printing.staple' : 'print.cover.printing.stapleNoNotice'),
  ];
  const pages = contents.signingPages ?? [];
  if (pages.length > 0) {
    const list = (language: 'zh' | 'en') => pages
      .map(({ page, what }) => tprint(language, 'print.cover.printing.page', { page, what: tprint(language, SIGNING_WHAT[what]) }))
      .join(tprint(language, 'print.listSeparator'));
    lines.push({ zh: pzh('print.cover.printing.signPages', { pages: list('zh') }), en: tprint('en', 'print.cover.printing.signPages', { pages: list('en') }) });
  }
  lines.push(localized(published ? 'print.cover.printing.summaryCopies' : 'print.cover.printing.summaryCopiesDetails'));
  return lines;
}

/** 一式三份: small counts in Chinese numerals, as such instructions write them. */
const CHINESE_COUNTS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const chineseCount = (count: number) => CHINESE_COUNTS[count] ?? String(count);

const localized = (key: PrintKey, params?: Record<string, string | number>): Localized => ({ zh: pzh(key, params), en: tprint('en', key, params) });

export function coverContent(source: PrintSource, contents: CoverContents): CoverContent {
  const { profile } = source.stored;
  const { programme, form } = source;
  const missing = new MissingFields(source.report);
  const applied = appliedFor(source.application, programme, profile);
  const seriesLevel = [seriesText(applied), levelText(applied)].filter((part) => part !== '').join(' ');
  const copiesRequired = programme?.printCopies.value ?? null;
  const copies = Math.max(1, ...contents.parts.map((part) => part.copies));
  const minimum = programme?.publicNotice.value ?? null;
  const days = (minimum ?? 0) + form.publicNotice.extraWorkdays;
  const period = contents.noticePeriod;
  const window = programme?.dates.materialsWindow.value ?? null;

  // The form's signed and sealed sections for this applicant (programme data): none on TitlePrep's own sheet.
  const sections = signedSections(programme, profile.person.employerKind);
  const published = programme !== null && formOf(programme).name !== null;
  const steps: Localized[] = [
    localized('print.cover.step.print', { copies }),
    ...sections.map((id) => localized(PLACE[id].step)),
    contents.noticeIncluded === false
      ? localized('print.cover.step.noticeLeftOut')
      : period?.start && period.end
      ? {
          zh: pzh('print.cover.step.noticePeriod', { period: pzh('print.notice.periodValue', { start: chineseDate(period.start), end: chineseDate(period.end), days: period.workdays }) }),
          en: tprint('en', 'print.cover.step.noticePeriod', { period: tprint('en', 'print.notice.periodValue', { start: period.start, end: period.end, days: period.workdays }) }),
        }
      : minimum === null
        ? localized('print.cover.step.noticeUnknown')
        : localized('print.cover.step.notice', { days }),
    window
      ? {
          zh: pzh('print.cover.step.submitWindow', { from: chineseDate(window.from), to: chineseDate(window.to) }),
          en: tprint('en', 'print.cover.step.submitWindow', { from: window.from, to: window.to }),
        }
      : localized('print.cover.step.submit'),
  ];

  return {
    title: localized('print.cover.title'),
    notPart: localized('print.cover.notPart'),
    facts: [
      { label: localized('print.cover.applicant'), value: cell(applicantName(profile), missing.has('profile', 'person', 'nameZh')) },
      { label: localized('print.cover.employer'), value: cell(profile.person.employerName, missing.has('profile', 'person', 'employerName')) },
      { label: localized('print.cover.programme'), value: cell(applied.programme, missing.has('application', 'programmeId')) },
      { label: localized('print.cover.level'), value: cell(seriesLevel, missing.has('application', 'targetLevel')) },
    ],
    contents: {
      heading: localized('print.cover.contents'),
      columns: [localized('print.cover.part.number'), localized('print.cover.part.title'), localized('print.cover.part.pages'), localized('print.cover.part.copies')],
      rows: contents.parts.map((part, index) => [String(index + 1), part.title, String(part.pages), String(part.copies)]),
    },
    signing: {
      heading: localized('print.cover.signing'),
      rule: copiesRequired !== null && programme
        ? {
            text: { zh: pzh('print.cover.copiesRule', { copies: chineseCount(copiesRequired) }), en: tprint('en', 'print.cover.copiesRule', { copies: copiesRequired }) },
            source: quotedSource(programme.printCopies.source),
          }
        : { text: localized('print.cover.copiesUnknown'), source: null },
      form: contents.officialFormUsed
        ? { text: localized('print.cover.officialUsed'), draft: false }
        : published ? { text: localized('print.cover.draftUsed'), draft: true } : { text: localized('print.cover.detailsUsed'), draft: false },
      none: sections.length === 0 ? localized('print.cover.noSigning') : null,
      columns: sections.length === 0 ? [] : [localized('print.cover.copyColumn'), ...sections.map((id) => localized(SIGNING_WHAT[id]))],
      headers: sections.length === 0 ? [] : [localized('print.cover.placeColumn'), localized('print.cover.actionColumn'), localized('print.cover.copiesColumn')],
      copies: sections.length === 0 ? [] : Array.from({ length: copies }, (_, index) => localized('print.cover.copy', { copy: index + 1 })),
      places: sections.map((id) => localized(PLACE[id].place)),
    },
    checklist: { heading: localized('print.cover.checklist'), steps },
    acknowledged: contents.acknowledged && contents.acknowledged.length > 0 ? { heading: { zh: reviewText('zh', 'review.cover.heading'), en: reviewText('en', 'review.cover.heading') }, lines: contents.acknowledged } : null,
    printing: { heading: localized('print.cover.printing'), lines: printingLines(contents, published) },
  };
}
