// What the soak's saver acknowledged, and the check that all of it survived a kill. The child writes one
// JSON line per save after the backend replied; the parent keeps, per record, the latest acknowledged
// state, and after each restart asks the real backend whether that state (or a later one) is there.
//
// Attachments are kept apart: an acknowledged upload must be listed, whole and readable, until a delete of
// it is acknowledged, after which it must not be listed. Between the two the saver announces the delete
// before asking for it (a kill may land after the backend deleted and before the reply was written), and
// then either state is right.
import type { Backend } from '../../electron/backend';
import type { Attachment } from '../../shared/contract/materialsChannels';
import type { ReplyOf } from '../../shared/contract/channels';
import { readBack, sha256Of } from './attachments';

export const SOAK_PROGRAMME_ID = 'shanghai-c-r3';

export type Ack =
  | { kind: 'applicant'; applicantId: string }
  /** `marker` is the department the save wrote; `revision` the one the backend replied with. */
  | { kind: 'profile'; applicantId: string; revision: number; marker: string }
  /** `marker` is the text of the summary's first paragraph. */
  | { kind: 'summary'; applicantId: string; revision: number; marker: string }
  /** A named snapshot; its name is unique and its text holds the summary marker of `revision`. */
  | { kind: 'snapshot'; applicantId: string; snapshotId: number; name: string; revision: number }
  /** A scan whose `attachments.finish` replied: its content's hash and size. */
  | { kind: 'attachment'; applicantId: string; attachmentId: string; sha256: string; bytes: number }
  /** Not a save: written before `attachments.delete` is asked for, so the attachment may be gone or not. */
  | { kind: 'attachmentDeleting'; applicantId: string; attachmentId: string }
  | { kind: 'attachmentDeleted'; applicantId: string; attachmentId: string };

type AttachmentAck = Extract<Ack, { kind: `attachment${string}` }>;
type RecordAck = Exclude<Ack, AttachmentAck>;

/** What the ledger knows of one attachment: its file (null when only its delete was seen) and its state. */
export interface AttachmentRecord {
  applicantId: string;
  attachmentId: string;
  file: { sha256: string; bytes: number } | null;
  state: 'live' | 'deleting' | 'deleted';
}

/** The child's first line once the backend is open: the kill timer starts from here. */
export const READY_LINE = 'ready';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isString = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isHash = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);

/** One line of the child's output as an acknowledgement, or null when it is not one. */
export function parseAck(line: string): Ack | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (!isRecord(value) || !isString(value.applicantId)) return null;
  const { applicantId } = value;
  switch (value.kind) {
    case 'applicant':
      return { kind: 'applicant', applicantId };
    case 'profile':
    case 'summary':
      if (!isCount(value.revision) || !isString(value.marker)) return null;
      return { kind: value.kind, applicantId, revision: value.revision, marker: value.marker };
    case 'snapshot':
      if (!isCount(value.snapshotId) || !isString(value.name) || !isCount(value.revision)) return null;
      return { kind: 'snapshot', applicantId, snapshotId: value.snapshotId, name: value.name, revision: value.revision };
    case 'attachment':
      if (!isString(value.attachmentId) || !isHash(value.sha256) || !isCount(value.bytes)) return null;
      return { kind: 'attachment', applicantId, attachmentId: value.attachmentId, sha256: value.sha256, bytes: value.bytes };
    case 'attachmentDeleting':
    case 'attachmentDeleted':
      if (!isString(value.attachmentId)) return null;
      return { kind: value.kind, applicantId, attachmentId: value.attachmentId };
    default:
      return null;
  }
}

function recordKey(ack: RecordAck): string {
  return ack.kind === 'snapshot' ? `snapshot:${ack.snapshotId}` : `${ack.kind}:${ack.applicantId}`;
}

/** The latest acknowledged state of every record; a later revision of a record supersedes an earlier one. */
export class Ledger {
  private readonly latest = new Map<string, RecordAck>();
  private readonly attachmentsById = new Map<string, AttachmentRecord>();
  /** Snapshots acknowledged since the last check: their text is read back, the older ones only listed. */
  private freshSnapshots: Extract<Ack, { kind: 'snapshot' }>[] = [];
  acknowledged = 0;
  uploadsAcknowledged = 0;
  deletesAcknowledged = 0;

