// The report before printing: everything the packet's documents need that is missing or invalid, each item
// pointing at the field to fix (in the profile, the application, the form or the summary). It never blocks a
// save; it decides whether a packet is printed clean, refused, or printed as a draft with 待填写 marks.
import type { Application } from '../application/schema';
import { missingFields } from '../profile/completeness';
import type { Profile } from '../profile/schema';
import type { Programme, SignedSectionId } from '../programmes/schema';
import { formOf, signedSections } from '../programmes/applicationForm';
import fieldRules from '../../templates/form/fields.json';
import { effectiveCommittee } from './committee';
import type { AssessmentForm, FormRowList } from './schema';

/** The documents of the packet an item concerns. */
export const PACKET_PARTS = ['form', 'summary', 'publicNotice'] as const;
export type PacketPart = (typeof PACKET_PARTS)[number];

/** Where the user fixes an item: a page of the app and the path of the field on it. */
export type FieldTarget =
  | { page: 'profile'; path: (string | number)[] }
  | { page: 'application'; path: (string | number)[] }
  | { page: 'form'; path: (string | number)[] }
  /** ['paragraph', n]: the n-th paragraph (0-based, headings included) of the summary. */
  | { page: 'summary'; path: [] | ['paragraph', number] };

export interface ReportItem {
  target: FieldTarget;
  /** An i18n key of shared/i18n/form.ts. */
  key: string;
  params?: Record<string, string | number>;
  /** missing: required and empty; hint: printable, but longer than suggested or worth a look. */
  severity: 'missing' | 'hint';
  parts: PacketPart[];
}

export interface FormReport {
  items: ReportItem[];
  /** True when nothing is missing (hints do not count). */
  complete: boolean;
}

export interface ReportInput {
  profile: Profile;
  application: Application;
  form: AssessmentForm;
  /** The summary's Word count (字数) and its target; null when no summary has been written. */
  summary: { words: number; target: number } | null;
  /**
   * The programme applied for, when known: only what its notice requires blocks a clean print. Guangzhou
   * publishes no summary minimum and has no Shanghai 个人承诺 / 单位核实意见 sections. Absent: Shanghai's rules.
   */
  programme?: (Pick<Programme, 'city' | 'summaryMinChars'> & Partial<Pick<Programme, 'assessingBody' | 'applicationForm' | 'basedOn'>>) | null;
}

const LENGTH_HINTS: Record<string, number> = fieldRules.lengthHints;
export const NONE_WHEN_EMPTY: readonly string[] = fieldRules.noneWhenEmpty;

const blank = (value: unknown) => value === null || value === '' || (Array.isArray(value) && value.length === 0);
const codePoints = (value: string) => [...value].length;

function profileItems(profile: Profile): ReportItem[] {
  const items: ReportItem[] = missingFields(profile).map((field) => ({
    target: { page: 'profile', path: field.path },
    key: 'report.required',
    severity: 'missing',
    parts: field.path[0] === 'person' ? ['form', 'publicNotice'] : ['form'],
  }));
  for (const [list, key] of [['education', 'report.noEducation'], ['workPeriods', 'report.noWork'], ['certificates', 'report.noCertificate']] as const) {
    if (profile[list].length === 0) items.push({ target: { page: 'profile', path: [list] }, key, severity: 'missing', parts: ['form'] });
  }
  profile.workPeriods.forEach((row, index) => {
    // No notice asks for a referee (证明人): a suggestion of TitlePrep's, so it warns only.
    if (row.referee === '') items.push({ target: { page: 'profile', path: ['workPeriods', index, 'referee'] }, key: 'report.noReferee', severity: 'hint', parts: ['form'] });
  });
  return items;
}

function applicationItems(application: Application): ReportItem[] {
  const items: ReportItem[] = [];
  if (application.programmeId === null) items.push({ target: { page: 'application', path: ['programmeId'] }, key: 'report.noProgramme', severity: 'missing', parts: ['form', 'publicNotice'] });
  if (application.targetLevel === null) items.push({ target: { page: 'application', path: ['targetLevel'] }, key: 'report.noLevel', severity: 'missing', parts: ['form', 'publicNotice'] });
  return items;
}

const REQUIRED_ROW_FIELDS: Partial<Record<FormRowList, readonly string[]>> = {
  achievements: ['title', 'startDate', 'role', 'work'],
  papers: ['title', 'venue', 'publishedOn'],
  patents: ['title', 'number'],
  standards: ['title', 'number'],
  awards: ['name', 'grantedBy'],
};

