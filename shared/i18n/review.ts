// Messages of the review across the documents (issue 13): each rule's finding and its short why, the panel
// and the cover sheet's list of acknowledged warnings. Keys follow the rule ids of shared/review.
import type { Language } from '../contract/channels';
import type { ReviewFinding } from '../review/types';
import { type Params, defineDictionary, translate } from './core';

const zh = {
  'review.heading': '通篇审查',
  // The programme's own form (Shanghai's 考核认定表), or TitlePrep's sheet where none is published (Guangzhou).
  'review.formName.form': '考核认定表',
  'review.formName.details': '申报信息汇总',
  'review.intro': '像评审专家一样通读工作总结、{form}和履历。错误须在打印前改正；提醒可逐条确认。',
  'review.loading': '正在审查……',
  'review.failed': '无法载入审查所需的资料：{reason}',
  'review.none': '未发现问题。',
  'review.counts': '错误 {errors} 个，提醒 {warnings} 个',
  'review.acknowledgedCount': '（其中 {count} 个已确认）',
  'review.severity.error': '错误',
  'review.severity.warning': '提醒',
  'review.where.paragraph': '第 {paragraph} 段',
  'review.where.form': '{form}',
  'review.where.profile': '个人信息',
  'review.where.summary': '工作总结',
  'review.acknowledge': '确认无误',
  'review.acknowledged': '已确认',
  'review.unacknowledge': '撤销确认',
  'review.acknowledgeFailed': '未能保存确认：{reason}',
  'review.kind.achievement': '业绩成果',
  'review.kind.paper': '论文',
  'review.kind.patent': '专利',
  'review.kind.standard': '标准',
  'review.kind.award': '奖项',

  'review.rule.placeholder-left': '留有占位符“{text}”',
  'review.why.placeholder-left': '提交的材料中不应有待填写的内容。',
  'review.rule.too-short': '工作总结 {words} 字，少于要求的 {minimum} 字',
  'review.why.too-short': '按 Word 的字数统计，不足通知要求的字数。',
  'review.rule.much-longer': '工作总结 {words} 字，超过要求（{minimum} 字）的 {factor} 倍',
  'review.why.much-longer': '篇幅过长，评审专家难以通读；请精简。',
  'review.rule.item-not-mentioned': '{kind}“{title}”在工作总结中未提及',
  'review.why.item-not-mentioned': '{form}列出的成果，评审专家会在总结中查找其说明。',
  'review.rule.future-date': '日期“{date}”晚于今天',
  'review.why.future-date': '已完成的工作不应有将来的日期；如是计划，请写明。',
  'review.rule.mostly-latin': '工作总结以外文为主（{latinWords} 个外文词，{chineseChars} 个汉字）',
  'review.why.mostly-latin': '工作总结须以中文提交。',
  'review.rule.item-future-date': '{kind}“{title}”的日期 {date} 晚于今天',
  'review.why.item-future-date': '{form}中的成果日期不能晚于申报日期。',
  'review.rule.employer-name-differs': '工作经历中的现单位“{employer}”与单位全称（公章）“{sealName}”不一致',
  'review.why.employer-name-differs': '单位名称须与公章一致，评审专家会核对。',
  'review.rule.period-contradicts-history': '“{period}”在{employer}的经历与工作经历记录不符',
  'review.why.period-contradicts-history': '总结中的时间须与{form}中的工作经历一致。',
  'review.rule.title-differs': '总结中申报的是“{named}”，{form}中申报的是“{applied}”',
  'review.why.title-differs': '申报的职称须与{form}一致。',

  'review.cover.heading': '已确认的审查提醒',
  'review.cover.line': '已确认：{message}',
};

