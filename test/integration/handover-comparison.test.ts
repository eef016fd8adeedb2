// A hand-over import that meets an applicant already here shows, before "keep both" or "replace", part by
// part the last change on each side, which side is newer, and counts that say how they differ. Nothing is
// written by looking.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend';
import type { ReplyOf } from '../../shared/contract/channels';
import type { PartComparison } from '../../shared/contract/handoverComparison';
import { HANDOVER_PARTS } from '../../shared/contract/handoverComparison';
import { makeTempDir } from '../support/tempDir';
import { value } from '../support/result';
import { Clock, type Inspected, TODAY, exportPackage, importArchive, inspectArchive, openAt, seedApplicant } from './handover-support';

let here: ReturnType<typeof makeTempDir>;
let there: ReturnType<typeof makeTempDir>;
let clock: Clock;
let source: Backend;
let target: Backend;
let applicantId: string;
let archive: Buffer;

const inspect = async (backend: Backend, pkg = archive) => value<Inspected>(await inspectArchive(backend, pkg));
const partOf = (inspected: Inspected, part: PartComparison['part']) => inspected.comparison?.find((entry) => entry.part === part);
const countsOf = (side: PartComparison['here']) => Object.fromEntries(side.counts.map((count) => [count.key, count.value]));

beforeEach(async () => {
  here = makeTempDir('titleprep-handover-here-');
  there = makeTempDir('titleprep-handover-there-');
  clock = new Clock(new Date('2025-09-01T02:00:00Z'));
  source = openAt(here.path, { clock });
  target = openAt(there.path, { clock });
  applicantId = await seedApplicant(source, clock);
  ({ archive } = await exportPackage(source, applicantId));
});

afterEach(() => {
  source.close();
  target.close();
  here.remove();
  there.remove();
});

describe('the comparison before a hand-over import meets an existing applicant', () => {
  it('a new applicant has no comparison', async () => {
    expect((await inspect(target)).comparison).toBeNull();
  });

  it('the same data on both sides: every part the same, with equal counts', async () => {
    const inspected = await inspect(source);
    expect(inspected.comparison?.map((entry) => entry.part)).toEqual([...HANDOVER_PARTS]);
    for (const entry of inspected.comparison ?? []) {
      expect(entry, entry.part).toMatchObject({ newer: 'same', countsDiffer: false });
    }
    expect(countsOf(partOf(inspected, 'scans')!.here)).toEqual({ scans: 1 });
    expect(countsOf(partOf(inspected, 'tracker')!.here).stepsDone).toBeGreaterThanOrEqual(1);
  });

  it('changes made here after the export: those parts are newer here, with their counts; the others stay the same', async () => {
    clock.advanceDays(2);
    const key = { applicantId, programmeId: 'shanghai-c-r4-handover' };
    const stored = value<ReplyOf<'summary.get'>>(await source.invoke('summary.get', key));
    const blocks = [...stored.document.blocks, { type: 'paragraph' as const, text: '新增一段：十个字的内容。', marks: [] }];
    value(await source.invoke('summary.save', { ...key, document: { ...stored.document, blocks }, baseRevision: stored.revision }));
    value(await source.invoke('tracker.updateStep', { applicantId, stepId: 'certificate-verification', patch: { notes: '已预约' }, today: TODAY }));

    const inspected = await inspect(source);
    const summary = partOf(inspected, 'summary')!;
    expect(summary.newer).toBe('here');
    expect(summary.countsDiffer).toBe(true);
    expect(countsOf(summary.here).paragraphs).toBe(countsOf(summary.package).paragraphs! + 1);
    expect(countsOf(summary.here).words).toBeGreaterThan(countsOf(summary.package).words!);
    expect(summary.here.lastChange! > summary.package.lastChange!).toBe(true);
    expect(partOf(inspected, 'tracker')!.newer).toBe('here');
    expect(partOf(inspected, 'form')).toMatchObject({ newer: 'same', countsDiffer: false });
    expect(partOf(inspected, 'scans')).toMatchObject({ newer: 'same', countsDiffer: false });
  });

  it('a package made after further work elsewhere: its parts are newer, and looking writes nothing', async () => {
    value(await importArchive(target, archive, 'replace'));
    clock.advanceDays(3);
    const stored = value<ReplyOf<'form.get'>>(await source.invoke('form.get', { applicantId }));
    const achievements = [...stored.form.achievements, { ...stored.form.achievements[0]!, id: '77777777-7777-4777-8777-777777777777', title: '第二个项目' }];
    value(await source.invoke('form.save', { applicantId, form: { ...stored.form, achievements }, baseRevision: stored.revision }));
    const { archive: later } = await exportPackage(source, applicantId);

    const before = value<ReplyOf<'form.get'>>(await target.invoke('form.get', { applicantId }));
    const inspected = await inspect(target, later);
    const form = partOf(inspected, 'form')!;
    expect(form.newer).toBe('package');
    expect(countsOf(form.package).rows).toBe(countsOf(form.here).rows! + 1);
    expect(value<ReplyOf<'form.get'>>(await target.invoke('form.get', { applicantId }))).toEqual(before);
  });
});
