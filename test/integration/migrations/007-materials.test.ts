// Migration 007 on a version-6 database with an applicant: the checklist, attachment and limits tables
// appear empty, check their columns, keep an attachment when its item goes (unfiled) and go with the applicant.
import DatabaseConstructor from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/backend/database/migrate';
import { MIGRATIONS } from '../../../electron/backend/database/migrations';

const HASH = 'a'.repeat(64);

describe('migration 007: paper materials, attachments and attachment limits', () => {
  it('adds the tables, checks their columns, unfiles an attachment whose item goes and deletes all with the applicant', () => {
    const db = new DatabaseConstructor(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 6));
    db.prepare("INSERT INTO applicant (id, created_at, updated_at, name_zh) VALUES ('a', 't', 't', '张伟')").run();

    expect(migrate(db, MIGRATIONS.slice(0, 7))).toEqual([7]);
    expect(schemaVersion(db)).toBe(7);
    for (const table of ['material_checklist', 'material_item', 'attachment', 'attachment_limits']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }

    db.prepare("INSERT INTO material_checklist (applicant_id, programme_id, revision, seeded_at, updated_at) VALUES ('a', 'shanghai-c-r3', 1, 't', 't')").run();
    const insertItem = db.prepare(`INSERT INTO material_item (id, applicant_id, programme_id, position, label, from_default, copies,
      original_or_copy, signed, sealed, done) VALUES (?, 'a', 'shanghai-c-r3', 0, '', ?, ?, ?, 1, 1, 0)`);
    insertItem.run('i1', 'assessment-form', 3, 'original');
    expect(() => insertItem.run('i2', 'work-summary', 0, null)).toThrow(/CHECK/);
    expect(() => insertItem.run('i2', 'work-summary', 1, 'scan')).toThrow(/CHECK/);
    // A default appears once per checklist.
    expect(() => insertItem.run('i2', 'assessment-form', 1, null)).toThrow(/UNIQUE/);

    const insertAttachment = db.prepare(`INSERT INTO attachment (id, applicant_id, material_item_id, sha256, original_name, mime, bytes, added_at)
      VALUES (?, 'a', ?, ?, 'scan.png', ?, ?, 't')`);
    expect(() => insertAttachment.run('x', 'i1', 'A'.repeat(64), 'image/png', 10)).toThrow(/CHECK/);
    expect(() => insertAttachment.run('x', 'i1', '../etc/passwd'.padEnd(64, 'a'), 'image/png', 10)).toThrow(/CHECK/);
    expect(() => insertAttachment.run('x', 'i1', HASH, 'text/html', 10)).toThrow(/CHECK/);
    expect(() => insertAttachment.run('x', 'i1', HASH, 'image/png', 0)).toThrow(/CHECK/);
    expect(() => insertAttachment.run('x', 'nope', HASH, 'image/png', 10)).toThrow(/FOREIGN KEY/);
    insertAttachment.run('at', 'i1', HASH, 'image/png', 10);

    db.prepare("DELETE FROM material_item WHERE id = 'i1'").run();
    expect(db.prepare("SELECT material_item_id FROM attachment WHERE id = 'at'").get()).toEqual({ material_item_id: null });

    expect(() => db.prepare("INSERT INTO attachment_limits (programme_id, max_bytes, types, updated_at) VALUES ('p', 0, '[]', 't')").run()).toThrow(/CHECK/);
    db.prepare(`INSERT INTO attachment_limits (programme_id, max_bytes, types, updated_at) VALUES ('p', 5, '["pdf"]', 't')`).run();

    db.prepare("DELETE FROM applicant WHERE id = 'a'").run();
    const left = db.prepare('SELECT (SELECT count(*) FROM material_checklist) + (SELECT count(*) FROM material_item) + (SELECT count(*) FROM attachment) AS n').get();
    expect(left).toEqual({ n: 0 });
    // Limits belong to a programme, not to an applicant.
    expect(db.prepare('SELECT count(*) AS n FROM attachment_limits').get()).toEqual({ n: 1 });
  });
});
