// The public notice's start is one fact: entered in the form, the tracker (and the employer page, the
// dashboard, the .ics) shows it as "notice posted on"; entered in the tracker, the form holds it. Nothing
// else in the form or the case changes, and the timeline records the tracker's edit.
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
    expect(dashboard.rows.find((row) => row.applicantId === applicantId)?.employer).toMatchObject({ noticePostedOn: '2025-09-15', noticeStart: '2025-09-15' });
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
