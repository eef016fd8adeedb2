// Schema version 5: the assessment form (考核认定表) and the official PDF the online system generated.
//
// The form is one JSON document per applicant (validated by shared/form/schema.ts on every save and read),
// written whole with a revision like the profile: its rows are only ever read and written together, and the
// print report and the documents need all of it at once. The official PDF is kept in the database, not as a
// loose file, so that it travels with backups and the hand-over package; it is at most a few megabytes.
import type { Migration } from './migration';

export const migration005: Migration = {
  version: 5,
  description: 'the assessment form and the imported official form PDF',
  up(db) {
    db.exec(`
      CREATE TABLE assessment_form (
        applicant_id TEXT PRIMARY KEY REFERENCES applicant (id) ON DELETE CASCADE,
        revision INTEGER NOT NULL CHECK (revision >= 1),
        document TEXT NOT NULL CHECK (json_valid(document)),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE official_form (
        applicant_id TEXT PRIMARY KEY REFERENCES applicant (id) ON DELETE CASCADE,
        file_name TEXT NOT NULL,
        content BLOB NOT NULL,
        byte_count INTEGER NOT NULL CHECK (byte_count = length(content)),
        pages INTEGER NOT NULL CHECK (pages >= 1),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        imported_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
