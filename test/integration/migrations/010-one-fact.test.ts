// Migration 010 on a version-9 database: a verification entered only in the tracker moves to the applicant's
// one certificate (status, and the date when it was verified); a certificate with its own status keeps it;
// with several certificates nothing is guessed; the tracker's copies are cleared.
import DatabaseConstructor from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/backend/database/migrate';
import { MIGRATIONS } from '../../../electron/backend/database/migrations';
import { migration010 } from '../../../electron/backend/database/migrations/010-one-fact';

function beforeMigration010() {
  const db = new DatabaseConstructor(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.slice(0, migration010.version - 1));
  return db;
}

const applicant = (db: DatabaseConstructor.Database, id: string) => db.prepare("INSERT INTO applicant (id, created_at, updated_at, name_zh) VALUES (?, 't', 't', '张伟')").run(id);
const certificate = (db: DatabaseConstructor.Database, id: string, applicantId: string, status = 'not-started', obtainedOn: string | null = '2020-01-01', verifiedOn: string | null = null) =>
  db
    .prepare(`INSERT INTO certificate (id, applicant_id, position, name, issuing_body, number, obtained_on, categories, verification_status, verified_on)
      VALUES (?, ?, 0, 'FCCA', 'ACCA', '1', ?, '[]', ?, ?)`)
    .run(id, applicantId, obtainedOn, status, verifiedOn);
const step = (db: DatabaseConstructor.Database, applicantId: string, status: string, doneOn: string | null, updatedAt = '2025-08-01T00:00:00Z', programmeId = 'shanghai-c-r3') =>
  db
    .prepare(`INSERT INTO tracker_step (applicant_id, programme_id, step_id, status, actor, done_on, notes, updated_at)
      VALUES (?, ?, 'certificate-verification', ?, 'applicant', ?, 'kept note', ?)`)
    .run(applicantId, programmeId, status, doneOn, updatedAt);
const verification = (db: DatabaseConstructor.Database, id: string) => db.prepare('SELECT verification_status AS status, verified_on AS date FROM certificate WHERE id = ?').get(id);

describe('migration 010: the certificate verification lives in the profile', () => {
  it('moves a verification entered only in the tracker to the one certificate, and clears the tracker’s copy', () => {
    const db = beforeMigration010();
    applicant(db, 'a');
    certificate(db, 'c', 'a');
    step(db, 'a', 'done', '2025-08-20');
    expect(migrate(db, MIGRATIONS.slice(0, migration010.version))).toEqual([migration010.version]);
    expect(schemaVersion(db)).toBe(migration010.version);
    expect(verification(db, 'c')).toEqual({ status: 'verified', date: '2025-08-20' });
    expect(db.prepare("SELECT status, done_on, notes FROM tracker_step WHERE applicant_id = 'a'").get()).toEqual({ status: 'not-started', done_on: null, notes: 'kept note' });
  });

  it('keeps a certificate’s own status, guesses nothing with several certificates, and takes the latest of several rounds', () => {
    const db = beforeMigration010();
    applicant(db, 'own');
    certificate(db, 'c-own', 'own', 'submitted');
    step(db, 'own', 'done', '2025-08-20');
    applicant(db, 'two');
    certificate(db, 'c-two-1', 'two');
    db.prepare("INSERT INTO certificate (id, applicant_id, position, name, issuing_body, number, categories, verification_status) VALUES ('c-two-2', 'two', 1, 'CGMA', 'CIMA', '2', '[]', 'not-started')").run();
    step(db, 'two', 'done', '2025-08-20');
    applicant(db, 'rounds');
    certificate(db, 'c-rounds', 'rounds');
    step(db, 'rounds', 'done', '2024-08-10', '2024-08-10T00:00:00Z', 'shanghai-c-r2');
    step(db, 'rounds', 'in-progress', null, '2025-07-01T00:00:00Z', 'shanghai-c-r3');
    migrate(db, MIGRATIONS);
    expect(verification(db, 'c-own')).toEqual({ status: 'submitted', date: null });
    expect(verification(db, 'c-two-1')).toEqual({ status: 'not-started', date: null });
    expect(verification(db, 'c-two-2')).toEqual({ status: 'not-started', date: null });
    expect(verification(db, 'c-rounds')).toEqual({ status: 'submitted', date: null });
  });

  it('never writes a verification date before the certificate was obtained', () => {
    const db = beforeMigration010();
    applicant(db, 'a');
    certificate(db, 'c', 'a', 'not-started', '2025-09-01');
    step(db, 'a', 'done', '2025-08-20');
    migrate(db, MIGRATIONS);
    expect(verification(db, 'c')).toEqual({ status: 'verified', date: null });
  });
});
