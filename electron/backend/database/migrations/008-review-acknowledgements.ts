// Schema version 8: the review's warnings an applicant has acknowledged, one row each, by the finding's key
// (its rule and subject, never a position in the text), so the acknowledgement survives edits elsewhere and
// the cover sheet can show it as 已确认. Belongs to the applicant: it travels in a hand-over package.
import type { Migration } from './migration';

export const migration008: Migration = {
  version: 8,
  description: 'acknowledged warnings of the review across the documents',
  up(db) {
    db.exec(`
      CREATE TABLE review_acknowledgement (
        applicant_id TEXT NOT NULL REFERENCES applicant (id) ON DELETE CASCADE,
        finding_key TEXT NOT NULL CHECK (length(finding_key) BETWEEN 1 AND 600),
        acknowledged_at TEXT NOT NULL,
        PRIMARY KEY (applicant_id, finding_key)
      ) STRICT;
    `);
  },
};
