// The public-notice sheet's content (申报材料公示), without layout: the employer, the applicant, what is
// applied for, the overseas qualification, the period on the working calendar, where it is posted, who
// receives objections, and the basis: the programme's own quoted words with their source, never a rule
// written by TitlePrep. A period reaching a year without holiday data carries a visible warning.
import { type PrintKey, pzh, tprint } from '../i18n/print';
import { appliedFor, levelText, seriesText } from './appliedFor';
import type { NoticePeriodView } from './noticePeriod';
import { type QuotedSource, quotedSource } from './quotedSource';
import { BLANK, MISSING, MissingFields, type PrintSource, type PrintValue, applicantName, cell, chineseDate, textValue } from './values';

export interface Localized {
  zh: string;
  en: string;
}

export interface NoticeRow {
  label: Localized;
  value: PrintValue;
}

export interface NoticeContent {
  title: Localized;
  intro: Localized;
  rows: NoticeRow[];
  /** Shown in a box when the end date could not be computed on official holiday data; null otherwise. */
  warning: Localized | null;
  objections: Localized;
  basis: { label: Localized; source: QuotedSource } | null;
  seal: Localized;
  date: Localized;
  /** Written under the date for the employer to fill in. */
  blankDate: string;
}

const localized = (key: PrintKey, params?: Record<string, string | number>): Localized => ({ zh: pzh(key, params), en: tprint('en', key, params) });

/** "2025年9月1日至2025年9月5日（共5个工作日）", or 待填写 while there is no start or no length. */
export function periodValue(period: NoticePeriodView, startMissing: boolean): PrintValue {
  if (period.start === null) return startMissing ? MISSING : BLANK;
  // A start without a length (no programme minimum, no extra days): the end cannot be printed.
  if (period.end === null) return { kind: 'missing', text: chineseDate(period.start) };
  return textValue(pzh('print.notice.periodValue', { start: chineseDate(period.start), end: chineseDate(period.end), days: period.workdays }));
}

export function noticeContent(source: PrintSource, period: NoticePeriodView): NoticeContent {
  const { profile } = source.stored;
  const { person } = profile;
  const { publicNotice } = source.form;
  const missing = new MissingFields(source.report);
  const p = (field: string) => missing.has('profile', 'person', field);
  const applied = appliedFor(source.application, source.programme, profile);
  const departmentPost = [person.department, person.post].filter((part) => part !== '').join(' / ');
  const seriesLevel = [seriesText(applied), levelText(applied)].filter((part) => part !== '').join(' ');
  const qualifications = profile.certificates
    .filter((certificate) => certificate.name !== '')
    .map((certificate) => (certificate.issuingBody ? pzh('print.notice.qualificationValue', { name: certificate.name, issuingBody: certificate.issuingBody }) : certificate.name))
    .join(pzh('print.sentenceSeparator'));
  const contactMissing = missing.has('form', 'publicNotice', 'contactName') || missing.has('form', 'publicNotice', 'contactPhone');
  const contact = publicNotice.contactName !== '' && publicNotice.contactPhone !== ''
    ? textValue(pzh('print.notice.contactValue', { name: publicNotice.contactName, phone: publicNotice.contactPhone }))
    : contactMissing
      ? { kind: 'missing' as const, ...(publicNotice.contactName || publicNotice.contactPhone ? { text: publicNotice.contactName || publicNotice.contactPhone } : {}) }
      : BLANK;
  const row = (key: PrintKey, value: PrintValue): NoticeRow => ({ label: localized(key), value });
  const years = period.yearsWithoutData.join('、');
  return {
    title: localized('print.notice.title'),
    intro: localized('print.notice.intro'),
    rows: [
      row('print.notice.employer', cell(person.employerName, p('employerName'))),
      row('print.notice.applicant', cell(applicantName(profile), p('nameZh'))),
      row('print.notice.departmentPost', cell(departmentPost, false)),
      row('print.notice.programme', cell(applied.programme, missing.has('application', 'programmeId'))),
      row('print.notice.seriesLevel', cell(seriesLevel, missing.has('application', 'targetLevel'))),
      row('print.notice.qualification', cell(qualifications, missing.has('profile', 'certificates'))),
      row('print.notice.period', periodValue(period, missing.has('form', 'publicNotice', 'startDate'))),
      row('print.notice.location', cell(publicNotice.location, false)),
      row('print.notice.contact', contact),
    ],
    warning: period.yearsWithoutData.length > 0 ? localized('print.notice.yearsWithoutData', { years }) : null,
    objections: localized('print.notice.objections'),
    basis: source.programme ? { label: localized('print.notice.basis'), source: quotedSource(source.programme.publicNotice.source) } : null,
    seal: localized('print.notice.seal'),
    date: localized('print.date'),
    blankDate: pzh('print.blankDate'),
  };
}
