// Migration 002 on a version-1 database with rows: the rows survive, the new tables exist and are STRICT.
import DatabaseConstructor from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/backend/database/migrate';
import { MIGRATIONS } from '../../../electron/backend/database/migrations';

describe('migration 002: user rounds, holiday years, applications', () => {
  it('keeps version-1 rows and adds STRICT tables with their checks', () => {
    const db = new DatabaseConstructor(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 1));
    db.prepare("INSERT INTO applicant (id, created_at, updated_at, name_zh) VALUES ('a', 't', 't', '张伟')").run();
    db.prepare(`INSERT INTO setting (key, value) VALUES ('language', '"zh"')`).run();

    expect(migrate(db, MIGRATIONS.slice(0, 2))).toEqual([2]);
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT name_zh FROM applicant').all()).toEqual([{ name_zh: '张伟' }]);
    expect(db.prepare('SELECT value FROM setting').all()).toEqual([{ value: '"zh"' }]);

    for (const table of ['user_round', 'holiday_year', 'application']) {
      const { sql } = db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').get(table) as { sql: string };
      expect(sql).toMatch(/\)\s*STRICT$/);
    }
    db.prepare("INSERT INTO application (applicant_id, updated_at) VALUES ('a', 't')").run();
    expect(() => db.prepare("INSERT INTO application (applicant_id, updated_at) VALUES ('nobody', 't')").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO holiday_year (year, data, updated_at) VALUES (2027, 'not json', 't')").run()).toThrow(/CHECK/);
    db.prepare("DELETE FROM applicant WHERE id = 'a'").run();
    expect(db.prepare('SELECT count(*) AS n FROM application').get()).toEqual({ n: 0 });
  });
});
