// Channels of the review across the documents (issue 13). The review itself is pure (shared/review) and runs
// where the text is: the summary page reviews the editor's paragraphs live, the print page the saved ones.
// The backend gives what the review reads besides the text, and keeps the warnings the user acknowledged.
import { z } from 'zod';
import { ITEM_KINDS } from '../review/types';

const applicantId = z.uuid({ error: 'field.invalid' });
const FORM_LISTS = ['achievements', 'papers', 'patents', 'standards', 'awards'] as const;
/** A finding's key is its rule and subject (a title, a date, a name): room for the longest of them. */
export const FINDING_KEY_MAX = 600;
const findingKey = z.string({ error: 'field.invalid' }).min(1, { error: 'field.required' }).max(FINDING_KEY_MAX, { error: 'field.tooLong' });

export const acknowledgementSchema = z.object({ key: z.string(), at: z.string() });
export type Acknowledgement = z.infer<typeof acknowledgementSchema>;

export const reviewContextSchema = z.object({
  summaryMinimum: z.number().nullable(),
  employerName: z.string().nullable(),
  workPeriods: z.array(z.object({ employer: z.string(), start: z.string(), end: z.string().nullable() })),
  items: z.array(z.object({ kind: z.enum(ITEM_KINDS), title: z.string(), date: z.string().nullable().optional() })),
  itemRows: z.array(z.object({ list: z.enum(FORM_LISTS), index: z.number().int() })),
  appliedTitle: z.string().nullable().optional(),
  knownTitles: z.array(z.string()).optional(),
  /** The paper the review names: the programme's form, or TitlePrep's details sheet (none published). */
  formName: z.enum(['form', 'details']).optional(),
});

export const reviewChannels = {
  /** What the review reads besides the text, the saved summary's paragraphs, and the acknowledged warnings. */
  'review.context': {
    request: z.object({ applicantId }).strict(),
    reply: z.object({ context: reviewContextSchema, paragraphs: z.array(z.string()), acknowledged: z.array(acknowledgementSchema) }),
  },
  /** Acknowledges one warning (or takes the acknowledgement back); replies with every acknowledgement. */
  'review.acknowledge': {
    request: z.object({ applicantId, key: findingKey, acknowledged: z.boolean({ error: 'field.invalid' }) }).strict(),
    reply: z.object({ acknowledged: z.array(acknowledgementSchema) }),
  },
} as const;
