// The tracker channels over a real SQLite file: steps and case written with their timeline, dates out of
// order saved with a warning, the one-time correction that is final once sent, the dashboard and reminders
// across applicants as "today" moves, the settings, and the .ics export.
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, openBackend } from '../../electron/backend';
import type { ReplyOf, StoredProfile } from '../../shared/contract/channels';
import { newCertificate } from '../../shared/profile/defaults';
import type { AppError } from '../../shared/contract/result';
import { emptyApplication } from '../../shared/application/schema';
import { emptyForm } from '../../shared/form/schema';
import { makeTempDir } from '../support/tempDir';
import { value } from '../support/result';

let dir: ReturnType<typeof makeTempDir>;
let backend: Backend;
let applicantId: string;

type View = ReplyOf<'tracker.get'>;
const open = () => openBackend({ dataDirectory: dir.path, transport: 'browser', appVersion: 'test', now: () => new Date('2025-09-02T02:00:00Z') });
const get = async (today = '2025-09-02') => value<View>(await backend.invoke('tracker.get', { applicantId, today }));
const invokeView = async (channel: string, payload: object) => value<View>(await backend.invoke(channel, { applicantId, today: '2025-09-02', ...payload }));
async function failure(channel: string, payload: object): Promise<AppError> {
  const result = await backend.invoke(channel, payload);
  if (result.ok) throw new Error(`expected ${channel} to fail`);
  return result.error;
}

async function createApplicant(nameZh: string, programmeId: string | null, level: 'junior' | 'intermediate' | null = 'intermediate', noticeStart: string | null = null): Promise<string> {
  const id = value<{ id: string }>(await backend.invoke('applicants.create', { nameZh, nameLatin: '' })).id;
  value(await backend.invoke('application.save', { applicantId: id, application: { ...emptyApplication(), programmeId, targetLevel: level } }));
  if (noticeStart) {
    const form = emptyForm();
    value(await backend.invoke('form.save', { applicantId: id, form: { ...form, publicNotice: { ...form.publicNotice, startDate: noticeStart } }, baseRevision: 0 }));
  }
  return id;
}

beforeEach(async () => {
  dir = makeTempDir();
  backend = open();
  applicantId = await createApplicant('张伟', 'shanghai-c-r3', 'intermediate', '2025-09-08');
});

afterEach(() => {
  backend.close();
  dir.remove();
});