  add(ack: Ack): void {
    if (ack.kind === 'attachment' || ack.kind === 'attachmentDeleting' || ack.kind === 'attachmentDeleted') {
      this.addAttachment(ack);
      return;
    }
    this.acknowledged += 1;
    const key = recordKey(ack);
    const previous = this.latest.get(key);
    if (previous && 'revision' in previous && 'revision' in ack && previous.revision > ack.revision && ack.kind !== 'snapshot') {
      throw new Error(`The saver acknowledged revision ${ack.revision} of ${key} after revision ${previous.revision}`);
    }
    this.latest.set(key, ack);
    if (ack.kind === 'snapshot') this.freshSnapshots.push(ack);
  }

  private addAttachment(ack: AttachmentAck): void {
    const { applicantId, attachmentId } = ack;
    const record = this.attachmentsById.get(attachmentId) ?? { applicantId, attachmentId, file: null, state: 'live' };
    if (ack.kind === 'attachment') {
      // Every scan is unique, so a second upload acknowledged under the same id is a bug of the saver.
      if (record.file !== null) throw new Error(`The saver acknowledged attachment ${attachmentId} twice`);
      record.file = { sha256: ack.sha256, bytes: ack.bytes };
      record.state = 'live';
      this.uploadsAcknowledged += 1;
    } else if (ack.kind === 'attachmentDeleting') {
      record.state = 'deleting';
    } else {
      record.state = 'deleted';
      this.deletesAcknowledged += 1;
    }
    if (ack.kind !== 'attachmentDeleting') this.acknowledged += 1;
    this.attachmentsById.set(attachmentId, record);
  }

  records(): RecordAck[] {
    return [...this.latest.values()];
  }

  attachments(): AttachmentRecord[] {
    return [...this.attachmentsById.values()];
  }

  takeFreshSnapshots(): Extract<Ack, { kind: 'snapshot' }>[] {
    const fresh = this.freshSnapshots;
    this.freshSnapshots = [];
    return fresh;
  }
}

export interface Verification {
  /** Each acknowledged record missing from the reopened database (or not as acknowledged), in a line. */
  lost: string[];
  /** Attachments listed and read back whole through `attachments.get`; `chunkedReads` of them took several calls. */
  attachmentsRead: number;
  chunkedReads: number;
  /** Acknowledged deletes found not listed and not readable. */
  deletionsChecked: number;
}

/** Checks every acknowledged record against the reopened database. */
export async function verifyLedger(backend: Backend, ledger: Ledger): Promise<Verification> {
  const lost: string[] = [];
  const records = ledger.records();
  const listed = await backend.invoke('applicants.list', {});
  if (!listed.ok) return { lost: [`applicants.list failed: ${listed.error.message}`], attachmentsRead: 0, chunkedReads: 0, deletionsChecked: 0 };
  const applicants = new Set((listed.value as ReplyOf<'applicants.list'>).map((applicant) => applicant.id));
  const snapshotsOf = new Map<string, Set<number>>();

  for (const ack of records) {
    const { applicantId } = ack;
    if (!applicants.has(applicantId)) {
      lost.push(`${ack.kind} of applicant ${applicantId}: the applicant is gone`);
      continue;
    }
    if (ack.kind === 'profile') {
      const reply = await backend.invoke('profile.get', { applicantId });
      if (!reply.ok) lost.push(`profile ${applicantId}: ${reply.error.code}`);
      else lost.push(...compareRevision('profile', applicantId, ack, reply.value as ReplyOf<'profile.get'>, (stored) => stored.profile.person.department));
    } else if (ack.kind === 'summary') {
      const reply = await backend.invoke('summary.get', { applicantId, programmeId: SOAK_PROGRAMME_ID });
      if (!reply.ok) lost.push(`summary ${applicantId}: ${reply.error.code}`);
      else lost.push(...compareRevision('summary', applicantId, ack, reply.value as ReplyOf<'summary.get'>, firstParagraph));
    } else if (ack.kind === 'snapshot') {
      let ids = snapshotsOf.get(applicantId);
      if (!ids) {
        const reply = await backend.invoke('summary.snapshots.list', { applicantId, programmeId: SOAK_PROGRAMME_ID });
        ids = new Set(reply.ok ? (reply.value as ReplyOf<'summary.snapshots.list'>).map((entry) => entry.id) : []);
        snapshotsOf.set(applicantId, ids);
      }
      if (!ids.has(ack.snapshotId)) lost.push(`snapshot ${ack.snapshotId} (${ack.name}) of ${applicantId} is missing`);
    }
  }

  for (const ack of ledger.takeFreshSnapshots()) {
    const reply = await backend.invoke('summary.snapshots.get', { applicantId: ack.applicantId, programmeId: SOAK_PROGRAMME_ID, snapshotId: ack.snapshotId });
    if (!reply.ok) continue; // already counted as missing above
    const { snapshot, document } = reply.value as ReplyOf<'summary.snapshots.get'>;
    const expected = summaryMarker(ack.applicantId, ack.revision);
    if (snapshot.name !== ack.name || snapshot.revision !== ack.revision || firstParagraph({ document }) !== expected) {
      lost.push(`snapshot ${ack.snapshotId} of ${ack.applicantId} does not hold revision ${ack.revision} under "${ack.name}"`);
    }
  }
  const attachments = await verifyAttachments(backend, ledger.attachments());
  lost.push(...attachments.lost);
  return { ...attachments, lost };
}

