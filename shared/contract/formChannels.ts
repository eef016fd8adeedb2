// Channels of the assessment form (issue 5): read and save the form (whole, with a revision, like the
// profile), and the report of what the packet's documents still need. The print channels are in
// printChannels.ts.
import { z } from 'zod';
import { formSchema } from '../form/schema';
import { PACKET_PARTS } from '../form/validation';

const applicantId = z.uuid({ error: 'field.invalid' });
const path = z.array(z.union([z.string(), z.number()]));

export const reportItemSchema = z.object({
  target: z.discriminatedUnion('page', [
    z.object({ page: z.literal('profile'), path }),
    z.object({ page: z.literal('application'), path }),
    z.object({ page: z.literal('form'), path }),
    z.object({ page: z.literal('summary'), path: z.union([z.tuple([]), z.tuple([z.literal('paragraph'), z.number().int().nonnegative()])]) }),
  ]),
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  severity: z.enum(['missing', 'hint']),
  parts: z.array(z.enum(PACKET_PARTS)),
});

export const formReportSchema = z.object({ items: z.array(reportItemSchema), complete: z.boolean() });

export const formChannels = {
  'form.get': {
    request: z.object({ applicantId }).strict(),
    reply: z.object({ form: formSchema, revision: z.number().int(), updatedAt: z.string().nullable() }),
  },
  'form.save': {
    request: z
      .object({
        applicantId,
        form: formSchema,
        /** The revision the edit started from (0 before the first save); a stale one is refused with `conflict`. */
        baseRevision: z.number().int().nonnegative(),
      })
      .strict(),
    reply: z.object({ revision: z.number().int(), updatedAt: z.string() }),
  },
  /** What is missing or worth a look before printing, each item pointing at its field. */
  'form.report': { request: z.object({ applicantId }).strict(), reply: formReportSchema },
} as const;
