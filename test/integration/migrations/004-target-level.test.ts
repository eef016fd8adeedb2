// Migration 004 on a version-3 database with an application row: the row keeps its values, gains a null
// target level, and the column accepts only the three levels.
import DatabaseConstructor from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/backend/database/migrate';
import { MIGRATIONS } from '../../../electron/backend/database/migrations';

describe('migration 004: the target level of an application', () => {
  it('keeps application rows and checks the new column', () => {
    const db = new DatabaseConstructor(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 3));
    db.prepare("INSERT INTO applicant (id, created_at, updated_at, name_zh) VALUES ('a', 't', 't', '张伟')").run();
    db.prepare("INSERT INTO application (applicant_id, programme_id, series, updated_at) VALUES ('a', 'shanghai-c-r3', 'engineering', 't')").run();

    expect(migrate(db, MIGRATIONS.slice(0, 4))).toEqual([4]);
    expect(schemaVersion(db)).toBe(4);
    expect(db.prepare('SELECT programme_id, series, target_level FROM application').get()).toEqual({
      programme_id: 'shanghai-c-r3',
      series: 'engineering',
      target_level: null,
    });
    db.prepare("UPDATE application SET target_level = 'intermediate'").run();
    expect(() => db.prepare("UPDATE application SET target_level = 'senior'").run()).toThrow(/CHECK/);
  });
});
