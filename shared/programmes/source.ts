// Where every rule, date and label of a programme comes from. A value the documents do not give is null,
// and its source then says where one would look (or that the notice is silent): never a guess.
import { z } from 'zod';
import { isIsoDate } from '../calendar/isoDate';

export const nonEmpty = z.string().trim().min(1, { error: 'field.required' });
export const isoDate = z.string({ error: 'date.invalid' }).refine(isIsoDate, { message: 'date.invalid' });
/** Text the app itself shows (a label, a name), in both languages. Not official wording: see quotes. */
export const localizedText = z.object({ zh: nonEmpty, en: nonEmpty });

/** The seed documents of ../shared/seeds are named NNN_<16 hex digits>.txt. */
const SEED_FILE = /^\d{3}_[0-9a-f]{16}\.txt$/;
const QUOTE_LANGUAGES = ['zh', 'en'] as const;

export const sourceSchema = z.discriminatedUnion('type', [
  // An official notice or article kept in the project's seeds; `quote` is its words, verbatim.
  z.object({
    type: z.literal('seed'),
    document: z.string().regex(SEED_FILE, { error: 'programme.sourceDocument' }),
    section: nonEmpty,
    quote: nonEmpty.nullable(),
    language: z.enum(QUOTE_LANGUAGES),
  }),
  // A public page, by its address.
  z.object({
    type: z.literal('web'),
    address: z.url({ protocol: /^https?$/ }),
    section: nonEmpty,
    quote: nonEmpty.nullable(),
    language: z.enum(QUOTE_LANGUAGES),
  }),
  // The project's digest of the rules (policy.md), for what no notice states: unknowns, neutral labels.
  z.object({ type: z.literal('project'), document: z.literal('policy.md'), section: nonEmpty, note: nonEmpty }),
  // Typed in by a user (a later round's dates, from a notice the app does not ship).
  z.object({ type: z.literal('user-entered'), note: z.string().trim().max(2000) }),
]);
export type Source = z.output<typeof sourceSchema>;

/** A value with its source; null when the documents do not say. */
export const sourced = <T extends z.ZodType>(value: T) => z.object({ value: value.nullable(), source: sourceSchema });

export type LocalizedText = z.output<typeof localizedText>;
