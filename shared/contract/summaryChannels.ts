// Channels of issue 4 (data side): the work summary of an applicant for a programme, its snapshots, the
// comparison of two versions, and the outlines. Part of the one contract table (channels.ts spreads them in).
import { z } from 'zod';
import { LEVELS, SERIES, programmeId } from '../programmes/schema';
import { summaryDiffSchema } from '../summary/diff';
import { documentSchema } from '../summary/document';
import { outlineSchema } from '../summary/outline';
import { text } from '../profile/text';

const applicantId = z.uuid({ error: 'field.invalid' });
const timestamp = z.string(); // ISO 8601 instant, written by the backend
const revision = z.number().int().nonnegative();
const snapshotId = z.number().int().positive({ error: 'field.invalid' });
const summaryKey = { applicantId, programmeId };

const wordCountSchema = z.object({
  words: z.number().int(),
  asianChars: z.number().int(),
  nonAsianWords: z.number().int(),
  hanChars: z.number().int(),
  charsNoSpaces: z.number().int(),
  charsWithSpaces: z.number().int(),
  uncertainChars: z.number().int(),
});

/** Word's figures for the whole document and for its body (headings left out). */
export const documentCountSchema = z.object({ all: wordCountSchema, body: wordCountSchema });

export const SNAPSHOT_KINDS = [
  'auto', // taken at the first save of a day (Shanghai time), holding the text as it was before that save
  'named', // asked for by the user, with a name
  'before-restore', // the text as it was just before a snapshot was restored over it
] as const;
export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number];

export const snapshotEntrySchema = z.object({
  id: z.number().int(),
  kind: z.enum(SNAPSHOT_KINDS),
  name: z.string().nullable(),
  createdAt: timestamp,
  /** When the text it holds was saved (earlier than createdAt for an automatic snapshot). */
  textSavedAt: timestamp,
  /** The summary's revision whose text it holds. */
  revision: z.number().int(),
  /** 字数 with and without headings. */
  words: z.number().int(),
  bodyWords: z.number().int(),
  blocks: z.number().int(),
  /** For a 'before-restore' snapshot: the snapshot that was restored. */
  restoredSnapshotId: z.number().int().nullable(),
});
export type SnapshotEntry = z.infer<typeof snapshotEntrySchema>;

export const storedSummarySchema = z.object({
  document: documentSchema,
  /** 0 while nothing is saved; each save adds one, and a save names the revision it started from. */
  revision: z.number().int(),
  updatedAt: timestamp.nullable(),
  count: documentCountSchema,
});
export type StoredSummary = z.infer<typeof storedSummarySchema>;

const versionRef = z.union([snapshotId, z.literal('current')]);

export const summaryChannels = {
  'summary.get': { request: z.object(summaryKey).strict(), reply: storedSummarySchema },
  /** Writes the whole document; a stale `baseRevision` is refused with `conflict`. The first save of a day
   * (Shanghai time) first snapshots the text it replaces, in the same transaction. */
  'summary.save': {
    request: z.object({ ...summaryKey, document: documentSchema, baseRevision: revision }).strict(),
    reply: z.object({ revision: z.number().int(), savedAt: timestamp, snapshotTaken: z.boolean() }),
  },
  /** Newest first. */
  'summary.snapshots.list': { request: z.object(summaryKey).strict(), reply: z.array(snapshotEntrySchema) },
  /** Snapshots the saved text under a name (save first). */
  'summary.snapshots.create': {
    request: z
      .object({ ...summaryKey, name: text({ max: 100 }).refine((name) => name !== '', { message: 'summary.snapshotNameRequired' }) })
      .strict(),
    reply: snapshotEntrySchema,
  },
  'summary.snapshots.get': {
    request: z.object({ ...summaryKey, snapshotId }).strict(),
    reply: z.object({ snapshot: snapshotEntrySchema, document: documentSchema, count: documentCountSchema }),
  },
  /** Snapshots the current text ('before-restore'), then makes the snapshot's text current: one transaction. */
  'summary.snapshots.restore': {
    request: z.object({ ...summaryKey, snapshotId, baseRevision: revision }).strict(),
    reply: z.object({
      revision: z.number().int(),
      savedAt: timestamp,
      document: documentSchema,
      count: documentCountSchema,
      safetySnapshot: snapshotEntrySchema,
    }),
  },
  /** A readable diff from one version to another (a snapshot id, or 'current' for the saved text). */
  'summary.snapshots.compare': {
    request: z.object({ ...summaryKey, fromId: versionRef, toId: versionRef }).strict(),
    reply: z.object({
      fromId: versionRef,
      toId: versionRef,
      fromWords: z.number().int(),
      toWords: z.number().int(),
      diff: summaryDiffSchema,
    }),
  },
  'outlines.get': {
    request: z.object({ level: z.enum(LEVELS), series: z.enum(SERIES) }).strict(),
    reply: outlineSchema,
  },
} as const;
