// The checklist channels over the real backend: seeded once from the programme's defaults (with their
// sources and the note that the official list is unknown), saved whole against a revision; an item that
// stays keeps its attachments, an item removed leaves them unfiled, a default removed stays removed.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, openBackend } from '../../electron/backend';
import type { ReplyOf } from '../../shared/contract/channels';
import type { MaterialItem } from '../../shared/materials/checklist';
import { type Finished, applicantFor, checklist, refusalKey, upload } from '../support/attachments';
import { pngScan } from '../support/scans';
import { value } from '../support/result';
import { makeTempDir } from '../support/tempDir';

let dir: ReturnType<typeof makeTempDir>;
let backend: Backend;

beforeEach(() => {
  dir = makeTempDir();
  backend = openBackend({ dataDirectory: dir.path, transport: 'browser', appVersion: 'test' });
});
afterEach(() => {
  backend.close();
  dir.remove();
});

const own = (label: string): MaterialItem => ({ id: randomUUID(), fromDefault: null, label, copies: 2, originalOrCopy: 'copy', signed: false, sealed: false, done: false, note: '' });
const save = (applicantId: string, programmeId: string, baseRevision: number, items: MaterialItem[]) =>
  backend.invoke('materials.save', { applicantId, programmeId, baseRevision, items });

/** Enters the employer kind in the applicant's profile, as the profile page does. */
async function setEmployerKind(applicantId: string, employerKind: 'public-institution' | 'enterprise') {
  const stored = value<ReplyOf<'profile.get'>>(await backend.invoke('profile.get', { applicantId }));
  value(await backend.invoke('profile.save', { applicantId, profile: { ...stored.profile, person: { ...stored.profile.person, employerKind } }, baseRevision: stored.revision }));
}

describe('staff of a 事业单位: the supervising authority\'s post confirmation is a material (沪人社专〔2024〕296号 四（三）)', () => {
  it('is seeded after the form for a public institution\'s applicant, with its source, the authority\'s seal ticked', async () => {
    const applicantId = await applicantFor(backend, 'shanghai-c-r3');
    await setEmployerKind(applicantId, 'public-institution');
    const list = await checklist(backend, applicantId);
    expect(list.items.map((item) => item.fromDefault)).toEqual(['assessment-form', 'post-confirmation', 'work-summary', 'work-experience-proof', 'acceptance-number']);
    expect(list.items[1]).toMatchObject({ copies: 3, originalOrCopy: 'original', sealed: true });
    const post = list.defaults.find((entry) => entry.id === 'post-confirmation');
    expect(post).toMatchObject({ applies: true, label: { zh: '事业单位岗位情况（主管部门确认）' }, source: { type: 'seed', quote: expect.stringContaining('确认事业单位岗位情况') } });
  });

  it('an enterprise\'s applicant has no such item, and it is not offered as missing', async () => {
    const applicantId = await applicantFor(backend, 'shanghai-c-r3');
    await setEmployerKind(applicantId, 'enterprise');
    const list = await checklist(backend, applicantId);
    expect(list.items.map((item) => item.fromDefault)).not.toContain('post-confirmation');
    expect(list.defaults.find((entry) => entry.id === 'post-confirmation')?.applies).toBe(false);
  });

  it('the kind entered after the checklist was made: the confirmation applies (offered to add) and a saved item with it is accepted', async () => {
    const applicantId = await applicantFor(backend, 'shanghai-c-r3');
    const before = await checklist(backend, applicantId);
    expect(before.defaults.find((entry) => entry.id === 'post-confirmation')?.applies).toBe(false);
    await setEmployerKind(applicantId, 'public-institution');
    const after = await checklist(backend, applicantId);
    expect(after.defaults.find((entry) => entry.id === 'post-confirmation')).toMatchObject({ applies: true, forEmployer: true });
    // Only the employer's default is flagged for the page's one-click offer at the top; the rest are everyone's.
    expect(after.defaults.filter((entry) => entry.forEmployer).map((entry) => entry.id)).toEqual(['post-confirmation']);
    const added: MaterialItem = { id: randomUUID(), fromDefault: 'post-confirmation', label: '', copies: 3, originalOrCopy: 'original', signed: false, sealed: true, done: false, note: '' };
    value(await save(applicantId, 'shanghai-c-r3', after.revision, [...after.items, added]));
    expect((await checklist(backend, applicantId)).items.map((item) => item.fromDefault)).toContain('post-confirmation');
  });
});

