// Handlers of the checklist channels. The checklist is the applicant's for the programme they apply for,
// seeded from that programme's defaults on the first read; saves are whole, against a revision.
import { randomUUID } from 'node:crypto';
import type { Channel } from '../../../shared/contract/channels';
import type { ChecklistReply } from '../../../shared/contract/materialsChannels';
import { fail, ok } from '../../../shared/contract/result';
import { seedChecklist, unknownDefaults } from '../../../shared/materials/checklist';
import { requirementSource, startingValues } from '../../../shared/materials/requirements';
import type { EmployerKind } from '../../../shared/profile/schema';
import { type Programme, appliesToEmployer } from '../../../shared/programmes/schema';
import { programmeById } from '../form/load';
import type { Handlers } from '../handlerContext';

type MaterialsChannel = Extract<Channel, `materials.${string}`>;

const noApplicant = (id: string) => fail('not-found', `No applicant with id ${id}`);

/** Every default (an item may name one that no longer applies), each saying whether it applies to this applicant. */
function defaultsOf(programme: Programme, employerKind: EmployerKind | null): ChecklistReply['defaults'] {
  return programme.defaultPaperMaterials.map((material) => ({
    id: material.id,
    label: material.label,
    applies: appliesToEmployer(material, employerKind),
    forEmployer: (material.employerKinds?.length ?? 0) > 0,
    source: material.source,
    starting: startingValues(programme, material.id),
    startingValuesSource: requirementSource(material.id),
  }));
}

export const materialsHandlers: Pick<Handlers, MaterialsChannel> = {
  'materials.list': (request, context) => {
    const { applicantId } = request;
    if (!context.applicants.exists(applicantId)) return noApplicant(applicantId);
    const programmeId = context.programmes.application(applicantId).programmeId;
    const programme = programmeId === null ? null : programmeById(programmeId, context);
    if (!programme) return ok({ programme: null, revision: 0, items: [], defaults: [], listUnknown: null, updatedAt: null });
    // 事业单位 staff have the supervising authority's post confirmation among their materials.
    const employerKind = context.applicants.getProfile(applicantId)?.profile.person.employerKind ?? null;
    const stored =
      context.materials.checklist(applicantId, programme.id) ??
      context.materials.seedOnce(applicantId, programme.id, seedChecklist(programme, randomUUID, employerKind), context.now());
    return ok({
      programme: { id: programme.id, name: programme.name },
      revision: stored.revision,
      items: stored.items,
      defaults: defaultsOf(programme, employerKind),
      listUnknown: programme.unknowns.paperMaterialsList.source,
      updatedAt: stored.updatedAt,
    });
  },

  'materials.save': (request, context) => {
    const { applicantId, programmeId, items } = request;
    if (!context.applicants.exists(applicantId)) return noApplicant(applicantId);
    const programme = programmeById(programmeId, context);
    if (!programme) return fail('not-found', `No programme with id ${programmeId}`);
    const unknown = unknownDefaults(items, programme);
    if (unknown.length > 0) {
      return fail('validation', `Items name defaults ${programmeId} does not have`, unknown.map((index) => ({ path: ['items', index, 'fromDefault'], key: 'materials.item.unknownDefault' })));
    }
    const saved = context.materials.save(applicantId, programme.id, request.baseRevision, items, context.now());
    if ('reason' in saved) {
      const key = saved.reason === 'foreignId' ? 'field.duplicateRow' : 'materials.item.defaultChanged';
      return fail('validation', `Item ${saved.index} refused: ${saved.reason}`, [{ path: ['items', saved.index, 'id'], key }]);
    }
    return ok({ revision: saved.revision, updatedAt: saved.updatedAt });
  },
};
