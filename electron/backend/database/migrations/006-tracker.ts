// Schema version 6: the submission tracker (issue 6). Per applicant and programme: each step's status, the
// case facts after the online filing (受理号, the one-time correction, interview, result, certificate, the
// employer's notice and signed forms), the correction items, and a timeline that keeps every change with
// its time and its old and new values. Keyed by programme too, so a switch of round keeps the old record.
import type { Migration } from './migration';

const DATE = (column: string) => `${column} TEXT CHECK (${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`;

export const migration006: Migration = {
  version: 6,
  description: 'the submission tracker: steps, case, correction items, timeline',
  up(db) {
    db.exec(`
      CREATE TABLE tracker_step (
        applicant_id TEXT NOT NULL REFERENCES applicant (id) ON DELETE CASCADE,
        programme_id TEXT NOT NULL,
        step_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('not-started', 'in-progress', 'done', 'blocked')),
        actor TEXT NOT NULL CHECK (actor IN ('applicant', 'employer', 'authority')),
        ${DATE('started_on')},
        ${DATE('done_on')},
        ${DATE('due_override')},
        notes TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (applicant_id, programme_id, step_id)
      ) STRICT;

      CREATE TABLE tracker_case (
        applicant_id TEXT NOT NULL REFERENCES applicant (id) ON DELETE CASCADE,
        programme_id TEXT NOT NULL,
        ${DATE('filed_on')},
        acceptance_number TEXT NOT NULL DEFAULT '',
        ${DATE('accepted_on')},
        ${DATE('correction_requested_on')},
        ${DATE('correction_deadline')},
        ${DATE('correction_sent_on')},
        correction_sent_at TEXT,
        ${DATE('paper_materials_deadline')},
        ${DATE('paper_materials_sent_on')},
        ${DATE('interview_on')},
        interview_time TEXT CHECK (interview_time IS NULL OR interview_time GLOB '[0-2][0-9]:[0-5][0-9]'),
        interview_place TEXT NOT NULL DEFAULT '',
        result TEXT CHECK (result IS NULL OR result IN ('pending', 'passed', 'not-passed')),
        ${DATE('result_on')},
        ${DATE('certificate_on')},
        certificate_number TEXT NOT NULL DEFAULT '',
        ${DATE('notice_posted_on')},
        ${DATE('notice_ended_on')},
        objections TEXT CHECK (objections IS NULL OR objections IN ('none', 'received')),
        objections_note TEXT NOT NULL DEFAULT '',
        ${DATE('forms_printed_on')},
        ${DATE('forms_signed_on')},
        notes TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        -- Only one response to a correction request is allowed: "sent" has its date and its confirmation together.
        CHECK ((correction_sent_on IS NULL) = (correction_sent_at IS NULL)),
        PRIMARY KEY (applicant_id, programme_id)
      ) STRICT;

      CREATE TABLE correction_item (
        id TEXT PRIMARY KEY,
        applicant_id TEXT NOT NULL REFERENCES applicant (id) ON DELETE CASCADE,
        programme_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        text TEXT NOT NULL CHECK (length(text) > 0),
        ticked INTEGER NOT NULL DEFAULT 0 CHECK (ticked IN (0, 1)),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX correction_item_by_case ON correction_item (applicant_id, programme_id, position);

      CREATE TABLE tracker_event (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        applicant_id TEXT NOT NULL REFERENCES applicant (id) ON DELETE CASCADE,
        programme_id TEXT NOT NULL,
        at TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('step', 'case', 'correction-item', 'correction-sent')),
        subject TEXT NOT NULL,
        before TEXT NOT NULL CHECK (json_valid(before)),
        after TEXT NOT NULL CHECK (json_valid(after))
      ) STRICT;
      CREATE INDEX tracker_event_by_case ON tracker_event (applicant_id, programme_id, id);
    `);
  },
};
