// What an applicant applies for: the programme, the series where the field leaves a choice, the earlier
// rounds they took part in, and whether overseas work is counted. Kept beside the profile, saved on its own.
import { z } from 'zod';
import { LEVELS, SERIES, programmeId } from '../programmes/schema';

export const applicationSchema = z.object({
  programmeId: programmeId.nullable(),
  /** Needed only in finance and management, where the certificate leads to accounting or economics. */
  series: z.enum(SERIES, { error: 'field.invalid' }).nullable(),
  earlierRounds: z.array(programmeId).max(20, { error: 'field.tooMany' }),
  /** policy.md: overseas work is counted, labelled, and the user may exclude it. */
  countOverseas: z.boolean(),
  /** Guangzhou: the level the catalogue maps the qualification to, as the user read it in the catalogue. */
  catalogueLevel: z.enum(LEVELS, { error: 'field.invalid' }).nullable(),
  /** The level applied for: chooses the summary's outline and the criteria shown beside it. */
  targetLevel: z.enum(LEVELS, { error: 'field.invalid' }).nullable().default(null),
});

export type Application = z.output<typeof applicationSchema>;

export function emptyApplication(): Application {
  return { programmeId: null, series: null, earlierRounds: [], countOverseas: true, catalogueLevel: null, targetLevel: null };
}
