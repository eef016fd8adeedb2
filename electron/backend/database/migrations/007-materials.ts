// Schema version 7: the paper-materials checklist, the attached scans and the attachment limits.
//
// A checklist belongs to an applicant and a programme: `material_checklist` marks it as seeded from the
// programme's defaults (so a default the user removed does not come back) and carries the revision that
// saves are checked against. Attachments hold metadata only; the file is <data>/attachments/<xx>/<sha256>.
// A deleted attachment keeps its row (deleted_at) for the undo window; its item going away leaves it
// unassigned rather than deleting it. Limits are per programme, set by the user (defaults are in templates/).
import type { Migration } from './migration';

export const migration007: Migration = {
  version: 7,
  description: 'paper-materials checklist, attachments and attachment limits',
  up(db) {
    db.exec(`
      CREATE TABLE material_checklist (
        applicant_id TEXT NOT NULL REFERENCES applicant (id) ON DELETE CASCADE,
        programme_id TEXT NOT NULL,
        revision INTEGER NOT NULL CHECK (revision >= 1),
        seeded_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (applicant_id, programme_id)
      ) STRICT;

      CREATE TABLE material_item (
        id TEXT PRIMARY KEY,
        applicant_id TEXT NOT NULL REFERENCES applicant (id) ON DELETE CASCADE,
        programme_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        label TEXT NOT NULL,
        from_default TEXT,
        copies INTEGER NOT NULL CHECK (copies BETWEEN 1 AND 99),
        original_or_copy TEXT CHECK (original_or_copy IN ('original', 'copy')),
        signed INTEGER NOT NULL CHECK (signed IN (0, 1)),
        sealed INTEGER NOT NULL CHECK (sealed IN (0, 1)),
        done INTEGER NOT NULL CHECK (done IN (0, 1)),
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX material_item_by_checklist ON material_item (applicant_id, programme_id, position);
      CREATE UNIQUE INDEX material_item_default ON material_item (applicant_id, programme_id, from_default)
        WHERE from_default IS NOT NULL;

      CREATE TABLE attachment (
        id TEXT PRIMARY KEY,
        applicant_id TEXT NOT NULL REFERENCES applicant (id) ON DELETE CASCADE,
        material_item_id TEXT REFERENCES material_item (id) ON DELETE SET NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        original_name TEXT NOT NULL,
        mime TEXT NOT NULL CHECK (mime IN ('application/pdf', 'image/jpeg', 'image/png')),
        bytes INTEGER NOT NULL CHECK (bytes > 0),
        pages INTEGER CHECK (pages IS NULL OR pages >= 1),
        added_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX attachment_by_applicant ON attachment (applicant_id, added_at);
      CREATE INDEX attachment_by_item ON attachment (material_item_id);
      CREATE INDEX attachment_by_hash ON attachment (sha256);
      CREATE INDEX attachment_deleted ON attachment (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE TABLE attachment_limits (
        programme_id TEXT PRIMARY KEY,
        max_bytes INTEGER NOT NULL CHECK (max_bytes >= 1),
        types TEXT NOT NULL CHECK (json_valid(types)),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
