// The tracker in SQLite: step records, the case, correction items and the timeline. Every write is one
// transaction that also appends a timeline event with the old and new values of what it changed, so the
// history can always be shown and nothing a user typed is lost silently.
import type { Database } from 'better-sqlite3';
import {
  type CasePatch,
  type CorrectionItem,
  DEFAULT_TRACKER_SETTINGS,
  type StepPatch,
  type StepRecord,
  type TimelineEvent,
  type TrackerCase,
  type TrackerSettings,
  emptyCase,
  timelineEventSchema,
  trackerSettingsSchema,
} from '../../../shared/tracker/schema';
import { defaultStepRecord } from '../../../shared/tracker/steps';

/** Thrown when the correction was already marked sent: only one response is allowed. */
export class CorrectionSentError extends Error {
  constructor() {
    super('The correction was already marked as sent');
    this.name = 'CorrectionSentError';
  }
}

const CASE_COLUMNS: Record<keyof TrackerCase, string> = {
  filedOn: 'filed_on',
  acceptanceNumber: 'acceptance_number',
  acceptedOn: 'accepted_on',
  correctionRequestedOn: 'correction_requested_on',
  correctionDeadline: 'correction_deadline',
  correctionSentOn: 'correction_sent_on',
  correctionSentAt: 'correction_sent_at',
  paperMaterialsDeadline: 'paper_materials_deadline',
  paperMaterialsSentOn: 'paper_materials_sent_on',
  interviewOn: 'interview_on',
  interviewTime: 'interview_time',
  interviewPlace: 'interview_place',
  result: 'result',
  resultOn: 'result_on',
  certificateOn: 'certificate_on',
  certificateNumber: 'certificate_number',
  noticePostedOn: 'notice_posted_on',
  noticeEndedOn: 'notice_ended_on',
  objections: 'objections',
  objectionsNote: 'objections_note',
  formsPrintedOn: 'forms_printed_on',
  formsSignedOn: 'forms_signed_on',
  notes: 'notes',
  updatedAt: 'updated_at',
};
const CASE_KEYS = Object.keys(CASE_COLUMNS) as (keyof TrackerCase)[];

interface StepRow {
  step_id: string;
  status: StepRecord['status'];
  actor: StepRecord['actor'];
  started_on: string | null;
  done_on: string | null;
  due_override: string | null;
  notes: string;
  updated_at: string;
}

const toStep = (row: StepRow): StepRecord => ({
  stepId: row.step_id,
  status: row.status,
  actor: row.actor,
  startedOn: row.started_on,
  doneOn: row.done_on,
  dueOverride: row.due_override,
  notes: row.notes,
  updatedAt: row.updated_at,
});

/** Only the fields whose value changes, before and after. */
function changes<T extends object>(current: T, patch: Partial<T>): { before: Partial<T>; after: Partial<T> } {
  const before: Partial<T> = {};
  const after: Partial<T> = {};
  for (const key of Object.keys(patch) as (keyof T)[]) {
    const next = patch[key];
    if (next === undefined || next === current[key]) continue;
    before[key] = current[key];
    after[key] = next as T[keyof T];
  }
  return { before, after };
}

const SETTINGS_KEY = 'tracker';

