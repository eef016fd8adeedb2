// The applicant's profile: the single source of every personal field that later forms and documents use.
// Validation here is about form (dates that exist, lengths, check digits); completeness (what is still
// missing for an application) is reported by ./completeness.ts so that a half-filled draft can be saved.
import { z } from 'zod';
import { isDocumentNumber, isResidentIdNumber, isUnifiedSocialCreditCode } from './identifiers';
import { LIMITS, checkDateOrder, optionalDate, text } from './text';

export const GENDERS = ['female', 'male'] as const;
export const ID_TYPES = ['resident-id', 'passport', 'hk-macao-permit', 'taiwan-permit', 'permanent-residence', 'other'] as const;
export const CITIES = ['shanghai', 'guangzhou'] as const;
export const DEGREES = [
  'senior-high',
  'junior-college',
  'bachelor',
  'second-bachelor',
  'master',
  'doctorate',
  'other',
] as const;
export const LIST_VERSIONS = ['1.0', '2.0', '3.0'] as const;
export const CERTIFICATE_CATEGORIES = ['A', 'B', 'C', 'D'] as const;
/** Shanghai's list fields (seed 003 二). */
export const SHANGHAI_FIELDS = ['biomedicine', 'information-technology', 'engineering', 'finance-management'] as const;
/** The six sectors of Guangzhou's 2025 catalogue (seed 004), the same ids as its catalogue's sectors. */
export const GUANGZHOU_FIELDS = ['it-ai', 'engineering-construction-transport', 'advanced-manufacturing', 'biomedicine-health', 'green-development', 'energy-chemicals-materials'] as const;
export const FIELDS = [...SHANGHAI_FIELDS, ...GUANGZHOU_FIELDS] as const;
/** The notices' kinds of employer: 企业, 事业单位, 社会组织, 个体经济组织 (000: "companies, social organizations, or individual businesses"). */
export const EMPLOYER_KINDS = ['enterprise', 'public-institution', 'social-organization', 'individual-business'] as const;
/** A Chinese professional title already held, by level. */
export const TITLE_LEVELS = ['junior', 'intermediate', 'associate-senior'] as const;
export const VERIFICATION_STATUSES = ['not-started', 'submitted', 'verified', 'rejected'] as const;

/** Client-made identifiers let a new row be referenced (and autosaved) before the server has seen it. */
export const rowId = z.uuid({ error: 'field.invalid' });

const enumOrNull = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: 'field.invalid' }).nullable();

export const personSchema = z
  .object({
    nameZh: text({ max: LIMITS.name, noPictographs: true }),
    nameLatin: text({ max: LIMITS.name, noPictographs: true }),
    gender: enumOrNull(GENDERS),
    birthDate: optionalDate,
    nationality: text({ max: LIMITS.short }),
    idType: enumOrNull(ID_TYPES),
    idNumber: text({ max: LIMITS.idNumber, noPictographs: true }),
    phone: text({ max: LIMITS.phone, noPictographs: true }),
    email: text({ max: LIMITS.email, noPictographs: true }),
    employerName: text({ max: LIMITS.short }),
    employerCreditCode: text({ max: 18, noPictographs: true }),
    department: text({ max: LIMITS.short }),
    post: text({ max: LIMITS.short }),
    targetCity: enumOrNull(CITIES),
    // Facts the eligibility rules for public institutions need (default null: a profile saved before they existed).
    employerKind: enumOrNull(EMPLOYER_KINDS).default(null),
    /** 事业单位: the supervising authority agreed to the application (经上级主管部门同意). */
    supervisorConsent: z.boolean({ error: 'field.invalid' }).nullable().default(null),
    /** null: none held (or not entered). */
    currentTitleLevel: enumOrNull(TITLE_LEVELS).default(null),
  })
  .superRefine((person, ctx) => {
    if (person.nameZh === '' && person.nameLatin === '') {
      ctx.addIssue({ code: 'custom', message: 'person.nameRequired', path: ['nameZh'] });
    }
    if (person.idNumber !== '') {
      const valid =
        person.idType === 'resident-id' ? isResidentIdNumber(person.idNumber)
        : person.idType === 'other' || person.idType === null ? !/\s/.test(person.idNumber)
        : isDocumentNumber(person.idNumber);
      if (!valid) ctx.addIssue({ code: 'custom', message: `person.idNumber.${person.idType ?? 'other'}`, path: ['idNumber'] });
    }
    if (person.employerCreditCode !== '' && !isUnifiedSocialCreditCode(person.employerCreditCode)) {
      ctx.addIssue({ code: 'custom', message: 'person.creditCode', path: ['employerCreditCode'] });
    }
    if (person.email !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(person.email)) {
      ctx.addIssue({ code: 'custom', message: 'person.email', path: ['email'] });
    }
    if (person.phone !== '' && !/^\+?[0-9 ()-]{5,}$/.test(person.phone)) {
      ctx.addIssue({ code: 'custom', message: 'person.phone', path: ['phone'] });
    }
  });

