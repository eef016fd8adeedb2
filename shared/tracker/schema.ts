// The submission tracker's records (issue 6): each programme step's status for one applicant, the case
// facts that follow the online filing (受理号, the one-time correction, interview, result, certificate, the
// employer's part), the correction items and the timeline. Dates are the user's; the notices give few.
import { z } from 'zod';
import { LIMITS, optionalDate, text } from '../profile/text';

export const STEP_STATUSES = ['not-started', 'in-progress', 'done', 'blocked'] as const;
export const ACTORS = ['applicant', 'employer', 'authority'] as const;
export const RESULTS = ['pending', 'passed', 'not-passed'] as const;
export const OBJECTIONS = ['none', 'received'] as const;

export type StepStatus = (typeof STEP_STATUSES)[number];
export type Actor = (typeof ACTORS)[number];

const enumOrNull = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: 'field.invalid' }).nullable();

/** A time of day as the interview notice gives it, 24-hour HH:MM (Beijing time). */
export const timeOfDay = z
  .string({ error: 'tracker.field.time' })
  .nullable()
  .transform((value) => (value === null || value.trim() === '' ? null : value.trim()))
  .refine((value) => value === null || /^([01]\d|2[0-3]):[0-5]\d$/.test(value), { message: 'tracker.field.time' });

export const stepRecordSchema = z.object({
  stepId: z.string(),
  status: z.enum(STEP_STATUSES, { error: 'field.invalid' }),
  actor: z.enum(ACTORS, { error: 'field.invalid' }),
  startedOn: optionalDate,
  doneOn: optionalDate,
  /** A due date the user enters for a step whose notice gives none (or a later round's). */
  dueOverride: optionalDate,
  notes: text({ max: LIMITS.long, multiline: true }),
  /** null: never changed (the defaults). */
  updatedAt: z.string().nullable(),
});
export type StepRecord = z.output<typeof stepRecordSchema>;

export const stepPatchSchema = z
  .object({
    status: stepRecordSchema.shape.status,
    actor: stepRecordSchema.shape.actor,
    startedOn: optionalDate,
    doneOn: optionalDate,
    dueOverride: optionalDate,
    notes: stepRecordSchema.shape.notes,
  })
  .partial()
  .strict();
export type StepPatch = z.output<typeof stepPatchSchema>;

const caseFields = {
  /** The day the application was filed in the online system. */
  filedOn: optionalDate,
  /** 受理号: its format is not published (policy.md), so it is free text as the authority gives it. */
  acceptanceNumber: text({ max: LIMITS.name, noPictographs: true }),
  acceptedOn: optionalDate,
  /** The day the authority asked for the one-time correction (一次性补正). */
  correctionRequestedOn: optionalDate,
  /** Entered by the user from the authority's request: the notices do not give it. */
  correctionDeadline: optionalDate,
  paperMaterialsDeadline: optionalDate,
  paperMaterialsSentOn: optionalDate,
  interviewOn: optionalDate,
  interviewTime: timeOfDay,
  interviewPlace: text({ max: LIMITS.short }),
  result: enumOrNull(RESULTS),
  resultOn: optionalDate,
  certificateOn: optionalDate,
  certificateNumber: text({ max: LIMITS.name, noPictographs: true }),
  // The employer's part (HR): the public notice as it happened, and the signed forms.
  noticePostedOn: optionalDate,
  noticeEndedOn: optionalDate,
  objections: enumOrNull(OBJECTIONS),
  objectionsNote: text({ max: LIMITS.long, multiline: true }),
  formsPrintedOn: optionalDate,
  formsSignedOn: optionalDate,
  notes: text({ max: LIMITS.long, multiline: true }),
};

export const trackerCaseSchema = z.object({
  ...caseFields,
  /** Set once, by tracker.correction.markSent: only one response to the correction request is allowed. */
  correctionSentOn: optionalDate,
  /** The instant the user confirmed "sent" (ISO 8601). */
  correctionSentAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type TrackerCase = z.output<typeof trackerCaseSchema>;

export const casePatchSchema = z.object(caseFields).partial().strict();
export type CasePatch = z.output<typeof casePatchSchema>;
export type CaseField = keyof typeof caseFields;
export const CASE_FIELDS = Object.keys(caseFields) as CaseField[];

export function emptyCase(): TrackerCase {
  return {
    filedOn: null,
    acceptanceNumber: '',
    acceptedOn: null,
    correctionRequestedOn: null,
    correctionDeadline: null,
    paperMaterialsDeadline: null,
    paperMaterialsSentOn: null,
    interviewOn: null,
    interviewTime: null,
    interviewPlace: '',
    result: null,
    resultOn: null,
    certificateOn: null,
    certificateNumber: '',
    noticePostedOn: null,
    noticeEndedOn: null,
    objections: null,
    objectionsNote: '',
    formsPrintedOn: null,
    formsSignedOn: null,
    notes: '',
    correctionSentOn: null,
    correctionSentAt: null,
    updatedAt: null,
  };
}

export const correctionItemSchema = z.object({
  id: z.string(),
  text: text({ max: LIMITS.short }).refine((value) => value !== '', { message: 'field.required' }),
  ticked: z.boolean(),
  createdAt: z.string(),
});
export type CorrectionItem = z.output<typeof correctionItemSchema>;

export const TIMELINE_KINDS = ['step', 'case', 'correction-item', 'correction-sent'] as const;

/** One change, as stored: what changed (a step, the case, an item), its old and new values. */
export const timelineEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  kind: z.enum(TIMELINE_KINDS),
  /** The step id, the correction item's id, or '' for the case. */
  subject: z.string(),
  before: z.record(z.string(), z.unknown()),
  after: z.record(z.string(), z.unknown()),
});
export type TimelineEvent = z.output<typeof timelineEventSchema>;

export const DEFAULT_TRACKER_SETTINGS = { dueSoonDays: 7, alarmDays: 3 } as const;

export const trackerSettingsSchema = z.object({
  /** A deadline this many days away or fewer is "due soon". */
  dueSoonDays: z.number({ error: 'field.invalid' }).int({ error: 'field.invalid' }).min(1, { error: 'field.invalid' }).max(60, { error: 'field.invalid' }),
  /** The .ics reminders ring this many days before each deadline; 0 = on the day. */
  alarmDays: z.number({ error: 'field.invalid' }).int({ error: 'field.invalid' }).min(0, { error: 'field.invalid' }).max(30, { error: 'field.invalid' }),
});
export type TrackerSettings = z.output<typeof trackerSettingsSchema>;
