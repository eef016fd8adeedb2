// The eligibility engine's facts, read from the applicant's profile and application. Where the profile
// leaves a fact open, the fact is null and the engine answers `unknown`, never a guess.
import type { Application } from './schema';
import type { EligibilityFacts } from '../eligibility';
import type { Certificate, Education, Profile } from '../profile/schema';

/** The notices' degree ladder, highest first; other profile degrees are below a bachelor's. */
const LADDER = ['doctorate', 'master', 'second-bachelor', 'bachelor'] as const;

function highestDegree(education: readonly Education[]): { degree: EligibilityFacts['degree'] } {
  const known = education.filter((entry) => entry.degree !== null && entry.degree !== 'other');
  if (known.length === 0) return { degree: null };
  const degree = LADDER.find((step) => known.some((entry) => entry.degree === step));
  return { degree: degree ?? 'below-bachelor' };
}

/** The certificate the application rests on: a Category C one first, else the first with a field. */
export function applicationCertificate(certificates: readonly Certificate[]): Certificate | null {
  return certificates.find((c) => c.categories.includes('C')) ?? certificates.find((c) => c.field !== null) ?? certificates[0] ?? null;
}

function verification(certificate: Certificate | null): Pick<EligibilityFacts, 'certificateVerifiedOn'> | Record<string, never> {
  if (certificate === null) return {};
  if (certificate.verificationStatus === 'verified') return certificate.verifiedOn === null ? {} : { certificateVerifiedOn: certificate.verifiedOn };
  return { certificateVerifiedOn: null };
}

/**
 * The last day the certificate is valid: "renewal periods … may be accumulated with their original validity"
 * (seed 004), so the latest of its own and its renewals' end dates; null when none is entered.
 */
export function certificateValidUntil(certificate: Certificate | null): string | null {
  if (certificate === null) return null;
  const ends = [certificate.validUntil, ...certificate.renewals.map((renewal) => renewal.validUntil)].filter((end): end is string => end !== null);
  return ends.length === 0 ? null : ends.reduce((latest, end) => (end > latest ? end : latest));
}

/**
 * Partial: a fact the profile does not hold is left out, which the engine reads as "not entered" (unknown);
 * `certificateVerifiedOn: null` means "not verified yet", which fails once the deadline has passed.
 */
export function factsFromProfile(profile: Profile, application: Application): Partial<EligibilityFacts> {
  const { degree } = highestDegree(profile.education);
  // "须具备理工科学历或学位": a science or engineering 学历 or 学位 at any level above senior high school
  // qualifies (an engineering bachelor's with an MBA does), not only the highest one.
  const higherEducation = profile.education.filter((entry) => entry.degree !== null && entry.degree !== 'senior-high');
  const certificate = applicationCertificate(profile.certificates);
  return {
    degree,
    scienceOrEngineeringDegree: higherEducation.length === 0 ? null : higherEducation.some((entry) => entry.scienceOrEngineering),
    field: certificate?.field ?? null,
    series: application.series,
    workPeriods: profile.workPeriods.map((period) => ({
      start: period.startDate,
      end: period.endDate,
      relevant: period.relevant,
      inCity: period.inCity,
      overseas: period.overseas,
    })),
    ...verification(certificate),
    earlierRounds: application.earlierRounds,
    catalogueLevel: application.catalogueLevel,
    // An empty list of categories is "not entered", not "in no category".
    certificateCategories: certificate === null || certificate.categories.length === 0 ? null : certificate.categories,
    certificateListVersion: certificate?.listVersion ?? null,
    certificateValidUntil: certificateValidUntil(certificate),
    employerKind: profile.person.employerKind,
    supervisorConsent: profile.person.supervisorConsent,
    currentTitleLevel: profile.person.currentTitleLevel,
  };
}
