// The form channels over a real SQLite file: an empty form before the first save, saves with revisions
// (a stale one is refused and writes nothing), validation of what is saved, and the report before printing,
// which reads the profile, the application, the form and the summary together.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, openBackend } from '../../electron/backend';
import type { ReplyOf } from '../../shared/contract/channels';
import { type AssessmentFormInput, emptyForm } from '../../shared/form/schema';
import { makeTempDir } from '../support/tempDir';
import { sampleProfile } from '../support/profiles';
import { value } from '../support/result';

let dir: ReturnType<typeof makeTempDir>;
let backend: Backend;
let applicantId: string;

const open = () => openBackend({ dataDirectory: dir.path, transport: 'browser', appVersion: 'test', now: () => new Date('2026-11-23T01:00:00Z') });
const getForm = async () => value<ReplyOf<'form.get'>>(await backend.invoke('form.get', { applicantId }));
const report = async () => value<ReplyOf<'form.report'>>(await backend.invoke('form.report', { applicantId }));
const keysOf = (items: ReplyOf<'form.report'>['items']) => items.map((item) => `${item.target.page}:${item.target.path.join('.')}:${item.key}`);

function filledForm(): AssessmentFormInput {
  return {
    ...emptyForm(),
    registration: { committee: '上海市专业技术人才职称考核认定委员会（境外职业资格）', specialtyGroup: '信息技术', insuranceBySameEmployer: true, insuranceUnitName: '', insuranceUnitCreditCode: '' },
    achievements: [{ id: '44444444-4444-4444-8444-444444444444', title: '支付清算平台重构', startDate: '2023-01-01', endDate: '2024-06-30', role: 'lead', work: '负责总体架构设计。', results: '交易延迟降低 40%。', evidence: '项目验收报告' }],
    commitment: { wording: '（从系统生成的表格粘贴的承诺原文）', signedOn: null },
    employerVerification: { wording: '', signatory: '王芳，人力资源部经理', signedOn: null, sealApplied: false },
    publicNotice: { startDate: '2025-09-01', location: '公司公告栏', contactName: '王芳', contactPhone: '021-12345678', extraWorkdays: 0 },
  };
}

beforeEach(async () => {
  dir = makeTempDir();
  backend = open();
  applicantId = value<{ id: string }>(await backend.invoke('applicants.create', { nameZh: '张伟', nameLatin: '' })).id;
});

afterEach(() => {
  backend.close();
  dir.remove();
});

describe('the form is saved whole with a revision, like the profile', () => {
  it('reads as an empty form at revision 0 before the first save', async () => {
    expect(await getForm()).toEqual({ form: emptyForm(), revision: 0, updatedAt: null });
  });

  it('keeps what was saved across a restart', async () => {
    const saved = value<ReplyOf<'form.save'>>(await backend.invoke('form.save', { applicantId, form: filledForm(), baseRevision: 0 }));
    expect(saved.revision).toBe(1);
    backend.close();
    backend = open();
    const stored = await getForm();
    expect(stored.revision).toBe(1);
    expect(stored.form.achievements[0]?.title).toBe('支付清算平台重构');
  });

  it('refuses a save that started from an older revision and keeps the newer text', async () => {
    await backend.invoke('form.save', { applicantId, form: filledForm(), baseRevision: 0 });
    const stale = await backend.invoke('form.save', { applicantId, form: emptyForm(), baseRevision: 0 });
    expect(stale.ok ? null : stale.error.code).toBe('conflict');
    expect((await getForm()).form.registration.specialtyGroup).toBe('信息技术');
  });

  it('refuses an invalid credit code of the social-insurance unit, naming the field', async () => {
    const form = filledForm();
    form.registration = { ...form.registration!, insuranceBySameEmployer: false, insuranceUnitName: '某人力资源公司', insuranceUnitCreditCode: '91350100M000100Y44' };
    const result = await backend.invoke('form.save', { applicantId, form, baseRevision: 0 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues?.map((issue) => issue.path.join('.'))).toContain('form.registration.insuranceUnitCreditCode');
    expect((await getForm()).revision).toBe(0);
  });

  it('answers not-found for an applicant that does not exist', async () => {
    const result = await backend.invoke('form.get', { applicantId: '99999999-9999-4999-8999-999999999999' });
    expect(result.ok ? null : result.error.code).toBe('not-found');
  });
});

describe('the report before printing points at every missing field', () => {
  it('lists the programme, the level, the form fields and the summary for a new applicant', async () => {
    const keys = keysOf((await report()).items);
    expect(keys).toEqual(expect.arrayContaining([
      'application:programmeId:report.noProgramme',
      'application:targetLevel:report.noLevel',
      'form:registration.committee:report.required',
      'form:publicNotice.startDate:report.required',
      'profile:person.birthDate:report.required',
      'profile:education:report.noEducation',
    ]));
    expect((await report()).complete).toBe(false);
  });

  it('asks for the signed sections the chosen programme\'s form has: none before one is chosen, Shanghai\'s 个人承诺 once it is', async () => {
    expect(keysOf((await report()).items)).not.toContain('form:commitment.wording:report.required');
    await backend.invoke('application.save', { applicantId, application: { programmeId: 'shanghai-c-r3', series: 'engineering', earlierRounds: [], countOverseas: true, catalogueLevel: null, targetLevel: 'intermediate' } });
    expect(keysOf((await report()).items)).toContain('form:commitment.wording:report.required');
  });

  it('is complete once the profile, the application, the form and a long enough summary are in', async () => {
    const profile = value<ReplyOf<'profile.get'>>(await backend.invoke('profile.get', { applicantId }));
    await backend.invoke('profile.save', { applicantId, profile: sampleProfile(), baseRevision: profile.revision });
    await backend.invoke('application.save', { applicantId, application: { programmeId: 'shanghai-c-r3', series: 'engineering', earlierRounds: [], countOverseas: true, catalogueLevel: null, targetLevel: 'intermediate' } });
    await backend.invoke('form.save', { applicantId, form: filledForm(), baseRevision: 0 });

    expect(keysOf((await report()).items)).toEqual(['summary::report.noSummary']);

    const short = { format: 1, blocks: [{ type: 'paragraph', text: '总结'.repeat(100), marks: [] }] };
    await backend.invoke('summary.save', { applicantId, programmeId: 'shanghai-c-r3', document: short, baseRevision: 0 });
    const shortReport = await report();
    expect(shortReport.items).toEqual([expect.objectContaining({ key: 'report.summaryShort', params: { words: 200, target: 3000 } })]);

    const long = { format: 1, blocks: [{ type: 'paragraph', text: '总结'.repeat(1500), marks: [] }] };
    await backend.invoke('summary.save', { applicantId, programmeId: 'shanghai-c-r3', document: long, baseRevision: 1 });
    expect(await report()).toEqual({ items: [], complete: true });
  });
});
