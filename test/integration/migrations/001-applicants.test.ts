// One test per migration: create the database at the version before, add rows, migrate, compare.
import DatabaseConstructor from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/backend/database/migrate';
import { MIGRATIONS } from '../../../electron/backend/database/migrations';
import { makeTempDir } from '../../support/tempDir';

const dirs: { remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => dir.remove()));

describe('migration 001: applicants, profile rows and settings', () => {
  it('creates STRICT tables from an empty database and sets user_version to 1', () => {
    const db = new DatabaseConstructor(':memory:');
    expect(schemaVersion(db)).toBe(0);
    expect(migrate(db, MIGRATIONS.slice(0, 1))).toEqual([1]);
    expect(schemaVersion(db)).toBe(1);
    const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string; sql: string }[];
    expect(tables.map((table) => table.name)).toEqual(['applicant', 'certificate', 'certificate_renewal', 'education', 'setting', 'work_period']);
    for (const table of tables) expect(table.sql).toMatch(/\)\s*STRICT$/);
  });

  it('keeps rows and enforces the foreign keys it declares', () => {
    const db = new DatabaseConstructor(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 1));
    db.prepare("INSERT INTO applicant (id, created_at, updated_at, name_zh) VALUES ('a', 't', 't', '张伟')").run();
    expect(() =>
      db.prepare(`INSERT INTO work_period (id, applicant_id, position, employer, department, job_position, title_held,
        referee, relevant, in_city, overseas) VALUES ('w', 'missing', 0, '', '', '', '', '', 1, 1, 0)`).run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("UPDATE applicant SET gender = 'x' WHERE id = 'a'").run()).toThrow(/CHECK/);
  });

  it('rolls back every pending migration when one fails, leaving version 0', () => {
    const db = new DatabaseConstructor(':memory:');
    const broken = { version: 2, description: 'fails', up: () => { throw new Error('boom'); } };
    expect(() => migrate(db, [MIGRATIONS[0]!, broken])).toThrow('boom');
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'applicant'").get()).toEqual({ n: 0 });
  });

  it('on a file, reopening runs nothing again', () => {
    const dir = makeTempDir();
    dirs.push(dir);
    const file = `${dir.path}/db.sqlite3`;
    const first = new DatabaseConstructor(file);
    expect(migrate(first, MIGRATIONS)).toEqual(MIGRATIONS.map((migration) => migration.version));
    first.close();
    const second = new DatabaseConstructor(file);
    expect(migrate(second, MIGRATIONS)).toEqual([]);
    second.close();
  });
});
