// Migration 003 on a version-2 database with rows: the rows survive, the new tables exist, are STRICT,
// and enforce their keys and checks; deleting an applicant removes its summaries, blocks and snapshots.
import DatabaseConstructor from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/backend/database/migrate';
import { MIGRATIONS } from '../../../electron/backend/database/migrations';

describe('migration 003: work summaries and their snapshots', () => {
  it('keeps version-2 rows and adds STRICT tables with their checks and cascades', () => {
    const db = new DatabaseConstructor(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 2));
    db.prepare("INSERT INTO applicant (id, created_at, updated_at, name_zh) VALUES ('a', 't', 't', '张伟')").run();
    db.prepare("INSERT INTO application (applicant_id, programme_id, updated_at) VALUES ('a', 'shanghai-c-r3', 't')").run();
    db.prepare("INSERT INTO holiday_year (year, data, updated_at) VALUES (2027, '{}', 't')").run();

    expect(migrate(db, MIGRATIONS.slice(0, 3))).toEqual([3]);
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT name_zh FROM applicant').all()).toEqual([{ name_zh: '张伟' }]);
    expect(db.prepare('SELECT programme_id FROM application').all()).toEqual([{ programme_id: 'shanghai-c-r3' }]);
    expect(db.prepare('SELECT year FROM holiday_year').all()).toEqual([{ year: 2027 }]);

    for (const table of ['summary', 'summary_block', 'summary_snapshot']) {
      const { sql } = db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').get(table) as { sql: string };
      expect(sql).toMatch(/\)\s*STRICT$/);
    }
    const insertSummary = db.prepare("INSERT INTO summary (applicant_id, programme_id, revision, document, updated_at) VALUES (?, 'p', 1, ?, 't')");
    insertSummary.run('a', '{"format":1,"blocks":[]}');
    expect(() => insertSummary.run('a', '{}')).toThrow(/UNIQUE/);
    expect(() => insertSummary.run('nobody', '{}')).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO summary (applicant_id, programme_id, revision, document, updated_at) VALUES ('a', 'q', 1, 'not json', 't')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO summary_block (summary_id, hash, content) VALUES (1, x'00', '{}')").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO summary_block (summary_id, hash, content) VALUES (1, zeroblob(16), '{}')").run();
    const snapshot = db.prepare(`INSERT INTO summary_snapshot (summary_id, kind, created_at, text_saved_at, revision, words, body_words, block_ids)
      VALUES (1, ?, 't', 't', 1, 0, 0, ?)`);
    snapshot.run('auto', '[1]');
    expect(() => snapshot.run('weekly', '[1]')).toThrow(/CHECK/);
    expect(() => snapshot.run('named', '{"a":1}')).toThrow(/CHECK/);

    db.prepare("DELETE FROM applicant WHERE id = 'a'").run();
    for (const table of ['summary', 'summary_block', 'summary_snapshot']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
  });
});
