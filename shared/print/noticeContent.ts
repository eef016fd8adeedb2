// The public notice's content (申报材料公示), without layout, always in Chinese: it is posted on the
// employer's noticeboard. The facts the notice asks the employer to show (the applicant, the post, what is
// applied for, the overseas qualification, the education, the years of relevant work and the main
// achievements, one line each), the period on the working calendar, where it is posted, who receives
// objections, and the 落款: the employer's full name and the issue date, where the seal is pressed. No
// source or file name is printed on a noticeboard sheet. A period reaching a year without holiday data
// carries a visible warning.
import { dayNumber } from '../calendar/isoDate';
import { countedDays, fullYears, intervalsOf } from '../eligibility/experience';
import { type PrintKey, pzh, tprint } from '../i18n/print';
import { appliedFor, levelText, seriesText } from './appliedFor';
import type { NoticePeriodView } from './noticePeriod';
import { WRITE_IN } from './noticeRecordContent';
import { BLANK, MISSING, MissingFields, type PrintSource, type PrintValue, applicantName, cell, chineseDate, textValue, unbroken } from './values';

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
  /** The closing sentence naming the contact for objections (待填写 while the contact is missing). */
  objections: PrintValue;
  /** 落款: the employer's full name as on its seal, and the issue date (the first day of the notice). */
  closing: { employer: PrintValue; date: string };
}

const localized = (key: PrintKey, params?: Record<string, string | number>): Localized => ({ zh: pzh(key, params), en: tprint('en', key, params) });

/** "2025年9月1日至2025年9月5日（共5个工作日）", or 待填写 while there is no start or no length. */
export function periodValue(period: NoticePeriodView, startMissing: boolean): PrintValue {
  if (period.start === null) return startMissing ? MISSING : BLANK;
  // A start without a length (no programme minimum, no extra days): the end cannot be printed.
  if (period.end === null) return { kind: 'missing', text: chineseDate(period.start) };
  return textValue(pzh('print.notice.periodValue', { start: chineseDate(period.start), end: chineseDate(period.end), days: period.workdays }));
}

/** The highest degree entered, as the form names it (本科（学士）…); '' when none is entered. */
function highestEducation(source: PrintSource): string {
  const ladder = ['doctorate', 'master', 'second-bachelor', 'bachelor', 'junior-college', 'senior-high', 'other'] as const;
  const education = source.stored.profile.education.filter((entry) => entry.degree !== null);
  const best = ladder.find((degree) => education.some((entry) => entry.degree === degree));
  if (!best) return '';
  const entry = education.find((row) => row.degree === best)!;
  const parts = [entry.school, entry.major, pzh(`print.degree.${best}`)].filter((part) => part !== '');
  return parts.join(' ');
}

/** Full years of relevant work, counted as the eligibility engine counts them, up to the notice's first day. */
function relevantYears(source: PrintSource, start: string | null): string {
  const cutoff = start === null ? null : dayNumber(start);
  if (cutoff === null) return '';
  const periods = source.stored.profile.workPeriods.flatMap((period) => {
    const from = period.startDate === null ? null : dayNumber(period.startDate);
    if (from === null || !period.relevant) return [];
    const to = period.endDate === null ? null : dayNumber(period.endDate);
    return [{ from, to }];
  });
  if (periods.length === 0) return '';
  const countable = periods.map((period, index) => ({ ...period, index, relevant: true, inCity: false, overseas: false }));
  const days = countedDays(intervalsOf(countable, () => true, cutoff), cutoff);
  return pzh('print.notice.yearsValue', { years: fullYears(days) });
}

/** The main achievements, one line each: projects, papers, patents, standards, awards. */
function achievementLines(source: PrintSource): string {
  const { form } = source;
  const lines = [
    ...form.achievements.filter((row) => row.title !== '').map((row) => pzh('print.notice.line.achievement', { title: row.title })),
    ...form.papers.filter((row) => row.title !== '').map((row) => pzh('print.notice.line.paper', { title: row.title })),
    ...form.patents.filter((row) => row.title !== '').map((row) => (row.number ? pzh('print.notice.line.patentNumbered', { title: row.title, number: unbroken(row.number) }) : pzh('print.notice.line.patent', { title: row.title }))),
    ...form.standards.filter((row) => row.title !== '').map((row) => (row.number ? pzh('print.notice.line.standardNumbered', { title: row.title, number: unbroken(row.number) }) : pzh('print.notice.line.standard', { title: row.title }))),
    ...form.awards.filter((row) => row.name !== '').map((row) => pzh('print.notice.line.award', { title: row.name })),
  ];
  return lines.map((line, index) => `${index + 1}. ${line}`).join('\n');
}

/** The sentence that ends the notice, with the contact in it; the contact missing stays visibly 待填写. */
function objectionsValue(contact: PrintValue): PrintValue {
  const sentence = (text: string) => pzh('print.notice.objections', { contact: text });
  switch (contact.kind) {
    case 'text':
      return textValue(sentence(contact.text));
    case 'missing':
      return { kind: 'missing', text: sentence(contact.text ?? '') };
    default:
      return textValue(sentence(WRITE_IN));
  }
}

/** How the applied level's title is obtained, from the programme's data (null: no programme or level yet). */
function procedureOf(source: PrintSource): string | null {
  const level = source.application.targetLevel ?? source.application.catalogueLevel ?? null;
  const levels = source.programme?.levels ?? [];
  const entry = levels.find((candidate) => candidate.level === level) ?? (levels.every((candidate) => candidate.procedure.kind === levels[0]?.procedure.kind) ? levels[0] : undefined);
  return entry?.procedure.kind ?? null;
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
  const achievements = achievementLines(source);
  return {
    title: localized('print.notice.title'),
    // 考核认定 is Shanghai's procedure; a level filled through the annual evaluation (Guangzhou) is 评审.
    intro: localized(procedureOf(source) === 'annual-evaluation' ? 'print.notice.introEvaluation' : 'print.notice.intro'),
    rows: [
      row('print.notice.applicant', cell(applicantName(profile), p('nameZh'))),
      row('print.notice.departmentPost', cell(departmentPost, false)),
      row('print.notice.programme', cell(applied.programme, missing.has('application', 'programmeId'))),
      row('print.notice.seriesLevel', cell(seriesLevel, missing.has('application', 'targetLevel'))),
      row('print.notice.qualification', cell(qualifications, missing.has('profile', 'certificates'))),
      row('print.notice.education', cell(highestEducation(source), false)),
      row('print.notice.years', cell(relevantYears(source, period.start), false)),
      row('print.notice.achievements', achievements === '' ? { kind: 'none' } : textValue(achievements)),
      row('print.notice.period', periodValue(period, missing.has('form', 'publicNotice', 'startDate'))),
      row('print.notice.location', cell(publicNotice.location, false)),
    ],
    warning: period.yearsWithoutData.length > 0 ? localized('print.notice.yearsWithoutData', { years }) : null,
    objections: objectionsValue(contact),
    closing: {
      employer: cell(person.employerName, p('employerName')),
      // The notice is issued on its first day; without a start the date is left for the employer to write.
      date: period.start ? chineseDate(period.start) : pzh('print.blankDate'),
    },
  };
}
