// Migration 006 on a version-5 database with an applicant: the tracker's four tables appear empty, are
// STRICT, refuse a malformed date, status or half-marked correction, and go with their applicant.
import DatabaseConstructor from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/backend/database/migrate';
import { MIGRATIONS } from '../../../electron/backend/database/migrations';

const TABLES = ['tracker_step', 'tracker_case', 'correction_item', 'tracker_event'];

describe('migration 006: the submission tracker', () => {
  it('adds the tracker tables, checks their columns and deletes them with the applicant', () => {
    const db = new DatabaseConstructor(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 5));
    db.prepare("INSERT INTO applicant (id, created_at, updated_at, name_zh) VALUES ('a', 't', 't', '张伟')").run();
    db.prepare("INSERT INTO assessment_form (applicant_id, revision, document, updated_at) VALUES ('a', 1, '{}', 't')").run();

    expect(migrate(db, MIGRATIONS.slice(0, 6))).toEqual([6]);
    expect(schemaVersion(db)).toBe(6);
    // The earlier rows are untouched.
    expect(db.prepare('SELECT name_zh FROM applicant').get()).toEqual({ name_zh: '张伟' });
    expect(db.prepare('SELECT count(*) AS n FROM assessment_form').get()).toEqual({ n: 1 });
    for (const table of TABLES) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
      expect(db.prepare('SELECT strict FROM pragma_table_list WHERE name = ?').get(table)).toEqual({ strict: 1 });
    }

    const step = db.prepare(`INSERT INTO tracker_step (applicant_id, programme_id, step_id, status, actor, done_on, updated_at)
      VALUES ('a', 'shanghai-c-r3', ?, ?, 'applicant', ?, 't')`);
    step.run('online-application', 'done', '2025-09-02');
    expect(() => step.run('interview', 'finished', null)).toThrow(/CHECK/);
    expect(() => step.run('interview', 'done', '2025/09/02')).toThrow(/CHECK/);
    expect(() => step.run('online-application', 'done', null)).toThrow(/UNIQUE|PRIMARY/);

    const caseRow = db.prepare(`INSERT INTO tracker_case (applicant_id, programme_id, acceptance_number, correction_sent_on, correction_sent_at, updated_at)
      VALUES ('a', ?, 'SH-1', ?, ?, 't')`);
    // "Sent" is its date and its confirmation together, never one without the other.
    expect(() => caseRow.run('shanghai-c-r3', '2025-10-14', null)).toThrow(/CHECK/);
    caseRow.run('shanghai-c-r3', '2025-10-14', '2025-10-14T02:00:00.000Z');
    expect(() => db.prepare("INSERT INTO tracker_case (applicant_id, programme_id, updated_at) VALUES ('b', 'x', 't')").run()).toThrow(/FOREIGN KEY/);

    db.prepare("INSERT INTO correction_item (id, applicant_id, programme_id, position, text, created_at) VALUES ('i', 'a', 'shanghai-c-r3', 0, '学位证书复印件', 't')").run();
    expect(() => db.prepare("INSERT INTO correction_item (id, applicant_id, programme_id, position, text, created_at) VALUES ('j', 'a', 'x', 1, '', 't')").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO tracker_event (applicant_id, programme_id, at, kind, subject, before, after) VALUES ('a', 'shanghai-c-r3', 't', 'case', '', '{}', '{\"acceptanceNumber\":\"SH-1\"}')").run();
    expect(() => db.prepare("INSERT INTO tracker_event (applicant_id, programme_id, at, kind, subject, before, after) VALUES ('a', 'x', 't', 'case', '', 'not json', '{}')").run()).toThrow(/CHECK/);

    db.prepare("DELETE FROM applicant WHERE id = 'a'").run();
    for (const table of TABLES) expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
  });
});