describe('tracker.get: the applicant’s path, deadlines and guidance', () => {
  it('lists the intermediate level’s steps with their quotes, and the deadlines computed from the form’s notice start', async () => {
    const view = await get();
    expect(view.steps.map((entry) => entry.step.id)).toEqual([
      'certificate-verification', 'online-application', 'employer-review', 'public-notice', 'materials-submission',
      'acceptance-review', 'interview', 'result-notice', 'electronic-certificate',
    ]);
    expect(view.steps[0]?.record).toMatchObject({ status: 'not-started', actor: 'applicant', updatedAt: null });
    expect(view.steps.find((entry) => entry.step.id === 'public-notice')?.record.actor).toBe('employer');
    expect(view.steps[0]?.step.source).toMatchObject({ type: 'seed', quote: expect.stringContaining('complete certificate verification') });
    expect(view.programme?.contacts.map((contact) => contact.number)).toEqual(['021-3251-1209', '021-3251-1323', '021-12333']);
    const notice = view.deadlines.find((deadline) => deadline.id === 'public-notice');
    expect(notice).toMatchObject({ window: { from: '2025-09-08', to: '2025-09-12' }, state: 'upcoming', dateFrom: 'computed' });
    expect(view.next?.id).toBe('certificate-verification');
    expect(view.next?.state).toBe('overdue');
  });

  it('without a programme there is nothing to track, and writes say why', async () => {
    const other = await createApplicant('李娜', null);
    const view = value<View>(await backend.invoke('tracker.get', { applicantId: other }));
    expect(view).toMatchObject({ programme: null, steps: [], deadlines: [], next: null });
    const error = await failure('tracker.updateCase', { applicantId: other, patch: { acceptanceNumber: 'X' } });
    expect(error.code).toBe('validation');
    expect(error.issues?.[0]?.key).toBe('tracker.error.noProgramme');
  });

  it('the junior level has its short path: the employer’s appointment only', async () => {
    const junior = await createApplicant('王芳', 'shanghai-c-r3', 'junior');
    const view = value<View>(await backend.invoke('tracker.get', { applicantId: junior }));
    expect(view.employerAppointed).toBe(true);
    expect(view.steps.map((entry) => entry.step.id)).toEqual(['employer-appointment']);
    expect(view.appointment?.form?.zh).toBe('专业技术职务聘任表');
    expect(view.deadlines).toEqual([]);
    const error = await failure('tracker.updateStep', { applicantId: junior, stepId: 'interview', patch: { status: 'done' } });
    expect(error.issues?.[0]?.key).toBe('tracker.error.stepNotInPath');
  });

  it('Guangzhou: the dates no document gives stay unknown; the user’s dates are used', async () => {
    const guangzhou = await createApplicant('陈晨', 'guangzhou-2025', 'intermediate', '2025-09-01');
    let view = value<View>(await backend.invoke('tracker.get', { applicantId: guangzhou, today: '2025-09-02' }));
    expect(view.steps.map((entry) => entry.step.id)).toEqual(['annual-evaluation']);
    expect(view.deadlines).toEqual([]);
    view = value<View>(await backend.invoke('tracker.updateCase', { applicantId: guangzhou, patch: { interviewOn: '2025-11-20' }, today: '2025-09-02' }));
    expect(view.deadlines.map((deadline) => [deadline.id, deadline.date, deadline.dateFrom, deadline.source.type])).toEqual([['interview', '2025-11-20', 'user', 'project']]);
  });

  it('a user round in 2027, a year without holiday data: the notice warns and still shows its dates', async () => {
    value(await backend.invoke('rounds.create', { baseId: 'shanghai-c-r3', edits: { id: 'shanghai-c-r5', name: { zh: '第五批', en: 'Round 5' }, note: '假设的通知', dates: { materialsWindow: { from: '2027-09-01', to: '2027-09-17' } } } }));
    const later = await createApplicant('周洋', 'shanghai-c-r5', 'intermediate', '2027-09-06');
    const view = value<View>(await backend.invoke('tracker.get', { applicantId: later, today: '2027-08-30' }));
    const notice = view.deadlines.find((deadline) => deadline.id === 'public-notice');
    expect(notice?.window).toEqual({ from: '2027-09-06', to: '2027-09-10' });
    expect(notice?.warnings).toContainEqual({ key: 'tracker.warning.noYearData', params: { years: '2027' } });
    expect(view.deadlines.find((deadline) => deadline.id === 'certificate-verification')?.state).toBe('unknown');
  });

  it('a 事业单位\'s applicant has the supervising authority\'s post confirmation after the employer review, started by the employer; others have not', async () => {
    const stored = value<StoredProfile>(await backend.invoke('profile.get', { applicantId }));
    const save = (employerKind: 'public-institution' | 'enterprise', baseRevision: number) =>
      backend.invoke('profile.save', { applicantId, profile: { ...stored.profile, person: { ...stored.profile.person, employerKind } }, baseRevision });
    value(await save('public-institution', stored.revision));
    const view = await get();
    const ids = view.steps.map((entry) => entry.step.id);
    expect(ids.slice(ids.indexOf('employer-review'), ids.indexOf('employer-review') + 2)).toEqual(['employer-review', 'post-confirmation']);
    const post = view.steps.find((entry) => entry.step.id === 'post-confirmation')!;
    expect(post.record.actor).toBe('employer');
    expect(post.step.source).toMatchObject({ type: 'seed', quote: expect.stringContaining('事业单位工作人员还须由所在单位主管部门确认事业单位岗位情况') });
    // The step is on this applicant's path: it can be ticked off.
    const done = await invokeView('tracker.updateStep', { stepId: 'post-confirmation', patch: { status: 'done', doneOn: '2025-09-02' } });
    expect(done.steps.find((entry) => entry.step.id === 'post-confirmation')?.record.status).toBe('done');
    value(await save('enterprise', stored.revision + 1));
    expect((await get()).steps.map((entry) => entry.step.id)).not.toContain('post-confirmation');
    expect((await failure('tracker.updateStep', { applicantId, stepId: 'post-confirmation', patch: { status: 'done' } })).issues?.[0]?.key).toBe('tracker.error.stepNotInPath');
  });

  it('an unknown applicant is not found', async () => {
    expect((await failure('tracker.get', { applicantId: '00000000-0000-4000-8000-000000000000' })).code).toBe('not-found');
  });
});

