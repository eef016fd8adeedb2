// The shape of a programme file (templates/programmes/*.json) and of a user-created round: every threshold,
// date and step of one call for applications, each with its source. The eligibility engine reads only this,
// so no rule or date is written in TypeScript.
import { z } from 'zod';
import { EMPLOYER_KINDS, type EmployerKind } from '../profile/schema';
import { catalogueSchema } from './catalogueSchema';
import { isoDate, localizedText, nonEmpty, sourceSchema, sourced } from './source';

export const LEVELS = ['junior', 'intermediate', 'associate-senior'] as const;
export const SERIES = ['engineering', 'accounting', 'economics'] as const;
/** The certificate's field on the Shanghai list (same values as the profile's FIELDS). */
export const FIELDS = ['biomedicine', 'information-technology', 'engineering', 'finance-management', 'it-ai', 'engineering-construction-transport', 'advanced-manufacturing', 'biomedicine-health', 'green-development', 'energy-chemicals-materials'] as const;
/** The applicant's highest degree, as the notices distinguish them. */
export const DEGREES = ['doctorate', 'master', 'second-bachelor', 'bachelor', 'below-bachelor'] as const;
export const CITIES = ['shanghai', 'guangzhou'] as const;
export const PROGRAMME_SCHEMA_VERSION = 1;
/** The programmes shipped in templates/programmes/. */
export const PROGRAMME_IDS = ['shanghai-c-r2', 'shanghai-c-r3', 'guangzhou-2025'] as const;
export type ProgrammeId = (typeof PROGRAMME_IDS)[number];

export type Level = (typeof LEVELS)[number];
export type Series = (typeof SERIES)[number];
export type Field = (typeof FIELDS)[number];
export type Degree = (typeof DEGREES)[number];

export const programmeId = z.string().regex(/^[a-z0-9]+(-[a-z0-9.]+)*$/, { error: 'programme.id' }).max(60);
const levels = z.array(z.enum(LEVELS)).min(1);

/** "具备…学位，从事相关工作满 N 年": any one of `degrees` plus N full years; minYears null = not published. */
const routeSchema = z.object({
  degrees: z.array(z.enum(DEGREES)).min(1),
  minYears: z.number().int().min(0).max(50).nullable(),
  source: sourceSchema,
});

const levelSchema = z.object({
  level: z.enum(LEVELS),
  titles: z.array(z.object({ series: z.enum(SERIES), title: localizedText })).min(1),
  /** null: the thresholds of this level are not published (Guangzhou's annual evaluation). */
  thresholds: z.object({ routes: z.array(routeSchema).min(1).nullable(), source: sourceSchema }),
  /** How the title is obtained: appointed by the employer (with the form it fills in), assessed, or evaluated. */
  procedure: z.object({
    kind: z.enum(['employer-appointment', 'committee-assessment', 'annual-evaluation']),
    employerForm: localizedText.nullable(),
    source: sourceSchema,
  }),
});

const DATE_KEYS = ['certificateVerifiedBy', 'materialsWindow', 'experienceCountedTo', 'correctionDeadline', 'paperMaterialsDeadline', 'interview'] as const;
export type ProgrammeDateKey = (typeof DATE_KEYS)[number];

const datesSchema = z.object({
  /** Certificates verified on or before this date qualify (the notice's "…前通过查验"). */
  certificateVerifiedBy: sourced(isoDate).extend({ appliesTo: z.array(z.enum(LEVELS)) }),
  materialsWindow: sourced(z.object({ from: isoDate, to: isoDate })),
  /** Work experience is counted up to and including this date. */
  experienceCountedTo: sourced(isoDate),
  correctionDeadline: sourced(isoDate),
  paperMaterialsDeadline: sourced(isoDate),
  interview: sourced(isoDate),
});

/** Only applicants whose employer is of one of these kinds (事业单位: the post confirmation); absent or null: everyone. */
const employerKinds = z.array(z.enum(EMPLOYER_KINDS)).min(1).nullable().optional();

/** The sections of a programme's form that someone signs or seals. */
export const SIGNED_SECTIONS = ['commitment', 'employerVerification', 'postConfirmation'] as const;
export type SignedSectionId = (typeof SIGNED_SECTIONS)[number];

/**
 * The form the applicant prints and hands in, as the notice names it, and its sections that are signed or
 * sealed, each with its source. name null: the programme publishes no form (Guangzhou's catalogue): TitlePrep
 * then prints the applicant's details on a sheet of its own, with no signing or sealing section.
 */
export const applicationFormSchema = z.object({
  name: localizedText.nullable(),
  source: sourceSchema,
  sections: z.array(z.object({ id: z.enum(SIGNED_SECTIONS), employerKinds, source: sourceSchema })),
});
export type ApplicationForm = z.output<typeof applicationFormSchema>;

const stepSchema = z.object({
  id: z.string().regex(/^[a-z][a-z-]*$/),
  name: localizedText,
  applicantDoes: localizedText,
  levels,
  employerKinds,
  /** Which programme date (or the public-notice length) bounds this step; null when none applies. */
  deadline: z.enum([...DATE_KEYS, 'publicNotice']).nullable(),
  source: sourceSchema,
});

const unknownText = sourced(nonEmpty);

