// Words of issue 11 on screen: the profile facts the eligibility rules need (employer kind, the supervising
// authority's consent, a title held), the in-principle and overseas notes of a level, the round's status
// banner and "prepare for the next round", and how a source is cited.
import type { Language } from '../contract/channels';
import { type Params, defineDictionary, translate } from './core';

const zh = {
  'rules.person.employerKind': '工作单位性质',
  'rules.person.employerKind.hint': '事业单位工作人员另有条件：须在专业技术岗位数量和结构比例内、经上级主管部门同意，在现有职称基础上申请高一级职称。',
  'rules.employerKind.enterprise': '企业',
  'rules.employerKind.public-institution': '事业单位',
  'rules.employerKind.social-organization': '社会组织',
  'rules.employerKind.individual-business': '个体经济组织',
  'rules.person.supervisorConsent': '上级主管部门是否同意申报',
  'rules.person.supervisorConsent.hint': '仅事业单位工作人员需要：经上级主管部门同意后方可申报。',
  'rules.supervisorConsent.yes': '已同意',
  'rules.supervisorConsent.no': '未同意',
  'rules.person.currentTitleLevel': '已取得的国内职称层级',
  'rules.person.currentTitleLevel.hint': '没有国内职称的，不选。事业单位工作人员只能申请比现有职称高一级的职称。',
  'rules.titleLevel.junior': '初级',
  'rules.titleLevel.intermediate': '中级',
  'rules.titleLevel.associate-senior': '副高级',

  'rules.missing.certificateCategories': '证书在清单中的类别',
  'rules.missing.certificateListVersion': '证书类别所依据的清单版本',
  'rules.missing.employerKind': '工作单位性质',
  'rules.missing.supervisorConsent': '上级主管部门是否同意',
  'rules.missing.currentTitleLevel': '已取得的国内职称层级',
  'rules.missing.certificateValidUntil': '证书有效期（含续期）',

  'rules.inPrinciple.ask': '可拨打以下电话咨询：{numbers}',
  'rules.inPrinciple.askNoNumbers': '请向认定机构咨询。',

  'rules.round.closed': '{round}已于{date}截止。',
  'rules.round.closedHint': '下一批的日期须以新通知为准，不沿用本批次的日期。',
  'rules.round.upcoming': '{round}将于{date}开始提交材料。',
  'rules.round.unknown': '{round}的日期尚未公布：请根据新通知填写。',
  'rules.round.prepareNext': '为下一批做准备',
  'rules.round.nextName': '{round}之后的下一批',
  'rules.round.enterFromNotice': '根据新通知填写',

  'rules.cite.document': '{issuer}{title}（{details}）{section}',
  'rules.cite.documentNoDetails': '{issuer}{title}{section}',
  'rules.cite.detailsJoin': '{first}，{second}',
  'rules.cite.sectionOfChinese': '{section}',
  'rules.cite.sectionOfEnglish': '“{section}”部分',
  'rules.cite.date': '{year}年{month}月{day}日',
  'rules.cite.year': '{year}年',
  'rules.source.default': 'TitlePrep 默认（通知未规定）',
  'rules.source.englishQuote': '英文原文',
  'rules.source.userEntered': '用户录入',
  'rules.source.userEnteredNote': '用户录入：{note}',
};

const en: Record<keyof typeof zh, string> = {
  'rules.person.employerKind': 'Kind of employer',
  'rules.person.employerKind.hint': "Staff of public institutions (事业单位) have further conditions: within the post quota and with the supervising authority's consent, they apply for the level one above the title they hold.",
  'rules.employerKind.enterprise': 'Enterprise (企业)',
  'rules.employerKind.public-institution': 'Public institution (事业单位)',
  'rules.employerKind.social-organization': 'Social organisation (社会组织)',
  'rules.employerKind.individual-business': 'Individual business (个体经济组织)',
  'rules.person.supervisorConsent': 'Has the supervising authority agreed?',
  'rules.person.supervisorConsent.hint': 'Public institutions only: staff apply after the supervising authority (上级主管部门) has agreed.',
  'rules.supervisorConsent.yes': 'Agreed',
  'rules.supervisorConsent.no': 'Not agreed',
  'rules.person.currentTitleLevel': 'Chinese professional title already held',
  'rules.person.currentTitleLevel.hint': 'Leave empty if you hold none. Staff of public institutions may apply only for the level one above the title they hold.',
  'rules.titleLevel.junior': 'Junior',
  'rules.titleLevel.intermediate': 'Intermediate',
  'rules.titleLevel.associate-senior': 'Associate senior',

  'rules.missing.certificateCategories': "The certificate's category on the list",
  'rules.missing.certificateListVersion': "The list version of the certificate's categories",
  'rules.missing.employerKind': 'Kind of employer',
  'rules.missing.supervisorConsent': "Whether the supervising authority agreed",
  'rules.missing.currentTitleLevel': 'Chinese title already held',
  'rules.missing.certificateValidUntil': "The certificate's validity (renewals included)",

  'rules.inPrinciple.ask': 'Ask at: {numbers}',
  'rules.inPrinciple.askNoNumbers': 'Ask the assessing body.',

  'rules.round.closed': '{round} closed on {date}.',
  'rules.round.closedHint': 'The next round’s dates must come from its new notice; this round’s are not carried over.',
  'rules.round.upcoming': '{round} opens for materials on {date}.',
  'rules.round.unknown': 'The dates of {round} are not published: enter them from the new notice.',
  'rules.round.prepareNext': 'Prepare for the next round',
  'rules.round.nextName': 'The round after {round}',
  'rules.round.enterFromNotice': 'Enter from the new notice',

  'rules.cite.document': '{issuer}, {title} ({details}), {section}',
  'rules.cite.documentNoDetails': '{issuer}, {title}, {section}',
  'rules.cite.detailsJoin': '{first}, {second}',
  'rules.cite.sectionOfChinese': 'section {section}',
  'rules.cite.sectionOfEnglish': 'section “{section}”',
  'rules.cite.date': '{day} {monthName} {year}',
  'rules.cite.year': '{year}',
  'rules.source.default': "TitlePrep's default (the notice does not say)",
  'rules.source.englishQuote': 'English original',
  'rules.source.userEntered': 'Entered by the user',
  'rules.source.userEnteredNote': 'Entered by the user: {note}',
};

export const rulesDictionary = defineDictionary(zh, en);
export type RulesKey = keyof typeof zh;

export function rulesText(language: Language, key: RulesKey, params?: Params): string {
  return translate(rulesDictionary, language, key, params);
}

export function isRulesKey(key: string): key is RulesKey {
  return Object.prototype.hasOwnProperty.call(zh, key);
}
