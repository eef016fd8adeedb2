// The attachment limits in force for a programme or an applicant: the user's for the programme when set,
// TitlePrep's defaults otherwise (the official limits are not published).
import type { LimitsReply } from '../../../shared/contract/materialsChannels';
import { CEILING_BYTES, DEFAULT_LIMITS, DEFAULT_LIMITS_FILE, type AttachmentLimits, effectiveLimits } from '../../../shared/materials/limits';
import type { HandlerContext } from '../handlerContext';

export function limitsReply(programmeId: string, { attachmentRows }: Pick<HandlerContext, 'attachmentRows'>): LimitsReply {
  const userSet = attachmentRows.limits(programmeId);
  return {
    programmeId,
    limits: effectiveLimits(userSet),
    userSet: userSet !== null,
    defaults: DEFAULT_LIMITS,
    ceilingBytes: CEILING_BYTES,
    source: DEFAULT_LIMITS_FILE.source,
  };
}

/** The limits for an applicant's uploads: those of the programme they apply for, or the defaults. */
export function limitsForApplicant(applicantId: string, context: Pick<HandlerContext, 'attachmentRows' | 'programmes'>): { programmeId: string | null; limits: AttachmentLimits } {
  const programmeId = context.programmes.application(applicantId).programmeId;
  if (programmeId === null) return { programmeId, limits: DEFAULT_LIMITS };
  return { programmeId, limits: effectiveLimits(context.attachmentRows.limits(programmeId)) };
}
