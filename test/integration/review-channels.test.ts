// The review channels over a real SQLite file: what the review reads besides the text, acknowledgements
// saved one by one and taken back, a placeholder left in the summary stopping a clean print with a link to
// its paragraph, and the acknowledged warnings that still stand on the cover sheet.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, openBackend } from '../../electron/backend';
import { loadApplicationFile } from '../../electron/backend/form/load';
import { reviewOf } from '../../electron/backend/review/reviewOf';
import { createApplicantRepository } from '../../electron/backend/applicants/repository';
import { databasePath, openDatabase } from '../../electron/backend/database/open';
import { createFormRepository } from '../../electron/backend/form/repository';
import { createProgrammeRepository } from '../../electron/backend/programmes/repository';
import { createReviewRepository } from '../../electron/backend/review/repository';
import { createSummaryRepository } from '../../electron/backend/summary/repository';
import type { ReplyOf } from '../../shared/contract/channels';
import { emptyForm } from '../../shared/form/schema';
import { acknowledgedFindings, acknowledgedLines } from '../../shared/review/acknowledged';
import { makeTempDir } from '../support/tempDir';
import { sampleProfile } from '../support/profiles';
import { value } from '../support/result';

let dir: ReturnType<typeof makeTempDir>;
let backend: Backend;
let applicantId: string;

const open = () => openBackend({ dataDirectory: dir.path, transport: 'browser', appVersion: 'test', now: () => new Date('2026-11-23T01:00:00Z') });
const context = async () => value<ReplyOf<'review.context'>>(await backend.invoke('review.context', { applicantId }));
const paragraphDoc = (...texts: string[]) => ({ format: 1, blocks: texts.map((text) => ({ type: 'paragraph', text, marks: [] })) });

beforeEach(async () => {
  dir = makeTempDir();
  backend = open();
  applicantId = value<{ id: string }>(await backend.invoke('applicants.create', { nameZh: '张伟', nameLatin: '' })).id;
  await backend.invoke('profile.save', { applicantId, profile: sampleProfile(), baseRevision: 1 });
  await backend.invoke('application.save', { applicantId, application: { programmeId: 'shanghai-c-r3', series: 'engineering', earlierRounds: [], countOverseas: true, catalogueLevel: null, targetLevel: 'intermediate' } });
  const form = { ...emptyForm(), papers: [{ id: '55555555-5555-4555-8555-555555555555', title: '《分布式缓存一致性研究》', venue: '计算机学报', publishedOn: '2024-05-01', authorship: '第一作者', identifier: '' }] };
  value(await backend.invoke('form.save', { applicantId, form, baseRevision: 0 }));
});

afterEach(() => {
  backend.close();
  dir.remove();
});

describe('review.context', () => {
  it('gives the programme minimum, the titles, the form items with their rows and the saved paragraphs', async () => {
    value(await backend.invoke('summary.save', { applicantId, programmeId: 'shanghai-c-r3', document: paragraphDoc('第一段', '第二段【待填写】'), baseRevision: 0 }));
    const reply = await context();
    expect(reply.context.summaryMinimum).toBe(3000);
    expect(reply.context.appliedTitle).toBe('工程师');
    expect(reply.context.knownTitles).toEqual(expect.arrayContaining(['工程师', '高级工程师']));
    expect(reply.context.items).toEqual([{ kind: 'paper', title: '《分布式缓存一致性研究》', date: '2024-05-01' }]);
    expect(reply.context.itemRows).toEqual([{ list: 'papers', index: 0 }]);
    expect(reply.paragraphs).toEqual(['第一段', '第二段【待填写】']);
    expect(reply.acknowledged).toEqual([]);
  });

  it('answers not-found for an applicant that does not exist', async () => {
    const result = await backend.invoke('review.context', { applicantId: '99999999-9999-4999-8999-999999999999' });
    expect(result.ok ? null : result.error.code).toBe('not-found');
  });
});