export const programmeSchema = z
  .object({
    schemaVersion: z.literal(PROGRAMME_SCHEMA_VERSION),
    id: programmeId,
    userEntered: z.boolean(),
    /** The programme a user-created round was copied from. */
    basedOn: programmeId.nullable(),
    name: localizedText,
    city: z.enum(CITIES),
    notice: z.object({ number: nonEmpty.nullable(), issuedOn: isoDate.nullable(), source: sourceSchema }),
    list: z.object({ version: z.enum(['1.0', '2.0', '3.0']).nullable(), category: z.enum(['A', 'B', 'C', 'D']).nullable(), source: sourceSchema }),
    assessingBody: sourced(localizedText),
    seriesByField: z.array(z.object({ field: z.enum(FIELDS), series: z.array(z.enum(SERIES)).min(1), levels, source: sourceSchema })),
    /** Series whose titles need a science or engineering degree; value null when the documents do not say. */
    scienceOrEngineeringDegree: sourced(z.array(z.enum(SERIES))),
    /** `inPrinciple`: the notice says 原则上 — the committee applies the rule and may allow exceptions. */
    inCityWork: sourced(z.number().int().min(0).max(50)).extend({ city: localizedText, inPrinciple: z.boolean().optional() }),
    /**
     * 事业单位 staff: within the post quota, with the supervising authority's consent, one level above the title
     * held. Absent in a round stored before this rule was modelled (the check is then left out).
     */
    publicInstitutions: sourced(z.object({ supervisorConsent: z.boolean(), oneLevelAbove: z.boolean() }))
      .extend({ postConfirmation: sourceSchema.nullable() })
      .optional(),
    /** Guangzhou: the overseas qualification must be valid (renewals counted). Absent: no such rule. */
    validQualification: sourced(z.boolean()).optional(),
    levels: z.array(levelSchema).min(1),
    dates: datesSchema,
    /** `names`: how the notice names a round that has no programme file here (a person never reads an id). */
    excludedRounds: sourced(z.array(programmeId)).extend({ appliesTo: z.array(z.enum(LEVELS)), names: z.record(z.string(), localizedText).optional() }),
    /**
     * `counts`: how the source treats overseas years, for a level met only with them. 'committee-judgement'
     * (Shanghai: "境外专业经历…可作为评价依据", the committee weighs it; also when absent, a round stored before
     * this field) or 'as-domestic' (Guangzhou: "treated as equivalent to domestic experience").
     */
    overseasExperience: z.object({ note: localizedText, counts: z.enum(['committee-judgement', 'as-domestic']).optional(), source: sourceSchema }),
    publicNotice: sourced(z.number().int().min(1).max(100)),
    summaryMinChars: sourced(z.number().int().min(1).max(100_000)),
    printCopies: sourced(z.number().int().min(1).max(20)),
    /**
     * Whether the work summary ends with the employer's check-and-seal line (单位审核意见 … 单位（盖章）): true when
     * the notice asks for it; null when it does not say (the user decides on the print page). Absent: null.
     */
    summaryEmployerReview: sourced(z.boolean()).optional(),
    /** The form and its signed or sealed sections. Absent in a round stored before it was modelled: see formOf. */
    applicationForm: applicationFormSchema.optional(),
    steps: z.array(stepSchema),
    defaultPaperMaterials: z.array(z.object({ id: z.string().regex(/^[a-z][a-z-]*$/), label: localizedText, employerKinds, source: sourceSchema })),
    contacts: z.array(z.object({ number: z.string().regex(/^[0-9-]{5,20}$/), source: sourceSchema })),
    /** What the app must let the user type because no document gives it. */
    unknowns: z.object({
      acceptanceNumberFormat: unknownText,
      personalCommitmentWording: unknownText,
      employerCommentWording: unknownText,
      paperMaterialsList: unknownText,
      uploadLimits: unknownText,
      interviewArrangements: unknownText,
    }),
    /** Guangzhou: the catalogue's levels, sectors and provisions. */
    catalogue: catalogueSchema.nullable(),
  })
  .superRefine((programme, ctx) => {
    const duplicate = (values: string[]) => values.find((value, index) => values.indexOf(value) !== index);
    const checks: [string[], string][] = [
      [programme.levels.map((level) => level.level), 'levels'],
      [programme.steps.map((step) => step.id), 'steps'],
      [programme.seriesByField.map((entry) => entry.field), 'seriesByField'],
      [programme.defaultPaperMaterials.map((material) => material.id), 'defaultPaperMaterials'],
    ];
    for (const [values, path] of checks) {
      if (duplicate(values) !== undefined) ctx.addIssue({ code: 'custom', message: 'field.duplicateRow', path: [path] });
    }
    const window = programme.dates.materialsWindow.value;
    if (window && window.to < window.from) {
      ctx.addIssue({ code: 'custom', message: 'date.endBeforeStart', path: ['dates', 'materialsWindow', 'value', 'to'] });
    }
    if (programme.userEntered !== (programme.basedOn !== null)) {
      ctx.addIssue({ code: 'custom', message: 'programme.basedOn', path: ['basedOn'] });
    }
    // A shipped programme quotes documents; only a user's round may carry user-entered values.
    if (!programme.userEntered && JSON.stringify(programme).includes('"type":"user-entered"')) {
      ctx.addIssue({ code: 'custom', message: 'programme.userSourceInShipped', path: [] });
    }
  });

export type Programme = z.output<typeof programmeSchema>;
export type ProgrammeLevel = Programme['levels'][number];
export type ProgrammeStep = Programme['steps'][number];
export type ThresholdRoute = z.output<typeof routeSchema>;

/** Whether a step, a material or a form section limited to some employer kinds applies to this applicant's. */
export function appliesToEmployer(entry: { employerKinds?: readonly EmployerKind[] | null }, employerKind: EmployerKind | null): boolean {
  if (!entry.employerKinds) return true;
  return employerKind !== null && entry.employerKinds.includes(employerKind);
}
