// The certificate's verification (证书查验) is one fact: the profile holds each certificate's status and date,
// and the tracker's "certificate verification" step is read from them (done, with that date, once a
// certificate is verified: its deadline is then met, never "overdue"). A change of the step's status or
// date in the tracker is written to the profile's certificate; the step's other fields (notes, who acts)
// stay the tracker's own.
import type { Certificate } from '../profile/schema';
import type { StepPatch, StepRecord, StepStatus } from './schema';

export const VERIFICATION_STEP_ID = 'certificate-verification';

type Verification = Pick<Certificate, 'verificationStatus' | 'verifiedOn'>;

const STEP_OF_CERTIFICATE: Record<Certificate['verificationStatus'], StepStatus> = {
  'not-started': 'not-started',
  submitted: 'in-progress',
  verified: 'done',
  rejected: 'blocked',
};
const CERTIFICATE_OF_STEP: Record<StepStatus, Certificate['verificationStatus']> = {
  'not-started': 'not-started',
  'in-progress': 'submitted',
  done: 'verified',
  blocked: 'rejected',
};

/** Verified wins (one verified certificate is enough to apply), then submitted, rejected, not started. */
const RANK: Certificate['verificationStatus'][] = ['verified', 'submitted', 'rejected', 'not-started'];

/** The step's status and date as the profile's certificates give them. */
export function verificationStepFacts(certificates: readonly Verification[]): Pick<StepRecord, 'status' | 'doneOn'> {
  const best = RANK.find((status) => certificates.some((certificate) => certificate.verificationStatus === status)) ?? 'not-started';
  // The earliest verification date: that is the one the "verified before" deadline asks about.
  const dates = certificates.filter((certificate) => certificate.verificationStatus === 'verified' && certificate.verifiedOn !== null).map((certificate) => certificate.verifiedOn as string);
  return { status: STEP_OF_CERTIFICATE[best], doneOn: best === 'verified' ? (dates.sort()[0] ?? null) : null };
}

/** The tracker's stored record of the step with its status and date taken from the profile. */
export function withProfileVerification(record: StepRecord, certificates: readonly Verification[]): StepRecord {
  return { ...record, ...verificationStepFacts(certificates) };
}

export type VerificationEdit =
  | { kind: 'none' }
  | { kind: 'certificate'; index: number; verification: Verification }
  /** The profile has no certificate, or several: the user says which one in the profile. */
  | { kind: 'refused'; key: 'tracker.error.verificationNoCertificate' | 'tracker.error.verificationSeveralCertificates' };

/** What a tracker edit of the step's status or date changes in the profile. */
export function verificationEdit(certificates: readonly Verification[], patch: StepPatch): VerificationEdit {
  if (patch.status === undefined && patch.doneOn === undefined) return { kind: 'none' };
  if (certificates.length === 0) return { kind: 'refused', key: 'tracker.error.verificationNoCertificate' };
  if (certificates.length > 1) return { kind: 'refused', key: 'tracker.error.verificationSeveralCertificates' };
  const current = certificates[0] as Verification;
  const status = patch.status === undefined ? current.verificationStatus : CERTIFICATE_OF_STEP[patch.status];
  const date = patch.doneOn === undefined ? current.verifiedOn : patch.doneOn;
  // A date belongs to a verification that happened; any other status keeps no date.
  return { kind: 'certificate', index: 0, verification: { verificationStatus: status, verifiedOn: status === 'verified' ? date : null } };
}

/** The step's patch without what the profile holds: the rest is stored by the tracker. */
export function trackerOwnPatch(patch: StepPatch): StepPatch {
  const { status: _status, doneOn: _doneOn, ...rest } = patch;
  return rest;
}
