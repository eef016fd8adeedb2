// What the soak's saver acknowledged, and the check that all of it survived a kill. The child writes one
// JSON line per save after the backend replied; the parent keeps, per record, the latest acknowledged
// state, and after each restart asks the real backend whether that state (or a later one) is there.
//
// Record kinds are a closed union: attachments (a later issue) become one more kind here, with its line in
// `parseAck`, its key in `recordKey` and its check in `verifyLedger`; the child gains one more operation.
import type { Backend } from '../../electron/backend';
import type { ReplyOf } from '../../shared/contract/channels';

export const SOAK_PROGRAMME_ID = 'shanghai-c-r3';

export type Ack =
  | { kind: 'applicant'; applicantId: string }
  /** `marker` is the department the save wrote; `revision` the one the backend replied with. */
  | { kind: 'profile'; applicantId: string; revision: number; marker: string }
  /** `marker` is the text of the summary's first paragraph. */
  | { kind: 'summary'; applicantId: string; revision: number; marker: string }
  /** A named snapshot; its name is unique and its text holds the summary marker of `revision`. */
  | { kind: 'snapshot'; applicantId: string; snapshotId: number; name: string; revision: number };

/** The child's first line once the backend is open: the kill timer starts from here. */
export const READY_LINE = 'ready';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isString = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

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
    default:
      return null;
  }
}

function recordKey(ack: Ack): string {
  return ack.kind === 'snapshot' ? `snapshot:${ack.snapshotId}` : `${ack.kind}:${ack.applicantId}`;
}

/** The latest acknowledged state of every record; a later revision of a record supersedes an earlier one. */
export class Ledger {
  private readonly latest = new Map<string, Ack>();
  /** Snapshots acknowledged since the last check: their text is read back, the older ones only listed. */
  private freshSnapshots: Extract<Ack, { kind: 'snapshot' }>[] = [];
  acknowledged = 0;

  add(ack: Ack): void {
    this.acknowledged += 1;
    const key = recordKey(ack);
    const previous = this.latest.get(key);
    if (previous && 'revision' in previous && 'revision' in ack && previous.revision > ack.revision && ack.kind !== 'snapshot') {
      throw new Error(`The saver acknowledged revision ${ack.revision} of ${key} after revision ${previous.revision}`);
    }
    this.latest.set(key, ack);
    if (ack.kind === 'snapshot') this.freshSnapshots.push(ack);
  }

  records(): Ack[] {
    return [...this.latest.values()];
  }

  takeFreshSnapshots(): Extract<Ack, { kind: 'snapshot' }>[] {
    const fresh = this.freshSnapshots;
    this.freshSnapshots = [];
    return fresh;
  }
}

/** Each acknowledged record missing from the reopened database, described in a line. */
export async function verifyLedger(backend: Backend, ledger: Ledger): Promise<string[]> {
  const lost: string[] = [];
  const records = ledger.records();
  const listed = await backend.invoke('applicants.list', {});
  if (!listed.ok) return [`applicants.list failed: ${listed.error.message}`];
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
  return lost;
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
