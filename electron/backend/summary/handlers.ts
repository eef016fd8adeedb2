// Handlers of the summary channels. Requests arrive validated (documents included); these check that the
// applicant and the programme exist, then let the repository do each write in one transaction.
import type { Channel, ParsedRequestOf } from '../../../shared/contract/channels';
import { type Result, fail, ok } from '../../../shared/contract/result';
import { isProgrammeId } from '../../../shared/programmes';
import { countDocument } from '../../../shared/summary/count';
import { diffBlocks } from '../../../shared/summary/diff';
import type { SummaryDocument } from '../../../shared/summary/document';
import { getOutline } from '../../../shared/summary/outline';
import type { HandlerContext, Handlers } from '../handlerContext';

type SummaryChannel = Extract<Channel, `summary.${string}` | `outlines.${string}`>;

/** not-found for an unknown (or deleted) applicant or an unknown programme; null when both exist. */
function missing({ applicantId, programmeId }: { applicantId: string; programmeId: string }, { applicants, programmes }: HandlerContext): Result<never> | null {
  if (!applicants.exists(applicantId)) return fail('not-found', `No applicant with id ${applicantId}`);
  if (!isProgrammeId(programmeId) && !programmes.round(programmeId)?.round) return fail('not-found', `No programme with id ${programmeId}`);
  return null;
}

const conflict = (current: number) => fail('conflict', `The summary changed since it was read (now at revision ${current}).`);
const noSnapshot = (id: number) => fail('not-found', `No snapshot ${id} of this summary`);

function version(request: ParsedRequestOf<'summary.snapshots.compare'>, ref: number | 'current', { summaries }: HandlerContext): SummaryDocument | null {
  if (ref === 'current') return summaries.get(request.applicantId, request.programmeId).document;
  return summaries.getSnapshot(request.applicantId, request.programmeId, ref)?.document ?? null;
}

export const summaryHandlers: Pick<Handlers, SummaryChannel> = {
  'summary.get': (request, context) => {
    const absent = missing(request, context);
    if (absent) return absent;
    const stored = context.summaries.get(request.applicantId, request.programmeId);
    return ok({ ...stored, count: countDocument(stored.document.blocks) });
  },
  'summary.save': (request, context) => {
    const absent = missing(request, context);
    if (absent) return absent;
    const outcome = context.summaries.save(request.applicantId, request.programmeId, request.document, request.baseRevision, context.now());
    if (outcome.kind === 'conflict') return conflict(outcome.current);
    return ok({ revision: outcome.revision, savedAt: outcome.savedAt, snapshotTaken: outcome.snapshotTaken });
  },
  'summary.snapshots.list': (request, context) => {
    const absent = missing(request, context);
    return absent ?? ok(context.summaries.listSnapshots(request.applicantId, request.programmeId));
  },
  'summary.snapshots.create': (request, context) => {
    const absent = missing(request, context);
    if (absent) return absent;
    const entry = context.summaries.createSnapshot(request.applicantId, request.programmeId, request.name, context.now());
    return entry ? ok(entry) : fail('not-found', 'Nothing is saved yet: save the summary before taking a snapshot');
  },
  'summary.snapshots.get': (request, context) => {
    const absent = missing(request, context);
    if (absent) return absent;
    const found = context.summaries.getSnapshot(request.applicantId, request.programmeId, request.snapshotId);
    if (!found) return noSnapshot(request.snapshotId);
    return ok({ snapshot: found.entry, document: found.document, count: countDocument(found.document.blocks) });
  },
  'summary.snapshots.restore': (request, context) => {
    const absent = missing(request, context);
    if (absent) return absent;
    const outcome = context.summaries.restore(request.applicantId, request.programmeId, request.snapshotId, request.baseRevision, context.now());
    if (outcome.kind === 'conflict') return conflict(outcome.current);
    if (outcome.kind === 'not-found') return outcome.what === 'snapshot' ? noSnapshot(request.snapshotId) : fail('not-found', 'Nothing is saved yet');
    const { kind: _kind, ...restored } = outcome;
    return ok({ ...restored, count: countDocument(outcome.document.blocks) });
  },
  'summary.snapshots.compare': (request, context) => {
    const absent = missing(request, context);
    if (absent) return absent;
    const from = version(request, request.fromId, context);
    if (!from) return noSnapshot(request.fromId as number);
    const to = version(request, request.toId, context);
    if (!to) return noSnapshot(request.toId as number);
    return ok({
      fromId: request.fromId,
      toId: request.toId,
      fromWords: countDocument(from.blocks).all.words,
      toWords: countDocument(to.blocks).all.words,
      diff: diffBlocks(from.blocks, to.blocks),
    });
  },
  'outlines.get': (request) => getOutline(request.level, request.series),
};
