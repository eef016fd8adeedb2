// A tracker edit of the certificate-verification step: its status and date go to the profile's certificate
// (the one place they are kept), the rest to the tracker's own record. See
// shared/tracker/certificateVerification.ts for the rule.
import { fail, ok, type Result } from '../../../shared/contract/result';
import { profileSchema } from '../../../shared/profile/schema';
import { VERIFICATION_STEP_ID, trackerOwnPatch, verificationEdit, verificationStepFacts } from '../../../shared/tracker/certificateVerification';
import type { StepPatch } from '../../../shared/tracker/schema';
import type { HandlerContext } from '../handlerContext';

export function updateVerificationStep(
  applicantId: string,
  programmeId: string,
  patch: StepPatch,
  now: string,
  { applicants, tracker }: Pick<HandlerContext, 'applicants' | 'tracker'>,
): Result<null> {
  const stored = applicants.getProfile(applicantId);
  if (!stored) return fail('not-found', `No applicant with id ${applicantId}`);
  const edit = verificationEdit(stored.profile.certificates, patch);
  if (edit.kind === 'refused') return fail('validation', 'The verification is kept per certificate in the profile', [{ path: ['patch', 'status'], key: edit.key }]);
  if (edit.kind === 'certificate') {
    const certificates = stored.profile.certificates.map((certificate, index) => (index === edit.index ? { ...certificate, ...edit.verification } : certificate));
    const parsed = profileSchema.safeParse({ ...stored.profile, certificates });
    if (!parsed.success) {
      // A date before the certificate was obtained, say: the profile's own rule, named on the tracker's field.
      const issue = parsed.error.issues.find((entry) => entry.path.includes('verifiedOn')) ?? parsed.error.issues[0];
      return fail('validation', 'The verification date does not fit the certificate', [{ path: ['patch', 'doneOn'], key: issue?.message ?? 'field.invalid' }]);
    }
    applicants.saveProfile(applicantId, parsed.data, stored.revision, now);
    // The timeline shows the step's change as it showed every other step's.
    const before = verificationStepFacts(stored.profile.certificates);
    const after = verificationStepFacts(parsed.data.certificates);
    const changed = (['status', 'doneOn'] as const).filter((field) => before[field] !== after[field]);
    if (changed.length > 0) {
      tracker.recordStepChange(applicantId, programmeId, VERIFICATION_STEP_ID, Object.fromEntries(changed.map((field) => [field, before[field]])), Object.fromEntries(changed.map((field) => [field, after[field]])), now);
    }
  }
  const own = trackerOwnPatch(patch);
  if (Object.keys(own).length > 0) tracker.updateStep(applicantId, programmeId, VERIFICATION_STEP_ID, own, now);
  return ok(null);
}
