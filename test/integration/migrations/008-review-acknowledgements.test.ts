// Migration 008 on a version-7 database with an applicant: acknowledgements are added per applicant and key,
// a key is acknowledged once, and they go with their applicant.
import DatabaseConstructor from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/backend/database/migrate';
import { MIGRATIONS } from '../../../electron/backend/database/migrations';
import { migration008 } from '../../../electron/backend/database/migrations/008-review-acknowledgements';

describe('migration 008: acknowledged warnings of the review', () => {
  it('keeps the applicants, stores one acknowledgement per key and deletes them with their applicant', () => {
    const db = new DatabaseConstructor(':memory:');
    db.pragma('foreign_keys = ON');
    const before = MIGRATIONS.slice(0, migration008.version - 1);
    migrate(db, before);
    db.prepare("INSERT INTO applicant (id, created_at, updated_at, name_zh) VALUES ('a', 't', 't', '张伟')").run();

    expect(migrate(db, MIGRATIONS.slice(0, migration008.version))).toEqual([migration008.version]);
    expect(schemaVersion(db)).toBe(migration008.version);
    expect(db.prepare('SELECT name_zh FROM applicant').get()).toEqual({ name_zh: '张伟' });

    const insert = db.prepare("INSERT INTO review_acknowledgement (applicant_id, finding_key, acknowledged_at) VALUES ('a', ?, 't')");
    insert.run('future-date:2027年');
    expect(() => insert.run('future-date:2027年')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run('')).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO review_acknowledgement VALUES ('nobody', 'k', 't')").run()).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM applicant WHERE id = 'a'").run();
    expect(db.prepare('SELECT count(*) AS n FROM review_acknowledgement').get()).toEqual({ n: 0 });
  });
});
