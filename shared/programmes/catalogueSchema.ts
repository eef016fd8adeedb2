// Data about what a certificate gives, beyond the title levels: Guangzhou's catalogue (which level a
// qualification corresponds to, and its provisions) and the services of each category of Shanghai's List 3.0.
import { z } from 'zod';
import { localizedText, sourceSchema } from './source';

const LEVELS = ['junior', 'intermediate', 'associate-senior'] as const;
export const CERTIFICATE_CATEGORIES = ['A', 'B', 'C', 'D'] as const;
export type CertificateCategory = (typeof CERTIFICATE_CATEGORIES)[number];

const count = z.number().int().min(0).max(10_000);
const slug = z.string().regex(/^[a-z][a-z0-9-]*$/);

export const catalogueSchema = z.object({
  name: localizedText,
  qualifications: count,
  source: sourceSchema,
  /** How many qualifications the catalogue maps to each level. */
  levels: z.array(z.object({ level: z.enum(LEVELS), title: localizedText, qualifications: count, source: sourceSchema })).min(1),
  sectors: z.array(z.object({ id: slug, name: localizedText, qualifications: count, source: sourceSchema })),
  /** What holding a listed qualification allows: each with the report's words. */
  provisions: z.array(z.object({ id: slug, summary: localizedText, source: sourceSchema })).min(1),
});
export type Catalogue = z.output<typeof catalogueSchema>;

export const listServicesSchema = z.object({
  schemaVersion: z.literal(1),
  listVersion: z.literal('3.0'),
  name: localizedText,
  categories: z
    .array(
      z.object({
        category: z.enum(CERTIFICATE_CATEGORIES),
        name: localizedText,
        /** The app's short labels; the notice's words are in `sources` (English notice, bilingual article). */
        services: z.array(z.object({ id: slug, label: localizedText, sources: z.array(sourceSchema).min(1) })).min(1),
      }),
    )
    .length(4),
});
export type ListServices = z.output<typeof listServicesSchema>;
export type CategoryServices = ListServices['categories'][number];