describe('every change is kept with its time and shown as a timeline', () => {
  it('records a step’s old and new values, latest first, and survives a restart', async () => {
    await invokeView('tracker.updateStep', { stepId: 'online-application', patch: { status: 'in-progress', startedOn: '2025-09-01' } });
    const view = await invokeView('tracker.updateStep', { stepId: 'online-application', patch: { status: 'done', doneOn: '2025-09-02', notes: '已提交' } });
    expect(view.steps.find((entry) => entry.step.id === 'online-application')?.record).toMatchObject({ status: 'done', doneOn: '2025-09-02', notes: '已提交' });
    expect(view.timeline.map((event) => [event.kind, event.subject, event.before, event.after])).toEqual([
      ['step', 'online-application', { status: 'in-progress', doneOn: null, notes: '' }, { status: 'done', doneOn: '2025-09-02', notes: '已提交' }],
      ['step', 'online-application', { status: 'not-started', startedOn: null }, { status: 'in-progress', startedOn: '2025-09-01' }],
    ]);
    expect(view.timeline[0]?.at).toBe('2025-09-02T02:00:00.000Z');
    backend.close();
    backend = open();
    expect((await get()).timeline).toHaveLength(2);
  });

  it('an unchanged value writes no event', async () => {
    await invokeView('tracker.updateCase', { patch: { acceptanceNumber: 'SH2025-0042' } });
    const view = await invokeView('tracker.updateCase', { patch: { acceptanceNumber: 'SH2025-0042' } });
    expect(view.timeline).toHaveLength(1);
  });

  it('refuses an invalid value with a field issue and writes nothing', async () => {
    const error = await failure('tracker.updateCase', { applicantId, patch: { interviewTime: '9.30' } });
    expect(error.issues).toEqual([{ path: ['patch', 'interviewTime'], key: 'tracker.field.time' }]);
    expect((await failure('tracker.updateCase', { applicantId, patch: { acceptedOn: '2025-02-30' } })).issues?.[0]?.key).toBe('date.invalid');
    expect((await get()).timeline).toEqual([]);
  });
});

describe('dates out of order are saved, with a warning on the field', () => {
  it('an acceptance before the filing is kept and flagged', async () => {
    const view = await invokeView('tracker.updateCase', { patch: { filedOn: '2025-09-05', acceptedOn: '2025-09-01', acceptanceNumber: 'SH2025-0042' } });
    expect(view.case).toMatchObject({ filedOn: '2025-09-05', acceptedOn: '2025-09-01', acceptanceNumber: 'SH2025-0042' });
    expect(view.orderWarnings).toContainEqual({ key: 'tracker.order.acceptedBeforeFiled', params: { first: '2025-09-05', second: '2025-09-01' }, field: { case: 'acceptedOn' } });
  });
});

describe('the one-time correction', () => {
  it('keeps a ticked list, refuses "sent" without confirmation, and is final once sent', async () => {
    await invokeView('tracker.updateCase', { patch: { correctionRequestedOn: '2025-10-08', correctionDeadline: '2025-10-15' } });
    await invokeView('tracker.correction.addItem', { text: '学位证书复印件' });
    let view = await invokeView('tracker.correction.addItem', { text: '社保缴纳证明' });
    const [first, second] = view.correctionItems;
    expect(view.correctionItems.map((item) => [item.text, item.ticked])).toEqual([['学位证书复印件', false], ['社保缴纳证明', false]]);
    view = await invokeView('tracker.correction.updateItem', { itemId: first!.id, ticked: true });
    expect(view.correctionItems[0]?.ticked).toBe(true);
    view = await invokeView('tracker.correction.removeItem', { itemId: second!.id });
    expect(view.correctionItems).toHaveLength(1);

    const unconfirmed = await failure('tracker.correction.markSent', { applicantId, sentOn: '2025-10-14', confirm: false });
    expect(unconfirmed.issues?.[0]?.key).toBe('tracker.error.confirmRequired');

    view = await invokeView('tracker.correction.markSent', { sentOn: '2025-10-14', confirm: true, today: '2025-10-16' });
    expect(view.case).toMatchObject({ correctionSentOn: '2025-10-14', correctionSentAt: '2025-09-02T02:00:00.000Z' });
    expect(view.deadlines.find((deadline) => deadline.id === 'correction')?.state).toBe('done');
    expect(view.timeline[0]).toMatchObject({ kind: 'correction-sent', after: { correctionSentOn: '2025-10-14', items: 1, ticked: 1 } });

    for (const [channel, payload] of [
      ['tracker.correction.markSent', { sentOn: '2025-10-15', confirm: true }],
      ['tracker.correction.addItem', { text: '补充' }],
      ['tracker.correction.updateItem', { itemId: first!.id, ticked: false }],
      ['tracker.correction.removeItem', { itemId: first!.id }],
    ] as const) {
      const error = await failure(channel, { applicantId, ...payload });
      expect(error.code).toBe('conflict');
      expect(error.issues?.[0]?.key).toBe('tracker.error.correctionSent');
    }
    expect((await get()).correctionItems.map((item) => item.ticked)).toEqual([true]);
  });

  it('a missed correction deadline warns that it counts as a withdrawal', async () => {
    await invokeView('tracker.updateCase', { patch: { correctionRequestedOn: '2025-10-08', correctionDeadline: '2025-10-15' } });
    const correction = (await get('2025-10-16')).deadlines.find((deadline) => deadline.id === 'correction');
    expect(correction?.state).toBe('overdue');
    expect(correction?.warnings.map((warning) => warning.key)).toContain('tracker.warning.correctionWithdrawal');
  });
});

