// Messages of the assessment form (issue 5): the report before printing. The form page's own labels are
// added here too (the page and the report use the same field names).
import type { Language } from '../contract/channels';
import { type Params, defineDictionary, translate } from './core';

const zh = {
  'report.required': '{field}：未填写',
  'report.noEducation': '学历：至少需要一条学历记录（从高中起）',
  'report.noWork': '工作经历：至少需要一段工作经历',
  'report.noCertificate': '境外职业资格：至少需要一项证书',
  'report.noReferee': '{field}：未填写证明人',
  'report.noProgramme': '申报项目：尚未选择',
  'report.noLevel': '申报级别：尚未选择',
  'report.noAchievements': '业绩成果：尚未填写任何一项（中级、副高级申报通常需要）',
  'report.longerThanSuggested': '{field}：{length} 字，建议不超过 {max} 字（系统的字数限制未公布，此为建议）',
  'report.noSummary': '专业技术工作总结：尚未撰写',
  'report.summaryShort': '专业技术工作总结：{words} 字，少于要求的 {target} 字',
} as const;

export const formDictionary = defineDictionary(zh, {
  'report.required': '{field}: not filled in',
  'report.noEducation': 'Education: at least one entry is needed (from senior high school)',
  'report.noWork': 'Work history: at least one work period is needed',
  'report.noCertificate': 'Overseas qualification: at least one certificate is needed',
  'report.noReferee': '{field}: no referee',
  'report.noProgramme': 'Programme: not chosen yet',
  'report.noLevel': 'Level applied for: not chosen yet',
  'report.noAchievements': 'Achievements: none entered yet (usually expected for intermediate and associate senior)',
  'report.longerThanSuggested': '{field}: {length} characters; at most {max} suggested (the online system\'s limits are not published: this is a suggestion)',
  'report.noSummary': 'Work summary: not written yet',
  'report.summaryShort': 'Work summary: {words} 字, fewer than the required {target}',
});

export type FormKey = keyof typeof zh;

export function isFormKey(key: string): key is FormKey {
  return Object.prototype.hasOwnProperty.call(formDictionary.zh, key);
}

export function tf(language: Language, key: FormKey, params?: Params): string {
  return translate(formDictionary, language, key, params);
}