function formItems(form: AssessmentForm, signed: readonly SignedSectionId[], programme: ReportInput['programme']): ReportItem[] {
  const items: ReportItem[] = [];
  const missing = (path: (string | number)[], parts: PacketPart[] = ['form']) =>
    items.push({ target: { page: 'form', path }, key: 'report.required', severity: 'missing', parts });
  // No notice asks for these: TitlePrep suggests them, so they warn and never block a clean print.
  const suggested = (path: (string | number)[]) => items.push({ target: { page: 'form', path }, key: 'report.suggested', severity: 'hint', parts: ['form'] });

  const { registration, commitment, employerVerification, publicNotice } = form;
  // A programme that publishes no form (Guangzhou) has no online-system fields: no committee to require, no
  // 专业组 or social-insurance unit to suggest.
  const published = programme === null || programme === undefined || formOf(programme).name !== null;
  // The programme's assessing body is the committee unless the user overrides it: missing only without either.
  if (effectiveCommittee(registration, programme?.assessingBody ? { assessingBody: programme.assessingBody } : null).origin === 'missing') {
    // Guangzhou's catalogue names no committee: optional, nothing to report.
    if (published) missing(['registration', 'committee']);
  }
  if (published && registration.specialtyGroup === '') suggested(['registration', 'specialtyGroup']);
  if (published && !registration.insuranceBySameEmployer) {
    if (registration.insuranceUnitName === '') suggested(['registration', 'insuranceUnitName']);
    if (registration.insuranceUnitCreditCode === '') suggested(['registration', 'insuranceUnitCreditCode']);
  }
  if (form.achievements.length === 0) {
    items.push({ target: { page: 'form', path: ['achievements'] }, key: 'report.noAchievements', severity: 'hint', parts: ['form'] });
  }
  for (const [list, fields] of Object.entries(REQUIRED_ROW_FIELDS) as [FormRowList, readonly string[]][]) {
    form[list].forEach((row, index) => {
      for (const field of fields) {
        if (blank((row as Record<string, unknown>)[field])) missing([list, index, field]);
      }
      for (const [field, value] of Object.entries(row)) {
        const max = LENGTH_HINTS[`${list}.${field}`];
        if (max !== undefined && typeof value === 'string' && codePoints(value) > max) {
          items.push({ target: { page: 'form', path: [list, index, field] }, key: 'report.longerThanSuggested', params: { max, length: codePoints(value) }, severity: 'hint', parts: ['form'] });
        }
      }
    });
  }
  // The wordings are pasted from the official form: without them the draft shows an empty box to paste into.
  // Which sections the form has is the programme's data (Shanghai's: 沪人社专〔2024〕296号 四(三)); Guangzhou's papers have neither.
  if (signed.includes('commitment') && commitment.wording === '') missing(['commitment', 'wording']);
  if (signed.includes('employerVerification') && employerVerification.signatory === '') missing(['employerVerification', 'signatory']);
  if (publicNotice.startDate === null) missing(['publicNotice', 'startDate'], ['publicNotice']);
  if (publicNotice.contactName === '') missing(['publicNotice', 'contactName'], ['publicNotice']);
  if (publicNotice.contactPhone === '') missing(['publicNotice', 'contactPhone'], ['publicNotice']);
  return items;
}

function summaryItems(summary: ReportInput['summary'], minimumPublished: boolean): ReportItem[] {
  if (summary === null) return [{ target: { page: 'summary', path: [] }, key: 'report.noSummary', severity: 'missing', parts: ['summary'] }];
  // A minimum the notice gives (Shanghai: 不少于3000字) blocks; TitlePrep's default length only suggests.
  if (summary.words < summary.target) {
    return minimumPublished
      ? [{ target: { page: 'summary', path: [] }, key: 'report.summaryShort', params: { words: summary.words, target: summary.target }, severity: 'missing', parts: ['summary'] }]
      : [{ target: { page: 'summary', path: [] }, key: 'report.summaryShorterThanSuggested', params: { words: summary.words, target: summary.target }, severity: 'hint', parts: ['summary'] }];
  }
  return [];
}

export function reportForPrinting(input: ReportInput): FormReport {
  const programme = input.programme ?? null;
  // No programme chosen yet: the form is not known, and choosing the programme is already a missing item.
  const signed = signedSections(programme, input.profile.person.employerKind);
  const minimumPublished = programme === null || programme.summaryMinChars.value !== null;
  const items = [...applicationItems(input.application), ...profileItems(input.profile), ...formItems(input.form, signed, programme), ...summaryItems(input.summary, minimumPublished)];
  return { items, complete: items.every((item) => item.severity !== 'missing') };
}

/** The items that stop the given parts from printing clean. */
export function missingFor(report: FormReport, parts: readonly PacketPart[]): ReportItem[] {
  return report.items.filter((item) => item.severity === 'missing' && item.parts.some((part) => parts.includes(part)));
}
