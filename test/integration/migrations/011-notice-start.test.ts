// Migration 011 on a version-10 database: the tracker's "notice posted on" moves into the form's public
// notice start (the one place it is kept); when both hold different dates the more recently updated one is
// kept, the form's on a tie; the tracker's copy is cleared and nothing else in the form changes.
import DatabaseConstructor from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/backend/database/migrate';
import { MIGRATIONS } from '../../../electron/backend/database/migrations';
import { migration011 } from '../../../electron/backend/database/migrations/011-notice-start';
import { formSchema, emptyForm } from '../../../shared/form/schema';

type Db = DatabaseConstructor.Database;

function beforeMigration011() {
  const db = new DatabaseConstructor(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.slice(0, migration011.version - 1));
  return db;
}

const applicant = (db: Db, id: string) => db.prepare("INSERT INTO applicant (id, created_at, updated_at, name_zh) VALUES (?, 't', 't', '张伟')").run(id);
const trackerCase = (db: Db, applicantId: string, postedOn: string | null, updatedAt: string, programmeId = 'shanghai-c-r3') =>
  db.prepare('INSERT INTO tracker_case (applicant_id, programme_id, notice_posted_on, notice_ended_on, updated_at) VALUES (?, ?, ?, ?, ?)').run(applicantId, programmeId, postedOn, '2025-09-30', updatedAt);
function form(db: Db, applicantId: string, startDate: string | null, updatedAt: string) {
  const document = emptyForm();
  document.publicNotice = { ...document.publicNotice, startDate, location: '一楼公告栏' };
  db.prepare('INSERT INTO assessment_form (applicant_id, revision, document, updated_at) VALUES (?, 3, ?, ?)').run(applicantId, JSON.stringify(document), updatedAt);
}
function storedForm(db: Db, applicantId: string) {
  const row = db.prepare('SELECT revision, document FROM assessment_form WHERE applicant_id = ?').get(applicantId) as { revision: number; document: string } | undefined;
  if (!row) return null;
  return { revision: row.revision, form: formSchema.parse(JSON.parse(row.document)) };
}
const trackerPosted = (db: Db, applicantId: string) => db.prepare('SELECT notice_posted_on AS posted, notice_ended_on AS ended FROM tracker_case WHERE applicant_id = ?').all(applicantId);

describe('migration 011: the public notice start lives in the form', () => {
  it('moves a date entered only in the tracker into the form, creating the form when there was none, and clears the tracker’s copy', () => {
    const db = beforeMigration011();
    applicant(db, 'no-form');
    trackerCase(db, 'no-form', '2025-09-15', '2025-09-15T08:00:00Z');
    applicant(db, 'empty-start');
    trackerCase(db, 'empty-start', '2025-09-16', '2025-09-01T08:00:00Z');
    form(db, 'empty-start', null, '2025-09-10T08:00:00Z');
    expect(migrate(db, MIGRATIONS.slice(0, migration011.version))).toEqual([migration011.version]);
    expect(schemaVersion(db)).toBe(migration011.version);
    expect(storedForm(db, 'no-form')?.form.publicNotice.startDate).toBe('2025-09-15');
    const moved = storedForm(db, 'empty-start');
    expect(moved?.form.publicNotice).toMatchObject({ startDate: '2025-09-16', location: '一楼公告栏' });
    expect(moved?.revision).toBe(4);
    expect(trackerPosted(db, 'no-form')).toEqual([{ posted: null, ended: '2025-09-30' }]);
    expect(trackerPosted(db, 'empty-start')).toEqual([{ posted: null, ended: '2025-09-30' }]);
  });

  it('keeps the more recently updated date when both differ, the form’s on a tie, and leaves equal dates alone', () => {
    const db = beforeMigration011();
    applicant(db, 'tracker-newer');
    form(db, 'tracker-newer', '2025-09-01', '2025-08-01T00:00:00Z');
    trackerCase(db, 'tracker-newer', '2025-09-08', '2025-09-08T00:00:00Z');
    applicant(db, 'form-newer');
    form(db, 'form-newer', '2025-09-01', '2025-09-20T00:00:00Z');
    trackerCase(db, 'form-newer', '2025-09-08', '2025-09-08T00:00:00Z');
    applicant(db, 'tie');
    form(db, 'tie', '2025-09-01', '2025-09-08T00:00:00Z');
    trackerCase(db, 'tie', '2025-09-08', '2025-09-08T00:00:00Z');
    applicant(db, 'same');
    form(db, 'same', '2025-09-01', '2025-08-01T00:00:00Z');
    trackerCase(db, 'same', '2025-09-01', '2025-09-08T00:00:00Z');
    migrate(db, MIGRATIONS);
    expect(storedForm(db, 'tracker-newer')).toMatchObject({ revision: 4, form: { publicNotice: { startDate: '2025-09-08' } } });
    expect(storedForm(db, 'form-newer')).toMatchObject({ revision: 3, form: { publicNotice: { startDate: '2025-09-01' } } });
    expect(storedForm(db, 'tie')).toMatchObject({ revision: 3, form: { publicNotice: { startDate: '2025-09-01' } } });
    expect(storedForm(db, 'same')).toMatchObject({ revision: 3, form: { publicNotice: { startDate: '2025-09-01' } } });
    expect(db.prepare('SELECT count(*) FROM tracker_case WHERE notice_posted_on IS NOT NULL').pluck().get()).toBe(0);
  });

  it('takes the most recently updated of several tracked programmes, and creates no form for an applicant without a date', () => {
    const db = beforeMigration011();
    applicant(db, 'rounds');
    trackerCase(db, 'rounds', '2024-09-02', '2024-09-02T00:00:00Z', 'shanghai-c-r2');
    trackerCase(db, 'rounds', '2025-09-15', '2025-09-15T00:00:00Z', 'shanghai-c-r3');
    applicant(db, 'nothing');
    trackerCase(db, 'nothing', null, '2025-09-15T00:00:00Z');
    migrate(db, MIGRATIONS);
    expect(storedForm(db, 'rounds')?.form.publicNotice.startDate).toBe('2025-09-15');
    expect(storedForm(db, 'nothing')).toBeNull();
  });
});
