// Channels of the submission tracker (issue 6): one applicant's steps, deadlines, case and timeline; the
// one-time correction; the dashboard and reminders across applicants; the .ics export. Every write replies
// with the whole view again, so the deadlines and warnings the UI shows are always the backend's.
import { z } from 'zod';
import { isoDate, localizedText, sourceSchema } from '../programmes/source';
import { LEVELS } from '../programmes/schema';
import { DATE_ORIGINS, DEADLINE_KINDS, DEADLINE_STATES } from '../tracker/deadlines';
import {
  casePatchSchema,
  correctionItemSchema,
  stepPatchSchema,
  stepRecordSchema,
  timelineEventSchema,
  trackerCaseSchema,
  trackerSettingsSchema,
} from '../tracker/schema';

const applicantId = z.uuid({ error: 'field.invalid' });
/** The renderer's "today" (it may be fixed with ?today=); the backend's clock when absent. */
const today = isoDate.optional();
const params = z.record(z.string(), z.union([z.string(), z.number()]));
const warningSchema = z.object({ key: z.string(), params: params.optional() });

export const deadlineSchema = z.object({
  id: z.string(),
  stepId: z.string().nullable(),
  kind: z.enum(DEADLINE_KINDS),
  name: localizedText,
  date: z.string().nullable(),
  window: z.object({ from: z.string(), to: z.string() }).nullable(),
  time: z.string().nullable(),
  place: z.string(),
  dateFrom: z.enum(DATE_ORIGINS),
  source: sourceSchema,
  state: z.enum(DEADLINE_STATES),
  daysLeft: z.number().int().nullable(),
  warnings: z.array(warningSchema),
  notice: z
    .object({ requestedStart: z.string().nullable(), workdays: z.number().int().nullable(), latestStart: z.string().nullable(), missingYears: z.array(z.number().int()) })
    .nullable(),
});
export type DeadlineView = z.output<typeof deadlineSchema>;

const stepSchema = z.object({
  id: z.string(),
  name: localizedText,
  applicantDoes: localizedText,
  levels: z.array(z.enum(LEVELS)),
  deadline: z.string().nullable(),
  source: sourceSchema,
});

const orderWarningSchema = warningSchema.extend({
  field: z.union([z.object({ case: z.string() }), z.object({ stepId: z.string(), field: z.enum(['startedOn', 'doneOn']) })]),
});

/** The public notice's dates as one fact (shared/tracker/noticeDates.ts) and where it stands today. */
const noticeDatesSchema = z.object({
  start: z.string().nullable(),
  plannedEnd: z.string().nullable(),
  endOverride: z.string().nullable(),
  end: z.string().nullable(),
  stage: z.enum(['undated', 'scheduled', 'posted', 'ended']),
});

export const trackerViewSchema = z.object({
  applicantId: z.string(),
  today: z.string(),
  settings: trackerSettingsSchema,
  /** null: no programme chosen yet (or the chosen user round can no longer be read). */
  programme: z
    .object({
      id: z.string(),
      name: localizedText,
      userEntered: z.boolean(),
      contacts: z.array(z.object({ number: z.string(), source: sourceSchema })),
      assessingBody: z.object({ value: localizedText.nullable(), source: sourceSchema }),
      publicNotice: z.object({ value: z.number().int().nullable(), source: sourceSchema }),
      correctionRule: sourceSchema,
      acceptanceNumberFormat: sourceSchema,
      interviewArrangements: sourceSchema,
    })
    .nullable(),
  level: z.enum(LEVELS).nullable(),
  /** The level's title is appointed by the employer: the short path, no committee stages. */
  employerAppointed: z.boolean(),
  /** The form the employer fills in on that path (专业技术职务聘任表), with its source. */
  appointment: z.object({ form: localizedText.nullable(), source: sourceSchema }).nullable(),
  steps: z.array(z.object({ step: stepSchema, record: stepRecordSchema })),
  case: trackerCaseSchema,
  correctionItems: z.array(correctionItemSchema),
  deadlines: z.array(deadlineSchema),
  next: deadlineSchema.nullable(),
  /** Dates that contradict each other, each pointing at its field. */
  orderWarnings: z.array(orderWarningSchema),
  /** The notice's start (the form's), its end derived from it, HR's override of the end when it differs. */
  notice: noticeDatesSchema,
  /** From the form: the public notice's place and contact, and the employer's signed, sealed comments. */
  form: z.object({
    publicNotice: z.object({ startDate: z.string().nullable(), location: z.string(), contactName: z.string(), contactPhone: z.string(), extraWorkdays: z.number().int() }),
    employerVerification: z.object({ hasWording: z.boolean(), signatory: z.string(), signedOn: z.string().nullable(), sealApplied: z.boolean() }),
  }),
  timeline: z.array(timelineEventSchema),
});
export type TrackerView = z.output<typeof trackerViewSchema>;

