// The report before printing: each rule that makes an item, and which documents an item holds up.
import { describe, expect, it } from 'vitest';
import { emptyApplication } from '../../../shared/application/schema';
import { type AssessmentForm, emptyForm, formSchema } from '../../../shared/form/schema';
import { missingFor, reportForPrinting } from '../../../shared/form/validation';
import { profileSchema } from '../../../shared/profile/schema';
import { getProgramme } from '../../../shared/programmes';
import { sampleProfile } from '../../support/profiles';

const profile = profileSchema.parse(sampleProfile());
const application = { ...emptyApplication(), programmeId: 'shanghai-c-r3' as const, series: 'engineering' as const, targetLevel: 'intermediate' as const };
const summary = { words: 3200, target: 3000 };
const achievement = { id: '44444444-4444-4444-8444-444444444444', title: '平台重构', startDate: '2023-01-01', endDate: null, role: 'lead' as const, work: '设计', results: '', evidence: '' };

function form(change: (form: AssessmentForm) => void = () => {}): AssessmentForm {
  const value = formSchema.parse({
    ...emptyForm(),
    registration: { ...emptyForm().registration, committee: '评委会', specialtyGroup: '信息技术' },
    achievements: [achievement],
    commitment: { wording: '原文', signedOn: null },
    employerVerification: { ...emptyForm().employerVerification, signatory: '王芳' },
    publicNotice: { ...emptyForm().publicNotice, startDate: '2025-09-01', contactName: '王芳', contactPhone: '021-12345678' },
  });
  change(value);
  return value;
}
const itemsOf = (changed: AssessmentForm) => reportForPrinting({ profile, application, form: changed, summary }).items;

describe('the report before printing', () => {
  it('has nothing to say about a complete application', () => {
    expect(reportForPrinting({ profile, application, form: form(), summary })).toEqual({ items: [], complete: true });
  });

  it('asks for the other unit only when the employer does not pay the social insurance', () => {
    const items = itemsOf(form((value) => { value.registration.insuranceBySameEmployer = false; }));
    expect(items.map((item) => item.target.path.join('.'))).toEqual(['registration.insuranceUnitName', 'registration.insuranceUnitCreditCode']);
  });

  it('names each empty required field of a row, not the whole row', () => {
    const items = itemsOf(form((value) => { value.achievements[0]!.role = null; value.achievements[0]!.work = ''; }));
    expect(items.map((item) => item.target.path.join('.'))).toEqual(['achievements.0.role', 'achievements.0.work']);
  });

  it('gives a suggested-length hint that never makes the report incomplete', () => {
    const report = reportForPrinting({ profile, application, form: form((value) => { value.achievements[0]!.work = '字'.repeat(501); }), summary });
    expect(report.items).toEqual([expect.objectContaining({ key: 'report.longerThanSuggested', severity: 'hint', params: { max: 500, length: 501 } })]);
    expect(report.complete).toBe(true);
  });

  it('treats empty papers, patents, standards and awards as 无, not as missing', () => {
    expect(itemsOf(form())).toEqual([]);
  });

  it('asks for a referee in every work period', () => {
    const withoutReferee = profileSchema.parse({ ...sampleProfile(), workPeriods: sampleProfile().workPeriods.map((row) => ({ ...row, referee: '' })) });
    const items = reportForPrinting({ profile: withoutReferee, application, form: form(), summary }).items;
    expect(items.map((item) => item.key)).toEqual(['report.noReferee']);
  });

  it('holds up only the documents an item concerns', () => {
    const report = reportForPrinting({ profile, application, form: form((value) => { value.publicNotice.contactPhone = ''; }), summary: null });
    expect(missingFor(report, ['form']).map((item) => item.key)).toEqual([]);
    expect(missingFor(report, ['publicNotice']).map((item) => item.target.path.join('.'))).toEqual(['publicNotice.contactPhone']);
    expect(missingFor(report, ['summary']).map((item) => item.key)).toEqual(['report.noSummary']);
  });
});

