// Text and date rules shared by every profile field. The messages are i18n keys (see shared/i18n):
// the renderer and the backend translate them, so a validation error reads in the user's language.
import { z } from 'zod';

/** C0/C1 control characters except tab and line breaks; never meaningful in a form field. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const LINE_BREAK = /[\r\n\u2028\u2029]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
/** A lone UTF-16 surrogate cannot be stored as UTF-8 and means the text was cut badly. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

export const LIMITS = {
  name: 100,
  short: 200,
  long: 2000,
  email: 254,
  phone: 40,
  idNumber: 40,
} as const;

interface TextOptions {
  max: number;
  multiline?: boolean;
  /** Personal names and identifiers: a pictograph there is always a typing slip. */
  noPictographs?: boolean;
}

/**
 * A free-text field: trimmed, may be empty (completeness is reported separately, so a draft can be
 * saved half-filled), never containing control characters or broken surrogates.
 */
export function text({ max, multiline = false, noPictographs = false }: TextOptions) {
  return z
    .string({ error: 'field.invalid' })
    .transform((value) => value.trim())
    .superRefine((value, ctx) => {
      // Count code points, not UTF-16 units, so that 100 Han characters of Extension B fit a 100 limit.
      if ([...value].length > max) {
        ctx.addIssue({ code: 'custom', message: 'field.tooLong', params: { max } });
        return;
      }
      if (LONE_SURROGATE.test(value)) ctx.addIssue({ code: 'custom', message: 'field.brokenText' });
      else if (CONTROL_CHARS.test(value)) ctx.addIssue({ code: 'custom', message: 'field.controlChars' });
      else if (!multiline && LINE_BREAK.test(value)) ctx.addIssue({ code: 'custom', message: 'field.lineBreak' });
      else if (noPictographs && PICTOGRAPH.test(value)) ctx.addIssue({ code: 'custom', message: 'field.pictograph' });
    });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (rejects 2025-02-30 and 2023-02-29). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** A calendar date, or null when the user has not entered it yet. */
export const optionalDate = z
  .string({ error: 'date.invalid' })
  .nullable()
  .transform((value) => (value === null || value.trim() === '' ? null : value.trim()))
  .refine((value) => value === null || isIsoDate(value), { message: 'date.invalid' });

/** Adds an "end before start" issue on the end field; both sides are ISO dates, so they compare as strings. */
export function checkDateOrder(
  start: string | null,
  end: string | null,
  ctx: z.RefinementCtx,
  endField: string,
): void {
  if (start !== null && end !== null && end < start) {
    ctx.addIssue({ code: 'custom', message: 'date.endBeforeStart', path: [endField] });
  }
}