async function verifyAttachments(backend: Backend, records: AttachmentRecord[]): Promise<Verification> {
  const result: Verification = { lost: [], attachmentsRead: 0, chunkedReads: 0, deletionsChecked: 0 };
  const listed = new Map<string, Map<string, Attachment> | null>();
  for (const record of records) {
    const { applicantId, attachmentId } = record;
    if (!listed.has(applicantId)) {
      const reply = await backend.invoke('attachments.list', { applicantId });
      listed.set(applicantId, reply.ok ? new Map((reply.value as ReplyOf<'attachments.list'>).attachments.map((entry) => [entry.id, entry])) : null);
    }
    const live = listed.get(applicantId);
    const what = `attachment ${attachmentId} of ${applicantId}`;
    if (!live) {
      result.lost.push(`${what}: attachments.list failed`);
      continue;
    }
    const entry = live.get(attachmentId);
    if (record.state === 'deleted') {
      if (entry) result.lost.push(`${what}: deleted (acknowledged) but still listed`);
      else if ((await backend.invoke('attachments.get', { attachmentId, offset: 0 })).ok) result.lost.push(`${what}: deleted (acknowledged) but still readable`);
      else result.deletionsChecked += 1;
      continue;
    }
    if (!entry) {
      // A delete announced and then killed may have gone through; an acknowledged upload must be there.
      if (record.state === 'live') result.lost.push(`${what} is not listed`);
      continue;
    }
    const expected = record.file ?? { sha256: entry.sha256, bytes: entry.bytes };
    if (entry.missing) result.lost.push(`${what} is listed with its file missing`);
    if (entry.sha256 !== expected.sha256 || entry.bytes !== expected.bytes) {
      result.lost.push(`${what} is listed as ${entry.bytes} bytes ${entry.sha256}, not ${expected.bytes} bytes ${expected.sha256}`);
      continue;
    }
    const read = await readBack(backend, attachmentId);
    if (!read.ok) result.lost.push(`${what}: ${read.problem}`);
    else if (read.bytes.length !== expected.bytes || sha256Of(read.bytes) !== expected.sha256) {
      result.lost.push(`${what}: read back ${read.bytes.length} bytes hashing to ${sha256Of(read.bytes)}, not ${expected.bytes} bytes ${expected.sha256}`);
    } else {
      result.attachmentsRead += 1;
      if (read.chunks > 1) result.chunkedReads += 1;
    }
  }
  return result;
}

function compareRevision<T extends { revision: number }>(
  kind: string,
  applicantId: string,
  ack: { revision: number; marker: string },
  stored: T,
  markerOf: (stored: T) => string,
): string[] {
  if (stored.revision < ack.revision) return [`${kind} ${applicantId}: revision ${stored.revision} stored, ${ack.revision} acknowledged`];
  if (stored.revision === ack.revision && markerOf(stored) !== ack.marker) {
    return [`${kind} ${applicantId}: revision ${ack.revision} holds "${markerOf(stored)}", not "${ack.marker}"`];
  }
  return [];
}

function firstParagraph(stored: { document: ReplyOf<'summary.get'>['document'] }): string {
  return stored.document.blocks.find((block) => block.type === 'paragraph')?.text ?? '';
}

/** The first paragraph of revision `revision` of an applicant's summary: it says which save wrote it. */
export function summaryMarker(applicantId: string, revision: number): string {
  return `soak ${applicantId} r${revision}`;
}

export function profileMarker(revision: number): string {
  return `soak r${revision}`;
}