describe('the form schema', () => {
  it('refuses a row id used twice in a list, on the second row', () => {
    const parsed = formSchema.safeParse({ ...emptyForm(), achievements: [achievement, { ...achievement, title: '另一项' }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['achievements.1.id', 'field.duplicateRow']]);
  });
});

describe('only what a notice requires blocks a clean print; the rest warns (issue 11)', () => {
  // The form and its signed sections are the programme's data (applicationForm), as shipped.
  const formOfProgramme = (id: string) => {
    const programme = getProgramme(id);
    if (!programme.ok) throw new Error(id);
    return programme.value.applicationForm;
  };
  const shanghai = { city: 'shanghai' as const, summaryMinChars: { value: 3000, source: { type: 'project' as const, document: 'policy.md' as const, section: 's', note: 'n' } }, applicationForm: formOfProgramme('shanghai-c-r3') };
  const guangzhou = { city: 'guangzhou' as const, summaryMinChars: { value: null, source: shanghai.summaryMinChars.source }, applicationForm: formOfProgramme('guangzhou-2025') };

  it('专业组 and the social-insurance unit are TitlePrep suggestions: hints, never missing', () => {
    const changed = form((value) => {
      value.registration.specialtyGroup = '';
      value.registration.insuranceBySameEmployer = false;
    });
    const report = reportForPrinting({ profile, application, form: changed, summary, programme: shanghai });
    expect(report.items.map((item) => [item.target.path.join('.'), item.severity, item.key])).toEqual([
      ['registration.specialtyGroup', 'hint', 'report.suggested'],
      ['registration.insuranceUnitName', 'hint', 'report.suggested'],
      ['registration.insuranceUnitCreditCode', 'hint', 'report.suggested'],
    ]);
    expect(report.complete).toBe(true);
  });

  it('a summary under the 3,000 字 the Shanghai notice asks for blocks; under Guangzhou (no published minimum) it only warns', () => {
    const short = { words: 1200, target: 3000 };
    expect(reportForPrinting({ profile, application, form: form(), summary: short, programme: shanghai }).complete).toBe(false);
    const report = reportForPrinting({ profile, application, form: form(), summary: short, programme: guangzhou });
    expect(report.items.map((item) => [item.key, item.severity])).toEqual([['report.summaryShorterThanSuggested', 'hint']]);
    expect(report.complete).toBe(true);
  });

  it('Guangzhou has no Shanghai 个人承诺 or 单位核实意见 to fill in', () => {
    const blank = form((value) => {
      value.commitment.wording = '';
      value.employerVerification.signatory = '';
    });
    expect(reportForPrinting({ profile, application, form: blank, summary, programme: guangzhou }).items).toEqual([]);
    // Guangzhou names no committee, and its papers have no 专业组 or social-insurance unit: nothing to report.
    const noOnlineFields = form((value) => {
      value.registration.committee = '';
      value.registration.specialtyGroup = '';
      value.registration.insuranceBySameEmployer = false;
    });
    expect(reportForPrinting({ profile, application, form: noOnlineFields, summary, programme: guangzhou }).items).toEqual([]);
    const shanghaiForm = { ...noOnlineFields, registration: { ...noOnlineFields.registration, committee: '评委会' } };
    expect(reportForPrinting({ profile, application, form: shanghaiForm, summary, programme: shanghai }).items.map((item) => [item.target.path.join('.'), item.severity])).toEqual([
      ['registration.specialtyGroup', 'hint'],
      ['registration.insuranceUnitName', 'hint'],
      ['registration.insuranceUnitCreditCode', 'hint'],
    ]);
    expect(reportForPrinting({ profile, application, form: blank, summary, programme: shanghai }).items.map((item) => item.target.path.join('.'))).toEqual(['commitment.wording', 'employerVerification.signatory']);
  });
});
