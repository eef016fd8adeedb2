// The review's acknowledged warnings in SQLite, one row per applicant and finding key.
import type { Database } from 'better-sqlite3';
import type { Acknowledgement } from '../../../shared/contract/reviewChannels';

export function createReviewRepository(db: Database) {
  const list = db.prepare<[string], Acknowledgement>('SELECT finding_key AS key, acknowledged_at AS at FROM review_acknowledgement WHERE applicant_id = ? ORDER BY acknowledged_at, finding_key');
  const insert = db.prepare<[string, string, string]>('INSERT INTO review_acknowledgement (applicant_id, finding_key, acknowledged_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
  const remove = db.prepare<[string, string]>('DELETE FROM review_acknowledgement WHERE applicant_id = ? AND finding_key = ?');
  return {
    acknowledged(applicantId: string): Acknowledgement[] {
      return list.all(applicantId);
    },
    /** Acknowledging twice keeps the first time. */
    setAcknowledged(applicantId: string, key: string, acknowledged: boolean, now: string): Acknowledgement[] {
      if (acknowledged) insert.run(applicantId, key, now);
      else remove.run(applicantId, key);
      return list.all(applicantId);
    },
  };
}

export type ReviewRepository = ReturnType<typeof createReviewRepository>;
