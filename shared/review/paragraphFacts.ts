// What the review reads in one paragraph, from its text alone: placeholders, dates, periods, the phrases that
// name a title applied for, its 字数 and its normal form for matching. Depending on nothing else, the facts
// are cached by the paragraph's text, so a keystroke re-reads only the paragraph it changed.
import { countParagraph, type WordCount } from '../text/wordcount';
import { type PartialDate, normalizeForMatch, sentenceAround } from './text';

export interface DateMention {
  text: string;
  date: PartialDate;
}

export interface PeriodMention {
  text: string;
  from: PartialDate;
  /** 'now': 至今. */
  to: PartialDate | 'now';
  /** The sentence around it, in normal form: where its employer is looked for. */
  sentence: string;
}

export interface ParagraphFacts {
  count: WordCount;
  normalized: string;
  placeholders: string[];
  dates: DateMention[];
  periods: PeriodMention[];
  /** The words following a verb of applying (申报, 申请 …): where a title applied for is named. */
  titlePhrases: string[];
}

/**
 * Placeholders templates and drafts leave: a bracketed 【…】 asking for input, the bare requests 待填写 and the
 * like, TODO/TBD/FIXME, runs of X or × standing for a name or a number (XX公司, 20XX年), ○○, blanks of
 * underscores and {{template}} fields. 〇 is a digit (二〇二〇年) and never one.
 */
const PLACEHOLDER =
  /【[^】\n]{0,30}】|[[［(（]?(?:待填写|待补充|请填写|请补充|此处填写|待完善)[\]］)）]?|\b(?:TODO|FIXME|TBD)\b|(?<![A-Za-z])[XxＸｘ×]{2,}(?![A-Za-z])|[○◯]{2,}|[_＿]{3,}|\{\{[^}\n]*\}\}/gu;

/** 【…】 is a placeholder when it asks for something; a bracketed heading like 【项目背景】 is not. */
const BRACKET_REQUEST = /待|请|填|补充|此处|placeholder|todo|xx/iu;

const YEAR = '(?:19|20)\\d{2}';
const RANGE_SEPARATOR = '\\s*(?:[-–—~～－]+|至|到)\\s*';
/**
 * A date: 2025年, 2025年9月, 2025年9月1日, 2025-09, 2025.9.1, 2025/09/01; and a year at either end of a bare
 * range (2019-2027), which names years even without 年.
 */
const DATE = new RegExp(
  `(?<!\\d)(${YEAR})(?:\\s*年(?:\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*[日号])?)?|[-./](\\d{1,2})(?:[-./](\\d{1,2}))?(?!\\d)|(?=${RANGE_SEPARATOR}${YEAR}(?!\\d))|(?<=${YEAR}${RANGE_SEPARATOR}${YEAR})(?!\\d))`,
  'gu',
);

const PERIOD_END = `(${YEAR})(?:\\s*年(?:\\s*(\\d{1,2})\\s*月)?|[./](\\d{1,2})(?!\\d))?`;
/** A period: 2018年3月至2021年6月, 2019-2021年, 2019.03—2021.06, 2020年至今. */
const PERIOD = new RegExp(`(?<!\\d)${PERIOD_END}${RANGE_SEPARATOR}(?:${PERIOD_END}|(至今|今|现在))`, 'gu');

const APPLYING = /申报|申请|参评|评审|认定|晋升|评定/gu;
/** How far after the verb a title may stand (申请认定高级工程师职称). */
const PHRASE_LENGTH = 16;
const PHRASE_STOP = /[，。；！？,;!?\n]/u;

function partial(year: string, month: string | undefined, day: string | undefined): PartialDate | null {
  const date: PartialDate = { year: Number(year) };
  if (month !== undefined) {
    const value = Number(month);
    if (value < 1 || value > 12) return null;
    date.month = value;
    if (day !== undefined) {
      const dayValue = Number(day);
      if (dayValue < 1 || dayValue > 31) return null;
      date.day = dayValue;
    }
  }
  return date;
}

function placeholdersOf(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const value = match[0];
    if (value.startsWith('【') && !BRACKET_REQUEST.test(value)) continue;
    found.push(value);
  }
  return found;
}

function datesOf(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const match of text.matchAll(DATE)) {
    const date = partial(match[1]!, match[2] ?? match[4], match[3] ?? match[5]);
    if (date) found.push({ text: match[0], date });
  }
  return found;
}

function periodsOf(text: string): PeriodMention[] {
  const found: PeriodMention[] = [];
  for (const match of text.matchAll(PERIOD)) {
    const from = partial(match[1]!, match[2] ?? match[3], undefined);
    const to = match[7] !== undefined ? 'now' : partial(match[4]!, match[5] ?? match[6], undefined);
    if (!from || !to) continue;
    found.push({ text: match[0], from, to, sentence: normalizeForMatch(sentenceAround(text, match.index)) });
  }
  return found;
}

function titlePhrasesOf(text: string): string[] {
  const phrases: string[] = [];
  for (const match of text.matchAll(APPLYING)) {
    let phrase = text.slice(match.index + match[0].length, match.index + match[0].length + PHRASE_LENGTH);
    const stop = PHRASE_STOP.exec(phrase);
    if (stop) phrase = phrase.slice(0, stop.index);
    if (phrase !== '') phrases.push(phrase);
  }
  return phrases;
}

/** `count`: the 字数 of a paragraph, from a cache the caller already keeps (the editor's), or counted here. */
export function readParagraph(text: string, count: (text: string) => WordCount = countParagraph): ParagraphFacts {
  return {
    count: count(text),
    normalized: normalizeForMatch(text),
    placeholders: placeholdersOf(text),
    dates: datesOf(text),
    periods: periodsOf(text),
    titlePhrases: titlePhrasesOf(text),
  };
}
