// Schema version 1: applicants with their profile, education, work periods and certificates; settings.
// Child rows keep the client's ids and an explicit position, so the profile editor's order survives.
import type { Migration } from './migration';

export const migration001: Migration = {
  version: 1,
  description: 'applicants, profile rows and settings',
  up(db) {
    db.exec(`
      CREATE TABLE applicant (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        revision INTEGER NOT NULL DEFAULT 0,
        name_zh TEXT NOT NULL DEFAULT '',
        name_latin TEXT NOT NULL DEFAULT '',
        gender TEXT CHECK (gender IN ('female', 'male')),
        birth_date TEXT,
        nationality TEXT NOT NULL DEFAULT '',
        id_type TEXT,
        id_number TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        employer_name TEXT NOT NULL DEFAULT '',
        employer_credit_code TEXT NOT NULL DEFAULT '',
        department TEXT NOT NULL DEFAULT '',
        post TEXT NOT NULL DEFAULT '',
        target_city TEXT CHECK (target_city IN ('shanghai', 'guangzhou'))
      ) STRICT;

      CREATE TABLE education (
        id TEXT PRIMARY KEY,
        applicant_id TEXT NOT NULL REFERENCES applicant (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        start_date TEXT,
        end_date TEXT,
        school TEXT NOT NULL,
        major TEXT NOT NULL,
        degree TEXT,
        degree_certificate_number TEXT NOT NULL,
        full_time INTEGER NOT NULL CHECK (full_time IN (0, 1)),
        science_or_engineering INTEGER NOT NULL CHECK (science_or_engineering IN (0, 1))
      ) STRICT;
      CREATE INDEX education_by_applicant ON education (applicant_id, position);

      CREATE TABLE work_period (
        id TEXT PRIMARY KEY,
        applicant_id TEXT NOT NULL REFERENCES applicant (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        start_date TEXT,
        end_date TEXT,
        employer TEXT NOT NULL,
        department TEXT NOT NULL,
        job_position TEXT NOT NULL,
        title_held TEXT NOT NULL,
        referee TEXT NOT NULL,
        relevant INTEGER NOT NULL CHECK (relevant IN (0, 1)),
        in_city INTEGER NOT NULL CHECK (in_city IN (0, 1)),
        overseas INTEGER NOT NULL CHECK (overseas IN (0, 1))
      ) STRICT;
      CREATE INDEX work_period_by_applicant ON work_period (applicant_id, position);

      CREATE TABLE certificate (
        id TEXT PRIMARY KEY,
        applicant_id TEXT NOT NULL REFERENCES applicant (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        issuing_body TEXT NOT NULL,
        number TEXT NOT NULL,
        obtained_on TEXT,
        valid_until TEXT,
        list_version TEXT,
        categories TEXT NOT NULL CHECK (json_valid(categories)),
        field TEXT,
        verified_on TEXT,
        verification_status TEXT NOT NULL
      ) STRICT;
      CREATE INDEX certificate_by_applicant ON certificate (applicant_id, position);

      CREATE TABLE certificate_renewal (
        certificate_id TEXT NOT NULL REFERENCES certificate (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        renewed_on TEXT,
        valid_until TEXT,
        PRIMARY KEY (certificate_id, position)
      ) STRICT;

      CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT;
    `);
  },
};