export const dashboardRowSchema = z.object({
  applicantId: z.string(),
  nameZh: z.string(),
  nameLatin: z.string(),
  programmeId: z.string().nullable(),
  programmeName: localizedText.nullable(),
  level: z.enum(LEVELS).nullable(),
  /** The junior level's short path: no public notice, nothing for the committee. */
  employerAppointed: z.boolean(),
  acceptanceNumber: z.string(),
  /** The first applicable step not done yet. */
  currentStep: z.object({ id: z.string(), name: localizedText, status: stepRecordSchema.shape.status }).nullable(),
  next: deadlineSchema.nullable(),
  overdue: z.number().int(),
  dueSoon: z.number().int(),
  employer: z.object({
    /** The notice's dates (one fact: the start, the end derived from it, HR's override) and its stage today. */
    notice: noticeDatesSchema,
    /** The notice's warnings (it ends after the materials deadline, a year without holiday data…). */
    noticeWarnings: z.array(warningSchema),
    objections: z.enum(['none', 'received']).nullable(),
    verificationSigned: z.boolean(),
    sealApplied: z.boolean(),
    formsPrintedOn: z.string().nullable(),
    formsSignedOn: z.string().nullable(),
  }),
});
export type DashboardRow = z.output<typeof dashboardRowSchema>;

export const reminderSchema = z.object({ applicantId: z.string(), nameZh: z.string(), nameLatin: z.string(), deadline: deadlineSchema });
export type Reminder = z.output<typeof reminderSchema>;
/** An applicant whose round has closed with deadlines missed: said once, with the way to the next round. */
export const closedRoundReminderSchema = z.object({
  applicantId: z.string(),
  nameZh: z.string(),
  nameLatin: z.string(),
  round: z.object({ id: z.string(), name: localizedText }),
  closedOn: z.string(),
});
export type ClosedRoundReminder = z.output<typeof closedRoundReminderSchema>;

const itemText = correctionItemSchema.shape.text;

export const trackerChannels = {
  'tracker.get': { request: z.object({ applicantId, today }).strict(), reply: trackerViewSchema },
  'tracker.updateStep': {
    request: z.object({ applicantId, stepId: z.string().regex(/^[a-z][a-z-]*$/, { error: 'field.invalid' }), patch: stepPatchSchema, today }).strict(),
    reply: trackerViewSchema,
  },
  'tracker.updateCase': { request: z.object({ applicantId, patch: casePatchSchema, today }).strict(), reply: trackerViewSchema },
  'tracker.correction.addItem': { request: z.object({ applicantId, text: itemText, today }).strict(), reply: trackerViewSchema },
  'tracker.correction.updateItem': {
    request: z.object({ applicantId, itemId: z.uuid({ error: 'field.invalid' }), text: itemText.optional(), ticked: z.boolean().optional(), today }).strict(),
    reply: trackerViewSchema,
  },
  'tracker.correction.removeItem': { request: z.object({ applicantId, itemId: z.uuid({ error: 'field.invalid' }), today }).strict(), reply: trackerViewSchema },
  /** Only one response to a correction request is allowed: this is final, and `confirm` must say so. */
  'tracker.correction.markSent': {
    request: z.object({ applicantId, sentOn: isoDate, confirm: z.literal(true, { error: 'tracker.error.confirmRequired' }), today }).strict(),
    reply: trackerViewSchema,
  },
  /** Every applicant, sorted by the next deadline (overdue first, undated last). */
  'tracker.dashboard': {
    request: z.object({ today }).strict(),
    reply: z.object({ today: z.string(), settings: trackerSettingsSchema, rows: z.array(dashboardRowSchema) }),
  },
  /** Overdue and due-soon deadlines across applicants, earliest first. */
  'tracker.reminders': {
    request: z.object({ today }).strict(),
    reply: z.object({ today: z.string(), settings: trackerSettingsSchema, items: z.array(reminderSchema), closedRounds: z.array(closedRoundReminderSchema) }),
  },
  /** An .ics file of one applicant's dated deadlines, or of every applicant's. */
  'tracker.ics': {
    request: z
      .object({ applicantId: applicantId.optional(), all: z.literal(true).optional(), language: z.enum(['zh', 'en']), today })
      .strict()
      .refine((request) => (request.applicantId === undefined) !== (request.all === undefined), { message: 'tracker.error.icsScope', path: ['applicantId'] }),
    reply: z.object({ fileName: z.string(), content: z.string(), events: z.number().int() }),
  },
  'tracker.settings.get': { request: z.object({}).strict(), reply: trackerSettingsSchema },
  'tracker.settings.update': { request: trackerSettingsSchema.partial().strict(), reply: trackerSettingsSchema },
} as const;
