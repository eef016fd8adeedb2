// migration 009 on a version-8 database with an applicant: the row keeps its values, the new facts are null
// (read as "not entered" by the eligibility engine), and the columns accept only the values the schema knows.
import DatabaseConstructor from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/backend/database/migrate';
import { MIGRATIONS } from '../../../electron/backend/database/migrations';
import { migration009 } from '../../../electron/backend/database/migrations/009-title-facts';

describe('migration 009: employer kind, supervising authority consent, title held', () => {
  it('keeps applicant rows, adds null facts and checks the new columns', () => {
    const db = new DatabaseConstructor(':memory:');
    db.pragma('foreign_keys = ON');
    const before = MIGRATIONS.filter((migration) => migration.version < migration009.version);
    migrate(db, before);
    db.prepare("INSERT INTO applicant (id, created_at, updated_at, name_zh, employer_name) VALUES ('a', 't', 't', '张伟', '上海某公司')").run();

    expect(migrate(db, [...before, migration009])).toEqual([migration009.version]);
    expect(schemaVersion(db)).toBe(migration009.version);
    expect(db.prepare('SELECT name_zh, employer_name, employer_kind, supervisor_consent, current_title_level FROM applicant').get()).toEqual({
      name_zh: '张伟',
      employer_name: '上海某公司',
      employer_kind: null,
      supervisor_consent: null,
      current_title_level: null,
    });
    db.prepare("UPDATE applicant SET employer_kind = 'public-institution', supervisor_consent = 1, current_title_level = 'intermediate'").run();
    expect(() => db.prepare("UPDATE applicant SET employer_kind = 'ministry'").run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE applicant SET supervisor_consent = 2').run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE applicant SET current_title_level = 'senior'").run()).toThrow(/CHECK/);
  });
});
