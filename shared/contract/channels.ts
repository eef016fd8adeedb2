// The API contract: one table from channel name to the schemas of its request and reply. The backend
// implements it once (electron/backend/handlers); Electron IPC and the browser-mode HTTP server carry it.
import { z } from 'zod';
import { CITIES, profileSchema } from '../profile/schema';
import { LIMITS, text } from '../profile/text';
import { backupChannels } from './backupChannels';
import { documentChannels } from './documentChannels';
import { formChannels } from './formChannels';
import { materialsChannels } from './materialsChannels';
import { printChannels } from './printChannels';
import { programmeChannels } from './programmeChannels';
import { summaryChannels } from './summaryChannels';
import { trackerChannels } from './trackerChannels';
import { handoverChannels } from './handoverChannels';
import { reviewChannels } from './reviewChannels';
import { LANGUAGES } from '../i18n/language';

// The languages live in shared/i18n/language.ts; re-exported because the settings contract speaks of them.
export { LANGUAGES, type Language } from '../i18n/language';

const applicantId = z.uuid({ error: 'field.invalid' });
const timestamp = z.string(); // ISO 8601 instant, written by the backend

export const applicantSummarySchema = z.object({
  id: z.string(),
  nameZh: z.string(),
  nameLatin: z.string(),
  targetCity: z.enum(CITIES).nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type ApplicantSummary = z.infer<typeof applicantSummarySchema>;

const applicantNames = z
  .object({
    nameZh: text({ max: LIMITS.name, noPictographs: true }),
    nameLatin: text({ max: LIMITS.name, noPictographs: true }),
  })
  .refine((names) => names.nameZh !== '' || names.nameLatin !== '', {
    message: 'person.nameRequired',
    path: ['nameZh'],
  });

export const settingsSchema = z.object({
  /** null: follow the system's language. */
  language: z.enum(LANGUAGES).nullable(),
  currentApplicantId: z.string().nullable(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const storedProfileSchema = z.object({
  applicantId: z.string(),
  profile: profileSchema,
  /** Increases by one with every save; a save names the revision it started from. */
  revision: z.number().int(),
  updatedAt: timestamp,
});
export type StoredProfile = z.infer<typeof storedProfileSchema>;

const empty = z.object({}).strict();

export const contract = {
  'app.info': {
    request: empty,
    reply: z.object({
      name: z.string(),
      version: z.string(),
      schemaVersion: z.number().int(),
      dataDirectory: z.string(),
      transport: z.enum(['electron', 'browser']),
    }),
  },
  'settings.get': { request: empty, reply: settingsSchema },
  'settings.update': { request: settingsSchema.partial().strict(), reply: settingsSchema },
  'applicants.list': { request: empty, reply: z.array(applicantSummarySchema) },
  'applicants.create': { request: applicantNames, reply: applicantSummarySchema },
  'applicants.rename': {
    request: z.object({ id: applicantId }).and(applicantNames),
    reply: applicantSummarySchema,
  },
  /** Moves an applicant to the bin; `applicants.restore` undoes it. */
  'applicants.delete': { request: z.object({ id: applicantId }).strict(), reply: z.object({ id: z.string() }) },
  'applicants.restore': { request: z.object({ id: applicantId }).strict(), reply: applicantSummarySchema },
  'profile.get': { request: z.object({ applicantId }).strict(), reply: storedProfileSchema },
  'profile.save': {
    request: z
      .object({
        applicantId,
        profile: profileSchema,
        /** The revision the client's edit started from; a stale one is refused with `conflict`. */
        baseRevision: z.number().int().nonnegative(),
      })
      .strict(),
    reply: z.object({ revision: z.number().int(), updatedAt: timestamp }),
  },
  ...programmeChannels,
  ...summaryChannels,
  ...documentChannels,
  ...formChannels,
  ...printChannels,
  ...backupChannels,
  ...materialsChannels,
  ...trackerChannels,
  ...handoverChannels,
  ...reviewChannels,
} as const satisfies Record<string, { request: z.ZodType; reply: z.ZodType }>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ReplyOf<C extends Channel> = z.output<Contract[C]['reply']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
}
