// The public notice's start is one fact: entered in the form, the tracker (and the employer page, the
// dashboard, the .ics) shows it as "notice posted on"; entered in the tracker, the form holds it. Nothing
// else in the form or the case changes, and the timeline records the tracker's edit.
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, openBackend } from '../../electron/backend';
import type { ReplyOf } from '../../shared/contract/channels';
import { emptyApplication } from '../../shared/application/schema';
import { makeTempDir } from '../support/tempDir';
import { value } from '../support/result';

type View = ReplyOf<'tracker.get'>;
type StoredForm = ReplyOf<'form.get'>;
let dir: ReturnType<typeof makeTempDir>;
let backend: Backend;
let applicantId: string;

const storedForm = async () => value<StoredForm>(await backend.invoke('form.get', { applicantId }));
const trackerOn = async (today: string) => value<View>(await backend.invoke('tracker.get', { applicantId, today }));
async function saveNotice(patch: Partial<StoredForm['form']['publicNotice']>) {
  const stored = await storedForm();
  value(await backend.invoke('form.save', { applicantId, form: { ...stored.form, publicNotice: { ...stored.form.publicNotice, ...patch } }, baseRevision: stored.revision }));
}

beforeEach(async () => {
  dir = makeTempDir();
  backend = openBackend({ dataDirectory: dir.path, transport: 'browser', appVersion: 'test', now: () => new Date('2025-09-02T02:00:00Z') });
  applicantId = value<{ id: string }>(await backend.invoke('applicants.create', { nameZh: '张伟', nameLatin: '' })).id;
  value(await backend.invoke('application.save', { applicantId, application: { ...emptyApplication(), programmeId: 'shanghai-c-r3', targetLevel: 'intermediate' } }));
});

afterEach(() => {
  backend.close();
  dir.remove();
});

describe('the public notice start is one fact, in the form and the tracker', () => {
  it('entered in the form: the tracker, the dashboard and the .ics show that date', async () => {
    await saveNotice({ startDate: '2025-09-15', location: '一楼公告栏' });
    const view = await trackerOn('2025-09-02');
    expect(view.case.noticePostedOn).toBe('2025-09-15');
    expect(view.deadlines.find((deadline) => deadline.id === 'public-notice')?.window?.from).toBe('2025-09-15');
    const dashboard = value<ReplyOf<'tracker.dashboard'>>(await backend.invoke('tracker.dashboard', { today: '2025-09-02' }));
    expect(dashboard.rows.find((row) => row.applicantId === applicantId)?.employer.notice).toMatchObject({ start: '2025-09-15', end: '2025-09-19' });
    const ics = value<ReplyOf<'tracker.ics'>>(await backend.invoke('tracker.ics', { applicantId, language: 'en', today: '2025-09-02' }));
    expect(ics.content).toContain('DTSTART;VALUE=DATE:20250915');
  });

  it('entered in the tracker: the form holds it, its other fields stay, the case’s other fields are saved, and the timeline says so', async () => {
    await saveNotice({ location: '一楼公告栏', contactName: '王芳' });
    const before = await storedForm();
    const view = value<View>(await backend.invoke('tracker.updateCase', { applicantId, patch: { noticePostedOn: '2025-09-16', objections: 'none' }, today: '2025-09-02' }));
    expect(view.case).toMatchObject({ noticePostedOn: '2025-09-16', objections: 'none' });
    const after = await storedForm();
    expect(after.form.publicNotice).toEqual({ ...before.form.publicNotice, startDate: '2025-09-16' });
    expect(after.revision).toBe(before.revision + 1);
    expect(view.timeline.some((event) => event.kind === 'case' && (event.after as Record<string, unknown>)['noticePostedOn'] === '2025-09-16')).toBe(true);

    // Cleared from the tracker: cleared in the form.
    const cleared = value<View>(await backend.invoke('tracker.updateCase', { applicantId, patch: { noticePostedOn: null }, today: '2025-09-02' }));
    expect(cleared.case.noticePostedOn).toBeNull();
    expect((await storedForm()).form.publicNotice.startDate).toBeNull();
  });

  it('an unchanged date writes nothing to the form', async () => {
    await saveNotice({ startDate: '2025-09-15' });
    const before = await storedForm();
    value(await backend.invoke('tracker.updateCase', { applicantId, patch: { noticePostedOn: '2025-09-15' }, today: '2025-09-02' }));
    expect((await storedForm()).revision).toBe(before.revision);
  });
});

const dashboardNotice = async (today: string) =>
  value<ReplyOf<'tracker.dashboard'>>(await backend.invoke('tracker.dashboard', { today })).rows.find((row) => row.applicantId === applicantId)?.employer.notice;

describe('HR’s dashboard: posted means the start has come, by the app’s today', () => {
  it('a start ahead of today is scheduled, not posted; from the start day it is posted; after its last day it has ended', async () => {
    await saveNotice({ startDate: '2025-09-15' });
    expect((await dashboardNotice('2025-09-02'))?.stage).toBe('scheduled');
    expect((await dashboardNotice('2025-09-14'))?.stage).toBe('scheduled');
    expect((await dashboardNotice('2025-09-15'))?.stage).toBe('posted');
    // The last day (five working days: 15–19 September) is still on display.
    expect((await dashboardNotice('2025-09-19'))?.stage).toBe('posted');
    expect((await dashboardNotice('2025-09-20'))?.stage).toBe('ended');
  });

  it('no start entered: undated, whatever the day', async () => {
    expect((await dashboardNotice('2025-12-31'))?.stage).toBe('undated');
  });
});

