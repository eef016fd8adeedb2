// Channels of issue 3: programmes (shipped and user-created rounds), the user's holiday years, and what
// each applicant applies for. Part of the one contract table (channels.ts spreads them in).
import { z } from 'zod';
import { applicationSchema } from '../application/schema';
import { holidayYearSchema } from '../calendar/holidayYear';
import { localizedText } from '../programmes/source';
import { CITIES, programmeId, programmeSchema } from '../programmes/schema';
import { roundEditsSchema } from '../programmes/userRound';

const applicantId = z.uuid({ error: 'field.invalid' });

export const programmeSummarySchema = z.object({
  id: z.string(),
  name: localizedText,
  city: z.enum(CITIES),
  userEntered: z.boolean(),
  basedOn: z.string().nullable(),
});
export type ProgrammeSummary = z.infer<typeof programmeSummarySchema>;

export const holidayYearsSchema = z.object({
  /** Years shipped with the app (from the State Council notices, see shared/calendar/holidayData.ts). */
  bundled: z.array(holidayYearSchema),
  /** Years the user entered; one replaces a bundled year of the same number. */
  user: z.array(holidayYearSchema),
});

export const programmeChannels = {
  'programmes.list': { request: z.object({}).strict(), reply: z.array(programmeSummarySchema) },
  'programmes.get': { request: z.object({ id: programmeId }).strict(), reply: programmeSchema },
  'rounds.create': {
    request: z.object({ baseId: programmeId, edits: roundEditsSchema }).strict(),
    reply: programmeSchema,
  },
  'rounds.update': {
    request: z.object({ id: programmeId, edits: roundEditsSchema }).strict(),
    reply: programmeSchema,
  },
  /** Refused with `conflict` while an applicant applies for the round. */
  'rounds.delete': { request: z.object({ id: programmeId }).strict(), reply: z.object({ id: z.string() }) },
  'calendar.years': { request: z.object({}).strict(), reply: holidayYearsSchema },
  'calendar.saveYear': { request: holidayYearSchema, reply: holidayYearSchema },
  'calendar.deleteYear': { request: z.object({ year: z.number().int() }).strict(), reply: z.object({ year: z.number().int() }) },
  'application.get': { request: z.object({ applicantId }).strict(), reply: applicationSchema },
  'application.save': {
    request: z.object({ applicantId, application: applicationSchema }).strict(),
    reply: applicationSchema,
  },
} as const;
