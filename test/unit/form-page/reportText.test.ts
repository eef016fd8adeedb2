// A report item reads as a sentence that names its field the way the page it links to labels it, in the
// user's language; items are grouped under the first document they hold up.
import { describe, expect, it } from 'vitest';
import type { ReportItem } from '../../../shared/form/validation';
import { targetLabel } from '../../../renderer/src/form/fieldLabels';
import { groupByPart, reportItemText } from '../../../renderer/src/form/reportText';

const item = (target: ReportItem['target'], key = 'report.required', parts: ReportItem['parts'] = ['form']): ReportItem => ({ target, key, severity: 'missing', parts });

describe('the name of a report item’s field', () => {
  it('is the profile’s label for a personal field', () => {
    expect(targetLabel('zh', { page: 'profile', path: ['person', 'phone'] })).toBe('手机号码');
    expect(targetLabel('en', { page: 'profile', path: ['person', 'employerCreditCode'] })).toBe('Employer’s unified social credit code');
  });

  it('names the row, counted from 1, then the field, for a profile row', () => {
    expect(targetLabel('zh', { page: 'profile', path: ['workPeriods', 1, 'referee'] })).toBe('工作经历 2·证明人');
    expect(targetLabel('zh', { page: 'profile', path: ['certificates', 0, 'issuingBody'] })).toBe('证书 1·发证机构');
    expect(targetLabel('en', { page: 'profile', path: ['education', 0, 'school'] })).toMatch(/^Education 1 · /);
  });

  it('is the section’s heading for a whole list', () => {
    expect(targetLabel('zh', { page: 'profile', path: ['education'] })).toBe('学历（从高中起）');
    expect(targetLabel('zh', { page: 'form', path: ['achievements'] })).toBe('业绩成果');
  });

  it('is the form page’s label for a form field, in its short form where the label is an instruction', () => {
    expect(targetLabel('zh', { page: 'form', path: ['registration', 'committee'] })).toBe('评委会');
    expect(targetLabel('zh', { page: 'form', path: ['achievements', 2, 'role'] })).toBe('业绩 3·本人角色');
    expect(targetLabel('zh', { page: 'form', path: ['commitment', 'wording'] })).toBe('个人承诺原文');
    expect(targetLabel('en', { page: 'form', path: ['publicNotice', 'contactPhone'] })).toBe('Contact phone');
  });

  it('names the programme, the level and the summary of the application', () => {
    expect(targetLabel('zh', { page: 'application', path: ['programmeId'] })).toBe('项目 / 批次');
    expect(targetLabel('zh', { page: 'application', path: ['targetLevel'] })).toBe('申报级别');
    expect(targetLabel('en', { page: 'summary', path: [] })).toBe('Work summary');
  });

  it('never shows an empty name for a field it does not know', () => {
    expect(targetLabel('zh', { page: 'form', path: ['registration', 'unknownField'] })).not.toBe('');
  });
});

describe('the sentence of a report item', () => {
  it('fills {field} with the field’s name', () => {
    expect(reportItemText('zh', item({ page: 'form', path: ['registration', 'specialtyGroup'] }))).toBe('专业组：未填写');
    expect(reportItemText('en', item({ page: 'form', path: ['registration', 'specialtyGroup'] }))).toBe('Specialty group (专业组): not filled in');
  });

  it('keeps the item’s own figures beside the field’s name', () => {
    const long = { ...item({ page: 'form', path: ['achievements', 0, 'work'] }, 'report.longerThanSuggested'), params: { max: 500, length: 612 } };
    expect(reportItemText('zh', long)).toBe('业绩 1·本人完成的工作：612 字，建议不超过 500 字（系统的字数限制未公布，此为建议）');
  });

  it('groups items under the first document they hold up, in the packet’s order', () => {
    const items = [
      item({ page: 'summary', path: [] }, 'report.noSummary', ['summary']),
      item({ page: 'profile', path: ['person', 'phone'] }, 'report.required', ['form', 'publicNotice']),
      item({ page: 'form', path: ['publicNotice', 'startDate'] }, 'report.required', ['publicNotice']),
    ];
    expect(groupByPart(items).map((group) => [group.part, group.items.length])).toEqual([
      ['form', 1],
      ['summary', 1],
      ['publicNotice', 1],
    ]);
  });
});