export const educationSchema = z
  .object({
    id: rowId,
    startDate: optionalDate,
    endDate: optionalDate,
    school: text({ max: LIMITS.short }),
    major: text({ max: LIMITS.short }),
    degree: enumOrNull(DEGREES),
    degreeCertificateNumber: text({ max: LIMITS.idNumber }),
    fullTime: z.boolean({ error: 'field.invalid' }),
    scienceOrEngineering: z.boolean({ error: 'field.invalid' }),
  })
  .superRefine((row, ctx) => checkDateOrder(row.startDate, row.endDate, ctx, 'endDate'));

export const workPeriodSchema = z
  .object({
    id: rowId,
    startDate: optionalDate,
    /** null while the period is ongoing. */
    endDate: optionalDate,
    employer: text({ max: LIMITS.short }),
    department: text({ max: LIMITS.short }),
    position: text({ max: LIMITS.short }),
    titleHeld: text({ max: LIMITS.short }),
    referee: text({ max: LIMITS.short }),
    relevant: z.boolean({ error: 'field.invalid' }),
    inCity: z.boolean({ error: 'field.invalid' }),
    overseas: z.boolean({ error: 'field.invalid' }),
  })
  .superRefine((row, ctx) => {
    checkDateOrder(row.startDate, row.endDate, ctx, 'endDate');
    if (row.inCity && row.overseas) ctx.addIssue({ code: 'custom', message: 'work.inCityAndOverseas', path: ['overseas'] });
  });

export const renewalSchema = z
  .object({
    renewedOn: optionalDate,
    validUntil: optionalDate,
  })
  .superRefine((row, ctx) => checkDateOrder(row.renewedOn, row.validUntil, ctx, 'validUntil'));

export const certificateSchema = z
  .object({
    id: rowId,
    name: text({ max: LIMITS.short }),
    issuingBody: text({ max: LIMITS.short }),
    number: text({ max: LIMITS.idNumber }),
    obtainedOn: optionalDate,
    validUntil: optionalDate,
    renewals: z.array(renewalSchema).max(50, { error: 'field.tooMany' }),
    listVersion: enumOrNull(LIST_VERSIONS),
    categories: z
      .array(z.enum(CERTIFICATE_CATEGORIES, { error: 'field.invalid' }))
      .max(4)
      .refine((values) => new Set(values).size === values.length, { message: 'field.invalid' }),
    field: enumOrNull(FIELDS),
    verifiedOn: optionalDate,
    verificationStatus: z.enum(VERIFICATION_STATUSES, { error: 'field.invalid' }),
  })
  .superRefine((row, ctx) => {
    checkDateOrder(row.obtainedOn, row.validUntil, ctx, 'validUntil');
    checkDateOrder(row.obtainedOn, row.verifiedOn, ctx, 'verifiedOn');
  });

export const MAX_ROWS = 100;

/**
 * Row ids are primary keys (or stand for them): a duplicate would make a save fail half-way, so it is refused
 * up front, on the second row that uses it. Shared by the profile's and the form's row lists.
 */
export function refuseDuplicateRowIds<K extends string>(value: Record<K, readonly { id: string }[]>, lists: readonly K[], ctx: z.RefinementCtx): void {
  for (const key of lists) {
    const seen = new Set<string>();
    value[key].forEach((row, index) => {
      if (seen.has(row.id)) ctx.addIssue({ code: 'custom', message: 'field.duplicateRow', path: [key, index, 'id'] });
      seen.add(row.id);
    });
  }
}

export const profileSchema = z
  .object({
    person: personSchema,
    education: z.array(educationSchema).max(MAX_ROWS, { error: 'field.tooMany' }),
    workPeriods: z.array(workPeriodSchema).max(MAX_ROWS, { error: 'field.tooMany' }),
    certificates: z.array(certificateSchema).max(MAX_ROWS, { error: 'field.tooMany' }),
  })
  .superRefine((profile, ctx) => refuseDuplicateRowIds(profile, ['education', 'workPeriods', 'certificates'], ctx));

export type Person = z.output<typeof personSchema>;
export type Education = z.output<typeof educationSchema>;
export type WorkPeriod = z.output<typeof workPeriodSchema>;
export type Certificate = z.output<typeof certificateSchema>;
export type Renewal = z.output<typeof renewalSchema>;
export type Profile = z.output<typeof profileSchema>;
/** What a client sends: the same shape before trimming. */
export type ProfileInput = z.input<typeof profileSchema>;

export type Gender = (typeof GENDERS)[number];
export type IdType = (typeof ID_TYPES)[number];
export type City = (typeof CITIES)[number];
export type Degree = (typeof DEGREES)[number];
export type Field = (typeof FIELDS)[number];
export type EmployerKind = (typeof EMPLOYER_KINDS)[number];
export type TitleLevel = (typeof TITLE_LEVELS)[number];