describe('review.acknowledge', () => {
  it('saves an acknowledgement once, keeps it across a restart, and takes it back', async () => {
    const key = 'item-not-mentioned:paper:分布式缓存一致性研究';
    const first = value<ReplyOf<'review.acknowledge'>>(await backend.invoke('review.acknowledge', { applicantId, key, acknowledged: true }));
    const again = value<ReplyOf<'review.acknowledge'>>(await backend.invoke('review.acknowledge', { applicantId, key, acknowledged: true }));
    expect(again.acknowledged).toEqual(first.acknowledged);
    expect(first.acknowledged).toEqual([{ key, at: '2026-11-23T01:00:00.000Z' }]);
    backend.close();
    backend = open();
    expect((await context()).acknowledged.map((entry) => entry.key)).toEqual([key]);
    const taken = value<ReplyOf<'review.acknowledge'>>(await backend.invoke('review.acknowledge', { applicantId, key, acknowledged: false }));
    expect(taken.acknowledged).toEqual([]);
  });

  it('refuses an empty or overlong key, naming the field, and an unknown applicant', async () => {
    for (const key of ['', 'x'.repeat(601)]) {
      const result = await backend.invoke('review.acknowledge', { applicantId, key, acknowledged: true });
      expect(result.ok ? null : result.error.issues?.map((issue) => issue.path.join('.'))).toEqual(['key']);
    }
    const unknown = await backend.invoke('review.acknowledge', { applicantId: '99999999-9999-4999-8999-999999999999', key: 'much-longer', acknowledged: true });
    expect(unknown.ok ? null : unknown.error.code).toBe('not-found');
  });
});

describe('check before printing includes the review’s errors', () => {
  it('lists a placeholder left in the summary as missing, linked to its paragraph, and drops it once fixed', async () => {
    value(await backend.invoke('summary.save', { applicantId, programmeId: 'shanghai-c-r3', document: paragraphDoc('总结'.repeat(1500), '项目：【待填写】'), baseRevision: 0 }));
    const report = value<ReplyOf<'form.report'>>(await backend.invoke('form.report', { applicantId }));
    expect(report.complete).toBe(false);
    expect(report.items).toContainEqual({ target: { page: 'summary', path: ['paragraph', 1] }, key: 'report.summaryPlaceholder', params: { paragraph: 2, text: '【待填写】' }, severity: 'missing', parts: ['summary'] });

    value(await backend.invoke('summary.save', { applicantId, programmeId: 'shanghai-c-r3', document: paragraphDoc('总结'.repeat(1500), '项目：支付平台重构'), baseRevision: 1 }));
    const fixed = value<ReplyOf<'form.report'>>(await backend.invoke('form.report', { applicantId }));
    expect(fixed.items.filter((item) => item.key === 'report.summaryPlaceholder')).toEqual([]);
  });
});

describe('the cover sheet’s 已确认 lines', () => {
  it('lists acknowledged warnings that still stand, and not those fixed since or never acknowledged', async () => {
    value(await backend.invoke('summary.save', { applicantId, programmeId: 'shanghai-c-r3', document: paragraphDoc('预计2027年上线。', '计划2028年推广。'), baseRevision: 0 }));
    value(await backend.invoke('review.acknowledge', { applicantId, key: 'future-date:2027年', acknowledged: true }));
    value(await backend.invoke('review.acknowledge', { applicantId, key: 'future-date:2030年', acknowledged: true }));
    backend.close();
    const db = openDatabase(databasePath(dir.path));
    const file = loadApplicationFile(applicantId, { applicants: createApplicantRepository(db), programmes: createProgrammeRepository(db), summaries: createSummaryRepository(db), forms: createFormRepository(db) })!;
    const keys = createReviewRepository(db).acknowledged(applicantId).map((entry) => entry.key);
    const lines = acknowledgedLines(acknowledgedFindings(reviewOf(file, '2026-11-23'), keys));
    db.close();
    backend = open();
    expect(lines).toEqual([{ zh: '已确认：日期“2027年”晚于今天', en: 'Acknowledged: The date “2027年” is after today' }]);
  });
});