describe('the dashboard and reminders across applicants, as the days pass', () => {
  it('sorts applicants by their next deadline and follows "today"', async () => {
    const later = await createApplicant('李娜', 'shanghai-c-r3', 'intermediate', '2025-09-15');
    // The verification is kept with the certificate (tracker-verification.test.ts): the tracker writes it there.
    const stored = value<StoredProfile>(await backend.invoke('profile.get', { applicantId: later }));
    const certificate = { ...newCertificate('11111111-1111-4111-8111-111111111111'), name: 'FCCA', obtainedOn: '2020-01-01' };
    value(await backend.invoke('profile.save', { applicantId: later, profile: { ...stored.profile, certificates: [certificate] }, baseRevision: stored.revision }));
    value(await backend.invoke('tracker.updateStep', { applicantId: later, stepId: 'certificate-verification', patch: { status: 'done', doneOn: '2025-08-20' } }));
    const unassigned = await createApplicant('赵六', null);

    const onSep2 = value<ReplyOf<'tracker.dashboard'>>(await backend.invoke('tracker.dashboard', { today: '2025-09-02' }));
    expect(onSep2.rows.map((row) => [row.nameZh, row.next?.id ?? null, row.next?.date ?? null])).toEqual([
      ['张伟', 'certificate-verification', '2025-08-31'],
      ['李娜', 'public-notice', '2025-09-19'],
      ['赵六', null, null],
    ]);
    expect(onSep2.rows[0]).toMatchObject({ overdue: 1, dueSoon: 0, currentStep: { id: 'certificate-verification', status: 'not-started' } });
    expect(onSep2.rows[1]?.employer.notice).toMatchObject({ start: '2025-09-15', end: '2025-09-19', stage: 'scheduled' });
    expect(onSep2.rows.find((row) => row.applicantId === unassigned)?.programmeId).toBeNull();

    const remindersOn = async (today: string) =>
      value<ReplyOf<'tracker.reminders'>>(await backend.invoke('tracker.reminders', { today })).items.map((item) => [item.nameZh, item.deadline.id, item.deadline.state]);
    expect(await remindersOn('2025-08-20')).toEqual([]);
    expect(await remindersOn('2025-08-25')).toEqual([['张伟', 'certificate-verification', 'due-soon']]);
    expect(await remindersOn('2025-09-13')).toEqual([
      ['张伟', 'certificate-verification', 'overdue'],
      ['张伟', 'public-notice', 'overdue'],
      ['张伟', 'materials-submission', 'due-soon'],
      ['李娜', 'public-notice', 'due-soon'],
      ['李娜', 'materials-submission', 'due-soon'],
    ]);
  });

  it('a closed round is not a list of overdue deadlines: the reminders name the round that closed, once per applicant (issue 11)', async () => {
    const on = async (today: string) => value<ReplyOf<'tracker.reminders'>>(await backend.invoke('tracker.reminders', { today }));
    // Round 3's materials window ended on 19 September 2025; a year later nothing of it is "overdue 365 days".
    const later = await on('2026-12-06');
    expect(later.items).toEqual([]);
    expect(later.closedRounds).toEqual([{ applicantId, nameZh: '张伟', nameLatin: '', round: { id: 'shanghai-c-r3', name: expect.objectContaining({ zh: expect.stringContaining('第三批') }) }, closedOn: '2025-09-19' }]);
    // The tracker's "next" and HR's dashboard do not count the closed round's missed dates as work to do.
    expect((await get('2026-12-06')).next).toBeNull();
    const dashboard = value<ReplyOf<'tracker.dashboard'>>(await backend.invoke('tracker.dashboard', { today: '2026-12-06' }));
    expect(dashboard.rows.find((row) => row.applicantId === applicantId)).toMatchObject({ next: null, overdue: 0 });
    // While the round is open, a missed date is an overdue reminder and no round is closed.
    const open = await on('2025-09-13');
    expect(open.items.some((item) => item.deadline.state === 'overdue')).toBe(true);
    expect(open.closedRounds).toEqual([]);
  });

  it('a date of a closed round still ahead (an interview) stays a reminder', async () => {
    value(await backend.invoke('tracker.updateCase', { applicantId, patch: { interviewOn: '2025-10-20' }, today: '2025-10-15' }));
    const reply = value<ReplyOf<'tracker.reminders'>>(await backend.invoke('tracker.reminders', { today: '2025-10-15' }));
    expect(reply.items.map((item) => [item.deadline.id, item.deadline.state])).toEqual([['interview', 'due-soon']]);
    expect(reply.closedRounds.map((entry) => entry.round.id)).toEqual(['shanghai-c-r3']);
  });

  it('without a "today" from the renderer, the backend’s clock decides (TITLEPREP_NOW in browser mode)', async () => {
    backend.close();
    const at = (iso: string) => openBackend({ dataDirectory: dir.path, transport: 'browser', appVersion: 'test', now: () => new Date(iso) });
    backend = at('2025-08-25T02:00:00Z');
    let reply = value<ReplyOf<'tracker.reminders'>>(await backend.invoke('tracker.reminders', {}));
    expect([reply.today, reply.items.map((item) => item.deadline.state)]).toEqual(['2025-08-25', ['due-soon']]);
    backend.close();
    backend = at('2025-09-01T02:00:00Z');
    reply = value<ReplyOf<'tracker.reminders'>>(await backend.invoke('tracker.reminders', {}));
    expect([reply.today, reply.items.map((item) => item.deadline.state)]).toEqual(['2025-09-01', ['overdue']]);
  });

  it('the due-soon window is a setting', async () => {
    expect(value(await backend.invoke('tracker.settings.get', {}))).toEqual({ dueSoonDays: 7, alarmDays: 3 });
    const reminders = async () => value<ReplyOf<'tracker.reminders'>>(await backend.invoke('tracker.reminders', { today: '2025-08-21' })).items.length;
    expect(await reminders()).toBe(0);
    expect(value(await backend.invoke('tracker.settings.update', { dueSoonDays: 10 }))).toEqual({ dueSoonDays: 10, alarmDays: 3 });
    expect(await reminders()).toBe(1);
    expect((await failure('tracker.settings.update', { dueSoonDays: 0 })).code).toBe('validation');
  });

  it('a deleted applicant leaves the dashboard', async () => {
    await backend.invoke('applicants.delete', { id: applicantId });
    expect(value<ReplyOf<'tracker.dashboard'>>(await backend.invoke('tracker.dashboard', {})).rows).toEqual([]);
  });
});

describe('tracker.ics', () => {
  it('exports one applicant or everyone, readable by ical.js', async () => {
    await createApplicant('李娜', 'shanghai-c-r3', 'intermediate', '2025-09-15');
    const one = value<ReplyOf<'tracker.ics'>>(await backend.invoke('tracker.ics', { applicantId, language: 'zh', today: '2025-09-02' }));
    const all = value<ReplyOf<'tracker.ics'>>(await backend.invoke('tracker.ics', { all: true, language: 'en' }));
    expect(one.fileName).toBe('deadlines_张伟.ics');
    expect(all.fileName).toBe('deadlines.ics');
    expect(all.events).toBe(one.events * 2);
    const parsed = new ICAL.Component(ICAL.parse(one.content));
    expect(parsed.getAllSubcomponents('vevent')).toHaveLength(one.events);
    expect(parsed.getFirstPropertyValue('x-wr-calname')).toBe('职称申报截止日期：张伟');

  });

  it('needs exactly one of applicantId and all', async () => {
    expect((await failure('tracker.ics', { language: 'zh' })).issues?.[0]?.key).toBe('tracker.error.icsScope');
    expect((await failure('tracker.ics', { applicantId, all: true, language: 'zh' })).code).toBe('validation');
  });
});
