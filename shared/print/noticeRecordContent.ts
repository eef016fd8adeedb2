// The record of the public notice's result (公示情况说明), without layout, always in Chinese: the sheet the
// employer fills in after the notice period, signs and seals, keeps and often hands in with the materials
// (../shared/paper.md, "The public notice"). It states what was posted, where and when (the period on the
// working calendar), then leaves room to write whether objections came in and how they were handled, the
// result, who handled it, and the 落款 with the seal over the employer's name and the date.
import { pzh } from '../i18n/print';
import { appliedFor, levelText, seriesText } from './appliedFor';
import type { NoticePeriodView } from './noticePeriod';
import { applicantName, chineseDate } from './values';
import type { PrintSource } from './values';

export interface NoticeRecordContent {
  title: string;
  /** What was posted, when and where: one paragraph, blanks (＿＿＿＿) where a fact is not known yet. */
  statement: string;
  /** Questions answered by hand: a label, tick boxes or ruled lines to write on. */
  items: { label: string; choices: string[]; lines: number }[];
  signers: string[];
  closing: { employer: string; date: string };
}

/** A blank to write in by hand, for a fact TitlePrep does not know. */
export const WRITE_IN = '＿＿＿＿＿＿';

export function noticeRecordContent(source: PrintSource, period: NoticePeriodView): NoticeRecordContent {
  const { profile } = source.stored;
  const { person } = profile;
  const applied = appliedFor(source.application, source.programme, profile);
  const seriesLevel = [seriesText(applied), levelText(applied)].filter((part) => part !== '').join(' ');
  const or = (text: string | null) => (text === null || text.trim() === '' ? WRITE_IN : text);
  const statement = pzh('print.record.statement', {
    employer: or(person.employerName),
    start: period.start ? chineseDate(period.start) : WRITE_IN,
    end: period.end ? chineseDate(period.end) : WRITE_IN,
    days: period.end ? String(period.workdays) : WRITE_IN,
    location: or(source.form.publicNotice.location),
    name: or(applicantName(profile)),
    programme: or(applied.programme),
    seriesLevel: or(seriesLevel),
  });
  return {
    title: pzh('print.record.title'),
    statement,
    items: [
      { label: pzh('print.record.objections'), choices: [pzh('print.record.noObjection'), pzh('print.record.objectionsReceived')], lines: 0 },
      { label: pzh('print.record.handling'), choices: [], lines: 2 },
      { label: pzh('print.record.result'), choices: [pzh('print.record.resultNone'), pzh('print.record.resultOther')], lines: 0 },
    ],
    signers: [pzh('print.record.handler'), pzh('print.record.head')],
    closing: { employer: or(person.employerName), date: pzh('print.blankDate') },
  };
}