export function createTrackerRepository(db: Database) {
  const caseColumns = CASE_KEYS.map((key) => CASE_COLUMNS[key]);
  const statements = {
    steps: db.prepare('SELECT * FROM tracker_step WHERE applicant_id = ? AND programme_id = ? ORDER BY step_id'),
    step: db.prepare('SELECT * FROM tracker_step WHERE applicant_id = ? AND programme_id = ? AND step_id = ?'),
    upsertStep: db.prepare(`INSERT INTO tracker_step (applicant_id, programme_id, step_id, status, actor, started_on, done_on,
      due_override, notes, updated_at) VALUES (@applicantId, @programmeId, @stepId, @status, @actor, @startedOn, @doneOn,
      @dueOverride, @notes, @updatedAt) ON CONFLICT (applicant_id, programme_id, step_id) DO UPDATE SET status = excluded.status,
      actor = excluded.actor, started_on = excluded.started_on, done_on = excluded.done_on, due_override = excluded.due_override,
      notes = excluded.notes, updated_at = excluded.updated_at`),
    case: db.prepare(`SELECT ${caseColumns.join(', ')} FROM tracker_case WHERE applicant_id = ? AND programme_id = ?`),
    upsertCase: db.prepare(`INSERT INTO tracker_case (applicant_id, programme_id, ${caseColumns.join(', ')})
      VALUES (@applicantId, @programmeId, ${CASE_KEYS.map((key) => `@${key}`).join(', ')})
      ON CONFLICT (applicant_id, programme_id) DO UPDATE SET ${caseColumns.map((column) => `${column} = excluded.${column}`).join(', ')}`),
    items: db.prepare('SELECT id, text, ticked, created_at FROM correction_item WHERE applicant_id = ? AND programme_id = ? ORDER BY position, created_at'),
    item: db.prepare('SELECT id, text, ticked, created_at FROM correction_item WHERE id = ? AND applicant_id = ? AND programme_id = ?'),
    nextPosition: db.prepare('SELECT coalesce(max(position), -1) + 1 FROM correction_item WHERE applicant_id = ? AND programme_id = ?').pluck(),
    insertItem: db.prepare('INSERT INTO correction_item (id, applicant_id, programme_id, position, text, ticked, created_at) VALUES (?, ?, ?, ?, ?, 0, ?)'),
    updateItem: db.prepare('UPDATE correction_item SET text = ?, ticked = ? WHERE id = ?'),
    deleteItem: db.prepare('DELETE FROM correction_item WHERE id = ?'),
    events: db.prepare('SELECT id, at, kind, subject, before, after FROM tracker_event WHERE applicant_id = ? AND programme_id = ? ORDER BY id DESC LIMIT ?'),
    insertEvent: db.prepare('INSERT INTO tracker_event (applicant_id, programme_id, at, kind, subject, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    setting: db.prepare('SELECT value FROM setting WHERE key = ?').pluck(),
    putSetting: db.prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
  };

  function readCase(applicantId: string, programmeId: string): TrackerCase {
    const row = statements.case.get(applicantId, programmeId) as Record<string, unknown> | undefined;
    if (!row) return emptyCase();
    const stored = emptyCase() as Record<keyof TrackerCase, unknown>;
    for (const key of CASE_KEYS) stored[key] = row[CASE_COLUMNS[key]];
    return stored as TrackerCase;
  }

  function writeCase(applicantId: string, programmeId: string, value: TrackerCase): void {
    statements.upsertCase.run({ applicantId, programmeId, ...value });
  }

  function event(applicantId: string, programmeId: string, at: string, kind: TimelineEvent['kind'], subject: string, before: object, after: object): void {
    statements.insertEvent.run(applicantId, programmeId, at, kind, subject, JSON.stringify(before), JSON.stringify(after));
  }

  function readItem(row: { id: string; text: string; ticked: number; created_at: string }): CorrectionItem {
    return { id: row.id, text: row.text, ticked: row.ticked === 1, createdAt: row.created_at };
  }

  const updateStep = db.transaction((applicantId: string, programmeId: string, stepId: string, patch: StepPatch, now: string): StepRecord => {
    const row = statements.step.get(applicantId, programmeId, stepId) as StepRow | undefined;
    const current = row ? toStep(row) : defaultStepRecord(stepId);
    const { before, after } = changes(current, patch);
    if (Object.keys(after).length === 0) return current;
    const next: StepRecord = { ...current, ...after, updatedAt: now };
    statements.upsertStep.run({ applicantId, programmeId, ...next });
    event(applicantId, programmeId, now, 'step', stepId, before, after);
    return next;
  });

  const updateCase = db.transaction((applicantId: string, programmeId: string, patch: CasePatch, now: string): TrackerCase => {
    const current = readCase(applicantId, programmeId);
    const { before, after } = changes(current, patch);
    if (Object.keys(after).length === 0) return current;
    const next: TrackerCase = { ...current, ...after, updatedAt: now };
    writeCase(applicantId, programmeId, next);
    event(applicantId, programmeId, now, 'case', '', before, after);
    return next;
  });

  const assertNotSent = (applicantId: string, programmeId: string) => {
    if (readCase(applicantId, programmeId).correctionSentOn !== null) throw new CorrectionSentError();
  };

  const addItem = db.transaction((applicantId: string, programmeId: string, id: string, text: string, now: string) => {
    assertNotSent(applicantId, programmeId);
    statements.insertItem.run(id, applicantId, programmeId, statements.nextPosition.get(applicantId, programmeId), text, now);
    event(applicantId, programmeId, now, 'correction-item', id, {}, { text, ticked: false });
  });

  const updateItem = db.transaction((applicantId: string, programmeId: string, id: string, patch: { text?: string; ticked?: boolean }, now: string): boolean => {
    const row = statements.item.get(id, applicantId, programmeId) as Parameters<typeof readItem>[0] | undefined;
    if (!row) return false;
    assertNotSent(applicantId, programmeId);
    const current = readItem(row);
    const { before, after } = changes({ text: current.text, ticked: current.ticked }, patch);
    if (Object.keys(after).length === 0) return true;
    const next = { text: after.text ?? current.text, ticked: after.ticked ?? current.ticked };
    statements.updateItem.run(next.text, next.ticked ? 1 : 0, id);
    event(applicantId, programmeId, now, 'correction-item', id, { text: current.text, ...before }, { text: next.text, ...after });
    return true;
  });

  const removeItem = db.transaction((applicantId: string, programmeId: string, id: string, now: string): boolean => {
    const row = statements.item.get(id, applicantId, programmeId) as Parameters<typeof readItem>[0] | undefined;
    if (!row) return false;
    assertNotSent(applicantId, programmeId);
    statements.deleteItem.run(id);
    event(applicantId, programmeId, now, 'correction-item', id, { text: row.text, ticked: row.ticked === 1 }, {});
    return true;
  });

  const markSent = db.transaction((applicantId: string, programmeId: string, sentOn: string, now: string): TrackerCase => {
    const current = readCase(applicantId, programmeId);
    if (current.correctionSentOn !== null) throw new CorrectionSentError();
    const next: TrackerCase = { ...current, correctionSentOn: sentOn, correctionSentAt: now, updatedAt: now };
    writeCase(applicantId, programmeId, next);
    const items = (statements.items.all(applicantId, programmeId) as Parameters<typeof readItem>[0][]).map(readItem);
    event(applicantId, programmeId, now, 'correction-sent', '', { correctionSentOn: null }, {
      correctionSentOn: sentOn,
      items: items.length,
      ticked: items.filter((item) => item.ticked).length,
    });
    return next;
  });

  return {
    steps(applicantId: string, programmeId: string): StepRecord[] {
      return (statements.steps.all(applicantId, programmeId) as StepRow[]).map(toStep);
    },
    updateStep(applicantId: string, programmeId: string, stepId: string, patch: StepPatch, now: string): StepRecord {
      return updateStep.immediate(applicantId, programmeId, stepId, patch, now);
    },
    /** A step's change kept elsewhere (the verification, in the profile), for the timeline. */
    recordStepChange(applicantId: string, programmeId: string, stepId: string, before: object, after: object, now: string): void {
      event(applicantId, programmeId, now, 'step', stepId, before, after);
    },
    /** A change of the case kept elsewhere (the notice start, in the form), for the timeline. */
    recordCaseChange(applicantId: string, programmeId: string, before: object, after: object, now: string): void {
      event(applicantId, programmeId, now, 'case', '', before, after);
    },
    case: readCase,
    updateCase(applicantId: string, programmeId: string, patch: CasePatch, now: string): TrackerCase {
      return updateCase.immediate(applicantId, programmeId, patch, now);
    },
    items(applicantId: string, programmeId: string): CorrectionItem[] {
      return (statements.items.all(applicantId, programmeId) as Parameters<typeof readItem>[0][]).map(readItem);
    },
    /** Throws CorrectionSentError once the correction is sent. */
    addItem(applicantId: string, programmeId: string, id: string, text: string, now: string): void {
      addItem.immediate(applicantId, programmeId, id, text, now);
    },
    /** false: no such item; throws CorrectionSentError once the correction is sent. */
    updateItem(applicantId: string, programmeId: string, id: string, patch: { text?: string; ticked?: boolean }, now: string): boolean {
      return updateItem.immediate(applicantId, programmeId, id, patch, now);
    },
    removeItem(applicantId: string, programmeId: string, id: string, now: string): boolean {
      return removeItem.immediate(applicantId, programmeId, id, now);
    },
    /** Final: throws CorrectionSentError when already sent. */
    markCorrectionSent(applicantId: string, programmeId: string, sentOn: string, now: string): TrackerCase {
      return markSent.immediate(applicantId, programmeId, sentOn, now);
    },
    /** The latest changes first. */
    timeline(applicantId: string, programmeId: string, limit = 200): TimelineEvent[] {
      const rows = statements.events.all(applicantId, programmeId, limit) as { id: number; at: string; kind: string; subject: string; before: string; after: string }[];
      return rows.flatMap((row) => {
        const parsed = timelineEventSchema.safeParse({ ...row, before: JSON.parse(row.before), after: JSON.parse(row.after) });
        return parsed.success ? [parsed.data] : [];
      });
    },
    settings(): TrackerSettings {
      const raw = statements.setting.get(SETTINGS_KEY) as string | undefined;
      const parsed = trackerSettingsSchema.safeParse(raw === undefined ? undefined : JSON.parse(raw));
      return parsed.success ? parsed.data : { ...DEFAULT_TRACKER_SETTINGS };
    },
    saveSettings(settings: TrackerSettings): TrackerSettings {
      statements.putSetting.run(SETTINGS_KEY, JSON.stringify(settings));
      return settings;
    },
  };
}

export type TrackerRepository = ReturnType<typeof createTrackerRepository>;
