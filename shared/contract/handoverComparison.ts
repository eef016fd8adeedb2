// The comparison shown before a hand-over import replaces or sits beside an applicant already here: per
// part of the applicant's data, the last change on each side, which side is newer, and a few counts that
// say how the two differ. Read-only facts; the user still chooses "keep both" or "replace".
import { z } from 'zod';

export const HANDOVER_PARTS = ['profile', 'summary', 'form', 'tracker', 'materials', 'scans'] as const;
export type HandoverPart = (typeof HANDOVER_PARTS)[number];

/** What each part counts, in the order shown. */
export const PART_COUNTS = {
  profile: ['education', 'workPeriods', 'certificates'],
  summary: ['paragraphs', 'words'],
  form: ['rows'],
  tracker: ['stepsDone', 'events'],
  materials: ['items', 'itemsDone'],
  scans: ['scans'],
} as const satisfies Record<HandoverPart, readonly string[]>;
export type PartCount = (typeof PART_COUNTS)[HandoverPart][number];
const COUNT_KEYS = [...new Set(Object.values(PART_COUNTS).flat())] as [PartCount, ...PartCount[]];

export const partSideSchema = z.object({
  /** The latest change of the part on that side (an ISO timestamp); null when the part holds nothing. */
  lastChange: z.string().nullable(),
  counts: z.array(z.object({ key: z.enum(COUNT_KEYS), value: z.number().int().nonnegative() })),
});
export type PartSide = z.infer<typeof partSideSchema>;

export const partComparisonSchema = z.object({
  part: z.enum(HANDOVER_PARTS),
  here: partSideSchema,
  package: partSideSchema,
  /** here / package: that side changed last; same: equal times (or both empty). */
  newer: z.enum(['here', 'package', 'same']),
  /** Whether any count differs. */
  countsDiffer: z.boolean(),
});
export type PartComparison = z.infer<typeof partComparisonSchema>;

/** Which side changed last; a side with no change at all is older than any change. */
export function newerSide(here: string | null, pkg: string | null): PartComparison['newer'] {
  if (here === pkg) return 'same';
  if (here === null) return 'package';
  if (pkg === null) return 'here';
  const a = Date.parse(here);
  const b = Date.parse(pkg);
  if (Number.isNaN(a) || Number.isNaN(b)) return here > pkg ? 'here' : 'package';
  return a === b ? 'same' : a > b ? 'here' : 'package';
}
