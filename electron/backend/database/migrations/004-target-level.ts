// Schema version 4: the level an applicant applies for, which chooses the work summary's outline.
import type { Migration } from './migration';

export const migration004: Migration = {
  version: 4,
  description: 'the target level of an application',
  up(db) {
    db.exec(`ALTER TABLE application ADD COLUMN target_level TEXT
      CHECK (target_level IS NULL OR target_level IN ('junior', 'intermediate', 'associate-senior'))`);
  },
};