export const reviewDictionary = defineDictionary(zh, {
  'review.heading': 'Review',
  'review.formName.form': 'form',
  'review.formName.details': 'application details',
  'review.intro': 'Reads the summary, the {form} and the work history as an assessor would. Fix the errors before printing; warnings can be acknowledged one by one.',
  'review.loading': 'Reviewing…',
  'review.failed': 'The review could not load what it reads: {reason}',
  'review.none': 'Nothing found.',
  'review.counts': 'Errors: {errors}, warnings: {warnings}',
  'review.acknowledgedCount': '({count} acknowledged)',
  'review.severity.error': 'Error',
  'review.severity.warning': 'Warning',
  'review.where.paragraph': 'Paragraph {paragraph}',
  'review.where.form': 'In the {form}',
  'review.where.profile': 'Profile',
  'review.where.summary': 'Work summary',
  'review.acknowledge': 'Acknowledge',
  'review.acknowledged': 'Acknowledged',
  'review.unacknowledge': 'Undo',
  'review.acknowledgeFailed': 'The acknowledgement was not saved: {reason}',
  'review.kind.achievement': 'Achievement',
  'review.kind.paper': 'Paper',
  'review.kind.patent': 'Patent',
  'review.kind.standard': 'Standard',
  'review.kind.award': 'Award',

  'review.rule.placeholder-left': 'Placeholder “{text}” left in the text',
  'review.why.placeholder-left': 'Nothing handed in may still wait to be filled in.',
  'review.rule.too-short': 'The summary has {words} 字, fewer than the required {minimum} 字',
  'review.why.too-short': 'Counted as Word counts 字数, it is below the notice’s minimum.',
  'review.rule.much-longer': 'The summary has {words} 字, more than {factor} times the required {minimum}',
  'review.why.much-longer': 'Too long for an assessor to read through; consider cutting.',
  'review.rule.item-not-mentioned': '{kind} “{title}” is not mentioned in the summary',
  'review.why.item-not-mentioned': 'An assessor looks in the summary for what the {form} lists.',
  'review.rule.future-date': 'The date “{date}” is after today',
  'review.why.future-date': 'Work done cannot be dated in the future; say so if it is a plan.',
  'review.rule.mostly-latin': 'The summary is mostly in a foreign language ({latinWords} non-Chinese words, {chineseChars} Chinese characters)',
  'review.why.mostly-latin': 'The summary is submitted in Chinese.',
  'review.rule.item-future-date': '{kind} “{title}” is dated {date}, after today',
  'review.why.item-future-date': 'An achievement in the {form} cannot be dated after the application.',
  'review.rule.employer-name-differs': 'The current employer in the work history, “{employer}”, differs from the name on the seal, “{sealName}”',
  'review.why.employer-name-differs': 'The employer’s name must match its seal; assessors compare them.',
  'review.rule.period-contradicts-history': '“{period}” at {employer} contradicts the work history',
  'review.why.period-contradicts-history': 'Periods in the summary must agree with the work history in the {form}.',
  'review.rule.title-differs': 'The summary applies for “{named}”, the {form} for “{applied}”',
  'review.why.title-differs': 'The title applied for must be the same in the summary and the {form}.',

  'review.cover.heading': 'Review warnings acknowledged',
  'review.cover.line': 'Acknowledged: {message}',
});

export type ReviewKey = keyof typeof zh;

/** Which paper the review names for the form's content: the programme's form, or TitlePrep's details sheet. */
export type ReviewFormName = 'form' | 'details';

export function reviewText(language: Language, key: ReviewKey, params?: Params, form: ReviewFormName = 'form'): string {
  return translate(reviewDictionary, language, key, { form: translate(reviewDictionary, language, `review.formName.${form}`), ...params });
}

/** A finding's sentence: its rule's message with the item's kind named in the language. */
export function findingMessage(language: Language, finding: Pick<ReviewFinding, 'rule' | 'params'>, form: ReviewFormName = 'form'): string {
  const kind = finding.params.kind;
  const params: Params = typeof kind === 'string' && isKind(kind) ? { ...finding.params, kind: reviewText(language, `review.kind.${kind}`) } : finding.params;
  return reviewText(language, `review.rule.${finding.rule}`, params, form);
}

export function findingWhy(language: Language, finding: Pick<ReviewFinding, 'rule'>, form: ReviewFormName = 'form'): string {
  return reviewText(language, `review.why.${finding.rule}`, undefined, form);
}

const KINDS = ['achievement', 'paper', 'patent', 'standard', 'award'] as const;
const isKind = (value: string): value is (typeof KINDS)[number] => (KINDS as readonly string[]).includes(value);
