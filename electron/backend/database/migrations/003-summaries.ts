// Schema version 3: the work summary (one per applicant and programme) and its snapshots.
//
// Snapshots are content-addressed: each distinct block (a heading, paragraph or list item, as canonical
// JSON) is stored once per summary in summary_block under the first 128 bits of its SHA-256, and a snapshot
// is the ordered list of its blocks' row ids. A day's edits touch a few paragraphs, so a new snapshot of a
// 20,000-字 summary adds those paragraphs and a list of ~1 KB, not another 60 KB copy; restoring one is a
// single join. Blocks are only ever added with the snapshot that refers to them and only removed with their
// summary (ON DELETE CASCADE), so every id a snapshot lists exists. The current text is stored whole in
// summary.document: an autosave is one row update, with no hashing.
import type { Migration } from './migration';

export const migration003: Migration = {
  version: 3,
  description: 'work summaries and their snapshots',
  up(db) {
    db.exec(`
      CREATE TABLE summary (
        id INTEGER PRIMARY KEY,
        applicant_id TEXT NOT NULL REFERENCES applicant (id) ON DELETE CASCADE,
        programme_id TEXT NOT NULL,
        revision INTEGER NOT NULL CHECK (revision >= 1),
        document TEXT NOT NULL CHECK (json_valid(document)),
        updated_at TEXT NOT NULL,
        -- The Shanghai date (YYYY-MM-DD) of the last save that made the daily automatic-snapshot decision.
        auto_snapshot_day TEXT,
        UNIQUE (applicant_id, programme_id)
      ) STRICT;

      CREATE TABLE summary_block (
        id INTEGER PRIMARY KEY,
        summary_id INTEGER NOT NULL REFERENCES summary (id) ON DELETE CASCADE,
        hash BLOB NOT NULL CHECK (length(hash) = 16),
        content TEXT NOT NULL CHECK (json_valid(content)),
        UNIQUE (summary_id, hash)
      ) STRICT;

      CREATE TABLE summary_snapshot (
        id INTEGER PRIMARY KEY,
        summary_id INTEGER NOT NULL REFERENCES summary (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('auto', 'named', 'before-restore')),
        name TEXT,
        created_at TEXT NOT NULL,
        text_saved_at TEXT NOT NULL,
        revision INTEGER NOT NULL,
        words INTEGER NOT NULL,
        body_words INTEGER NOT NULL,
        -- JSON array of summary_block ids, in document order.
        block_ids TEXT NOT NULL CHECK (json_valid(block_ids) AND json_type(block_ids) = 'array'),
        restored_snapshot_id INTEGER REFERENCES summary_snapshot (id) ON DELETE SET NULL
      ) STRICT;
      CREATE INDEX summary_snapshot_by_summary ON summary_snapshot (summary_id, id);
    `);
  },
};