describe('the checklist of an applicant’s programme', () => {
  it('is seeded once from the programme’s defaults, the form in 3 signed and sealed originals among them', async () => {
    const applicantId = await applicantFor(backend, 'shanghai-c-r3');
    const first = await checklist(backend, applicantId);
    expect(first.programme?.id).toBe('shanghai-c-r3');
    expect(first.revision).toBe(1);
    expect(first.items.map((item) => item.fromDefault)).toEqual(['assessment-form', 'work-summary', 'work-experience-proof', 'acceptance-number']);
    expect(first.items[0]).toMatchObject({ copies: 3, originalOrCopy: 'original', signed: true, sealed: true, done: false });
    expect(first.defaults[0]).toMatchObject({ id: 'assessment-form', label: { zh: '考核认定表（个人承诺签名、单位核实意见盖章）' }, source: { type: 'seed' } });
    expect(first.defaults[0]?.startingValuesSource).toMatchObject({ type: 'project' });
    expect(first.listUnknown).toMatchObject({ type: 'project', note: expect.stringMatching(/not published/) });

    const second = await checklist(backend, applicantId);
    expect(second.items.map((item) => item.id)).toEqual(first.items.map((item) => item.id));
    expect(second.revision).toBe(1);
  });

  it('has none before a programme is chosen', async () => {
    const applicantId = await applicantFor(backend, null);
    expect(await checklist(backend, applicantId)).toMatchObject({ programme: null, items: [], revision: 0 });
  });

  it('keeps one checklist per programme: switching programmes and back finds the first again', async () => {
    const applicantId = await applicantFor(backend, 'shanghai-c-r3');
    const shanghai = await checklist(backend, applicantId);
    value(await backend.invoke('application.save', { applicantId, application: { programmeId: 'guangzhou-2025', series: null, earlierRounds: [], countOverseas: true, catalogueLevel: null, targetLevel: null } }));
    const guangzhou = await checklist(backend, applicantId);
    expect(guangzhou.items.map((item) => item.fromDefault)).toEqual(['overseas-qualification', 'overseas-achievements']);
    value(await backend.invoke('application.save', { applicantId, application: { programmeId: 'shanghai-c-r3', series: null, earlierRounds: [], countOverseas: true, catalogueLevel: null, targetLevel: null } }));
    expect((await checklist(backend, applicantId)).items.map((item) => item.id)).toEqual(shanghai.items.map((item) => item.id));
  });
});

describe('saving the checklist', () => {
  it('stores own items, the order and every box; a default removed stays removed', async () => {
    const applicantId = await applicantFor(backend, 'shanghai-c-r3');
    const seeded = await checklist(backend, applicantId);
    const [form, summary, , number] = seeded.items as [MaterialItem, MaterialItem, MaterialItem, MaterialItem];
    const items = [own('学历学位证书复印件'), { ...summary, done: true, note: '打印 2 份' }, { ...form, copies: 4 }, number];
    const saved = value<ReplyOf<'materials.save'>>(await save(applicantId, 'shanghai-c-r3', 1, items));
    expect(saved.revision).toBe(2);

    const read = await checklist(backend, applicantId);
    expect(read.items).toEqual(items);
    expect(read.revision).toBe(2);
  });

  it('refuses a save from a stale revision as a conflict', async () => {
    const applicantId = await applicantFor(backend, 'shanghai-c-r3');
    const seeded = await checklist(backend, applicantId);
    value(await save(applicantId, 'shanghai-c-r3', 1, seeded.items));
    const stale = await save(applicantId, 'shanghai-c-r3', 1, []);
    expect(!stale.ok && stale.error.code).toBe('conflict');
  });

  it('keeps the attachments of an item that stays, and unfiles those of an item removed', async () => {
    const applicantId = await applicantFor(backend, 'shanghai-c-r3');
    const seeded = await checklist(backend, applicantId);
    const [form, summary] = seeded.items as [MaterialItem, MaterialItem];
    const onForm = value<Finished>(await upload(backend, applicantId, 'form.png', pngScan(10, 10), { materialItemId: form.id }));
    const onSummary = value<Finished>(await upload(backend, applicantId, 'summary.png', pngScan(12, 12), { materialItemId: summary.id }));
    value(await save(applicantId, 'shanghai-c-r3', 1, [{ ...form, done: true }]));

    const attachments = value<ReplyOf<'attachments.list'>>(await backend.invoke('attachments.list', { applicantId })).attachments;
    expect(Object.fromEntries(attachments.map((attachment) => [attachment.id, attachment.materialItemId]))).toEqual({
      [onForm.attachment.id]: form.id,
      [onSummary.attachment.id]: null,
    });
    const filed = value<ReplyOf<'attachments.assign'>>(await backend.invoke('attachments.assign', { attachmentId: onSummary.attachment.id, materialItemId: form.id }));
    expect(filed.materialItemId).toBe(form.id);
  });

  it('refuses an own item without a name, a default the programme lacks, a default turned into another, and another applicant’s item id', async () => {
    const applicantId = await applicantFor(backend, 'shanghai-c-r3');
    const seeded = await checklist(backend, applicantId);
    expect(refusalKey(await save(applicantId, 'shanghai-c-r3', 1, [own('')]))).toBe('materials.item.labelRequired');
    expect(refusalKey(await save(applicantId, 'shanghai-c-r3', 1, [{ ...own('x'), fromDefault: 'overseas-achievements' }]))).toBe('materials.item.unknownDefault');
    const [form] = seeded.items as [MaterialItem];
    expect(refusalKey(await save(applicantId, 'shanghai-c-r3', 1, [{ ...form, fromDefault: 'work-summary' }]))).toBe('materials.item.defaultChanged');

    const other = await applicantFor(backend, 'shanghai-c-r3');
    const theirs = (await checklist(backend, other)).items[0] as MaterialItem;
    expect(refusalKey(await save(applicantId, 'shanghai-c-r3', 1, [{ ...theirs, fromDefault: null, label: 'stolen' }]))).toBe('field.duplicateRow');
    expect((await checklist(backend, other)).items[0]).toEqual(theirs);
  });
});
