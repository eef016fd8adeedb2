// Every reply that crosses a transport is one of these two shapes: no exception crosses a process boundary.
import { z } from 'zod';

export const ERROR_CODES = [
  'validation', // the request does not match the channel's schema; `issues` names the fields
  'not-found', // the record does not exist (or was deleted)
  'conflict', // the record changed since the client read it
  'unknown-channel',
  'database-newer', // the data file was written by a newer TitlePrep
  'internal', // a bug or an I/O failure; the message says which
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One field-level problem: `key` is an i18n key, `path` the field it belongs to. */
export const issueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type FieldIssue = z.infer<typeof issueSchema>;

export const appErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  /** English, for logs and developers; the UI shows the translation of `code` and `issues`. */
  message: z.string(),
  issues: z.array(issueSchema).optional(),
});
export type AppError = z.infer<typeof appErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, issues?: FieldIssue[]): Result<never> => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
});
