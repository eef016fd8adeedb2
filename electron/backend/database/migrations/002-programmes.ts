// Schema version 2: user-created rounds, user-entered holiday years, and what each applicant applies for.
// Rounds and years are stored as the JSON their shared zod schemas validate, and validated again on read.
import type { Migration } from './migration';

export const migration002: Migration = {
  version: 2,
  description: 'user rounds, holiday years, applications',
  up(db) {
    db.exec(`
      CREATE TABLE user_round (
        id TEXT PRIMARY KEY,
        based_on TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE holiday_year (
        year INTEGER PRIMARY KEY,
        data TEXT NOT NULL CHECK (json_valid(data)),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE application (
        applicant_id TEXT PRIMARY KEY REFERENCES applicant (id) ON DELETE CASCADE,
        programme_id TEXT,
        series TEXT,
        earlier_rounds TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(earlier_rounds)),
        count_overseas INTEGER NOT NULL DEFAULT 1 CHECK (count_overseas IN (0, 1)),
        catalogue_level TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX application_by_programme ON application (programme_id);
    `);
  },
};