describe('the notice’s end is derived from its start; HR’s actual end is kept only as an override', () => {
  it('the end is the start plus the programme’s working days, and follows the start when it moves', async () => {
    await saveNotice({ startDate: '2025-09-15' });
    expect((await trackerOn('2025-09-02')).notice).toEqual({ start: '2025-09-15', plannedEnd: '2025-09-19', endOverride: null, end: '2025-09-19', stage: 'scheduled' });
    // Across the National Day holiday (1–8 October 2025 off; Saturday 11 October worked): 29, 30 Sept., 9, 10, 11 Oct.
    await saveNotice({ startDate: '2025-09-29' });
    expect((await trackerOn('2025-09-02')).notice).toMatchObject({ start: '2025-09-29', plannedEnd: '2025-10-11', end: '2025-10-11' });
  });

  it('an "ended on" equal to the derived end is not stored: the end stays one fact', async () => {
    await saveNotice({ startDate: '2025-09-15' });
    const view = value<View>(await backend.invoke('tracker.updateCase', { applicantId, patch: { noticeEndedOn: '2025-09-19' }, today: '2025-09-22' }));
    expect(view.case.noticeEndedOn).toBeNull();
    expect(view.notice).toMatchObject({ endOverride: null, end: '2025-09-19', stage: 'ended' });
    // Moving the start later moves the end with it: nothing stale remains.
    await saveNotice({ startDate: '2025-09-22' });
    expect((await trackerOn('2025-09-22')).notice).toMatchObject({ plannedEnd: '2025-09-26', endOverride: null, end: '2025-09-26', stage: 'posted' });
  });

  it('a different actual end is kept as an override: it is the end that holds, beside the derived one', async () => {
    await saveNotice({ startDate: '2025-09-15' });
    const view = value<View>(await backend.invoke('tracker.updateCase', { applicantId, patch: { noticeEndedOn: '2025-09-24' }, today: '2025-09-22' }));
    expect(view.case.noticeEndedOn).toBe('2025-09-24');
    expect(view.notice).toEqual({ start: '2025-09-15', plannedEnd: '2025-09-19', endOverride: '2025-09-24', end: '2025-09-24', stage: 'posted' });
    expect((await dashboardNotice('2025-09-25'))?.stage).toBe('ended');
    // Cleared: the derived end holds again.
    const cleared = value<View>(await backend.invoke('tracker.updateCase', { applicantId, patch: { noticeEndedOn: null }, today: '2025-09-22' }));
    expect(cleared.notice).toMatchObject({ endOverride: null, end: '2025-09-19' });
  });
});

describe('the record of the notice’s result states the period as it was held', () => {
  const recordText = async () => {
    const reply = value<ReplyOf<'print.noticeRecordDocx'>>(await backend.invoke('print.noticeRecordDocx', { applicantId, language: 'zh', onMissing: 'mark' }));
    return (await mammoth.extractRawText({ buffer: Buffer.from(reply.contentBase64, 'base64') })).value;
  };

  it('the derived end without an override; HR’s recorded last day and its working days with one', async () => {
    await saveNotice({ startDate: '2025-09-15', location: '一楼公告栏' });
    expect(await recordText()).toContain('2025年9月15日至2025年9月19日（共5个工作日）');
    value(await backend.invoke('tracker.updateCase', { applicantId, patch: { noticeEndedOn: '2025-09-24' }, today: '2025-09-25' }));
    expect(await recordText()).toContain('2025年9月15日至2025年9月24日（共8个工作日）');
  });
});

describe('a recorded end that equals the derived one is a copy, not an override: it goes when the start moves', () => {
  it('moved in the form: the copy is dropped and the new derived end holds', async () => {
    await saveNotice({ startDate: '2025-09-08' });
    // Recorded while the start was 09-08 (derived end 09-12): a real override then.
    value(await backend.invoke('tracker.updateCase', { applicantId, patch: { noticeEndedOn: '2025-09-19' }, today: '2025-09-02' }));
    // The start moves so that the derived end is that very day: the record is now only a copy of it.
    await saveNotice({ startDate: '2025-09-15' });
    expect((await trackerOn('2025-09-02')).notice).toMatchObject({ plannedEnd: '2025-09-19', endOverride: null });
    // Moved again: the copy does not turn into a stale "override" before the new start.
    await saveNotice({ startDate: '2025-09-22' });
    const view = await trackerOn('2025-09-02');
    expect(view.case.noticeEndedOn).toBeNull();
    expect(view.notice).toMatchObject({ start: '2025-09-22', plannedEnd: '2025-09-26', endOverride: null, end: '2025-09-26' });
  });

  it('moved from the tracker: the same', async () => {
    await saveNotice({ startDate: '2025-09-08' });
    value(await backend.invoke('tracker.updateCase', { applicantId, patch: { noticeEndedOn: '2025-09-19' }, today: '2025-09-02' }));
    value(await backend.invoke('tracker.updateCase', { applicantId, patch: { noticePostedOn: '2025-09-15' }, today: '2025-09-02' }));
    const view = value<View>(await backend.invoke('tracker.updateCase', { applicantId, patch: { noticePostedOn: '2025-09-22' }, today: '2025-09-02' }));
    expect(view.case.noticeEndedOn).toBeNull();
    expect(view.notice).toMatchObject({ plannedEnd: '2025-09-26', endOverride: null });
  });

  it('a real override stays when the start moves', async () => {
    await saveNotice({ startDate: '2025-09-15' });
    value(await backend.invoke('tracker.updateCase', { applicantId, patch: { noticeEndedOn: '2025-09-24' }, today: '2025-09-02' }));
    await saveNotice({ startDate: '2025-09-16' });
    expect((await trackerOn('2025-09-02')).notice).toMatchObject({ plannedEnd: '2025-09-22', endOverride: '2025-09-24' });
  });
});
