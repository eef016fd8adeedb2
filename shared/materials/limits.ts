// Size and type limits of attachments, per programme. The official limits are not published, so the
// defaults are TitlePrep's own (templates/attachments/limits.json) and each programme's can be changed by
// the user; no upload may exceed the ceiling, so a typo cannot make the app accept a 2 GB file.
import { z } from 'zod';
import limitsFile from '../../templates/attachments/limits.json';
import { sourceSchema } from '../programmes/source';
import { ATTACHMENT_KINDS, type AttachmentKind } from './attachmentTypes';

const kinds = z
  .array(z.enum(ATTACHMENT_KINDS, { error: 'materials.limits.types' }))
  .min(1, { error: 'materials.limits.types' })
  .refine((values) => new Set(values).size === values.length, { message: 'materials.limits.types' });

export const limitsFileSchema = z.object({
  schemaVersion: z.literal(1),
  maxBytes: z.number().int().positive(),
  types: kinds,
  ceilingBytes: z.number().int().positive(),
  source: sourceSchema,
});

/** Parsed once; an invalid file is a bug in the shipped data, so it throws when first read. */
export const DEFAULT_LIMITS_FILE = limitsFileSchema.parse(limitsFile);

export const CEILING_BYTES = DEFAULT_LIMITS_FILE.ceilingBytes;

export const attachmentLimitsSchema = z.object({
  maxBytes: z
    .number({ error: 'materials.limits.maxBytes' })
    .int({ error: 'materials.limits.maxBytes' })
    .min(1, { error: 'materials.limits.maxBytes' })
    .max(CEILING_BYTES, { error: 'materials.limits.overCeiling' }),
  types: kinds,
});
export type AttachmentLimits = z.output<typeof attachmentLimitsSchema>;

export const DEFAULT_LIMITS: AttachmentLimits = { maxBytes: DEFAULT_LIMITS_FILE.maxBytes, types: DEFAULT_LIMITS_FILE.types };

/** The limits in force: the user's for this programme when set, the defaults otherwise. */
export function effectiveLimits(userSet: AttachmentLimits | null): AttachmentLimits {
  return userSet ?? DEFAULT_LIMITS;
}

export type SizeVerdict = { ok: true } | { ok: false; reason: 'empty' | 'tooLarge' };

/** A declared or received size against the limits: refused before a byte is read when too large. */
export function checkSize(bytes: number, limits: AttachmentLimits): SizeVerdict {
  if (bytes <= 0) return { ok: false, reason: 'empty' };
  if (bytes > Math.min(limits.maxBytes, CEILING_BYTES)) return { ok: false, reason: 'tooLarge' };
  return { ok: true };
}

export function typeAllowed(kind: AttachmentKind, limits: AttachmentLimits): boolean {
  return limits.types.includes(kind);
}
