// Schema version 11: the public notice's start is one fact (design.md, "One fact, one place"). The form's
// publicNotice.startDate is that fact: the notice PDF, the packet, the deadlines and the .ics already read it;
// the tracker's "notice posted on" now reads and writes it too (electron/backend/tracker/noticeStart.ts).
// No table changes; the tracker's own copy (tracker_case.notice_posted_on) moves into the form and is cleared.
//
// Which value is kept, without guessing:
// - only the tracker has a date: it moves to the form (a form document is created when there was none);
// - both have one and they differ: the one changed more recently (tracker_case.updated_at against
//   assessment_form.updated_at) is kept; on a tie the form's stays, as it is the one already printed;
// - several programmes tracked: the tracker's most recently updated row with a date is the candidate.
// The form's revision goes up when its document changes, so an editor open on the old revision is refused
// rather than overwriting the moved date.
import { emptyForm } from '../../../../shared/form/schema';
import type { Migration } from './migration';

export const migration011: Migration = {
  version: 11,
  description: 'one fact, one place: the public notice start lives in the form',
  up(db) {
    const emptyDocument = JSON.stringify(emptyForm());
    db.exec(`
      CREATE TEMP TABLE notice_posted AS
        SELECT c.applicant_id, c.notice_posted_on AS posted_on, c.updated_at
        FROM tracker_case c
        WHERE c.notice_posted_on IS NOT NULL
          AND c.rowid = (SELECT t.rowid FROM tracker_case t
                         WHERE t.applicant_id = c.applicant_id AND t.notice_posted_on IS NOT NULL
                         ORDER BY t.updated_at DESC, t.rowid DESC LIMIT 1);
    `);
    db.prepare(`
      INSERT INTO assessment_form (applicant_id, revision, document, updated_at)
        SELECT p.applicant_id, 1, json_set(?, '$.publicNotice.startDate', p.posted_on), p.updated_at
        FROM notice_posted p
        WHERE NOT EXISTS (SELECT 1 FROM assessment_form f WHERE f.applicant_id = p.applicant_id)
    `).run(emptyDocument);
    db.exec(`
      UPDATE assessment_form AS f
      SET document = json_set(f.document, '$.publicNotice.startDate', p.posted_on),
          revision = f.revision + 1
      FROM notice_posted AS p
      WHERE f.applicant_id = p.applicant_id
        AND json_extract(f.document, '$.publicNotice.startDate') IS NOT p.posted_on
        AND (json_extract(f.document, '$.publicNotice.startDate') IS NULL OR p.updated_at > f.updated_at);

      UPDATE tracker_case SET notice_posted_on = NULL WHERE notice_posted_on IS NOT NULL;
      DROP TABLE notice_posted;
    `);
  },
};
