// Schema version 10: facts that were entered in two places are kept in one (design.md, "One fact, one
// place"). No table changes; existing data moves to the one place.
//
// The certificate's verification: the profile's certificate holds it, and the tracker's "certificate
// verification" step reads it (shared/tracker/certificateVerification.ts). A status or date entered only
// in the tracker moves to the certificate when the applicant has exactly one (with several, which one was
// verified is not known: the profile's own entries stay, as they already did). A certificate that already
// has a status of its own keeps it: the profile was the more specific record. The tracker's copies are
// then cleared, so no second value lingers.
import type { Migration } from './migration';

const CERTIFICATE_STATUS_OF_STEP = `CASE s.status WHEN 'done' THEN 'verified' WHEN 'in-progress' THEN 'submitted' WHEN 'blocked' THEN 'rejected' ELSE 'not-started' END`;

export const migration010: Migration = {
  version: 10,
  description: 'one fact, one place: the certificate verification lives in the profile',
  up(db) {
    db.exec(`
      CREATE TEMP TABLE verification_step AS
        SELECT s.applicant_id, ${CERTIFICATE_STATUS_OF_STEP} AS status, s.done_on
        FROM tracker_step s
        WHERE s.step_id = 'certificate-verification' AND s.status <> 'not-started'
          -- the latest change when the applicant tracked several programmes
          AND s.updated_at = (SELECT max(t.updated_at) FROM tracker_step t
                              WHERE t.applicant_id = s.applicant_id AND t.step_id = 'certificate-verification' AND t.status <> 'not-started');

      UPDATE certificate AS c
      SET verification_status = v.status,
          -- a date only for a verification that happened, and never before the certificate was obtained
          verified_on = CASE WHEN v.status = 'verified' AND (c.obtained_on IS NULL OR v.done_on >= c.obtained_on) THEN v.done_on END
      FROM verification_step AS v
      WHERE c.applicant_id = v.applicant_id
        AND c.verification_status = 'not-started'
        AND (SELECT count(*) FROM certificate o WHERE o.applicant_id = c.applicant_id) = 1;

      UPDATE tracker_step SET status = 'not-started', done_on = NULL WHERE step_id = 'certificate-verification';
      DROP TABLE verification_step;
    `);
  },
};
