// Migration 005 on a version-4 database with an applicant: the form and official-PDF tables appear empty,
// refuse a byte count that is not the content's, and go with their applicant.
import DatabaseConstructor from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/backend/database/migrate';
import { MIGRATIONS } from '../../../electron/backend/database/migrations';

describe('migration 005: the assessment form and the official form PDF', () => {
  it('adds both tables, checks their columns and deletes them with the applicant', () => {
    const db = new DatabaseConstructor(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 4));
    db.prepare("INSERT INTO applicant (id, created_at, updated_at, name_zh) VALUES ('a', 't', 't', '张伟')").run();

    expect(migrate(db, MIGRATIONS.slice(0, 5))).toEqual([5]);
    expect(schemaVersion(db)).toBe(5);
    expect(db.prepare('SELECT count(*) AS n FROM assessment_form').get()).toEqual({ n: 0 });

    db.prepare("INSERT INTO assessment_form (applicant_id, revision, document, updated_at) VALUES ('a', 1, '{}', 't')").run();
    expect(() => db.prepare("INSERT INTO assessment_form (applicant_id, revision, document, updated_at) VALUES ('b', 1, '{}', 't')").run()).toThrow(/FOREIGN KEY/);
    const insertPdf = db.prepare(`INSERT INTO official_form (applicant_id, file_name, content, byte_count, pages, sha256, imported_at)
      VALUES ('a', 'form.pdf', ?, ?, 2, ?, 't')`);
    expect(() => insertPdf.run(Buffer.from('%PDF-1.7'), 99, 'f'.repeat(64))).toThrow(/CHECK/);
    insertPdf.run(Buffer.from('%PDF-1.7'), 8, 'f'.repeat(64));

    db.prepare("DELETE FROM applicant WHERE id = 'a'").run();
    expect(db.prepare('SELECT (SELECT count(*) FROM assessment_form) + (SELECT count(*) FROM official_form) AS n').get()).toEqual({ n: 0 });
  });
});
