// The assessment form (考核认定表): what the official form and the online system ask for beyond the profile.
// Personal data, education, work history with referees and certificates are NOT repeated here: the form
// reads them from the profile (one source, never typed twice). What lives here is the registration, the
// achievements and publications, the employer's part and the public notice. Like the profile, a half-filled
// form can always be saved; what is still missing is reported by ./validation.ts before printing.
import { z } from 'zod';
import { isUnifiedSocialCreditCode } from '../profile/identifiers';
import { refuseDuplicateRowIds, rowId } from '../profile/schema';
import { LIMITS, checkDateOrder, optionalDate, text } from '../profile/text';

/** 主持 / 负责 / 参与: the applicant's role in an achievement, as the form asks it. */
export const ACHIEVEMENT_ROLES = ['lead', 'responsible', 'participant'] as const;
export const PATENT_KINDS = ['invention', 'utility-model', 'design', 'software-copyright', 'other'] as const;
export const STANDARD_LEVELS = ['international', 'national', 'industry', 'local', 'group', 'enterprise'] as const;
export const AWARD_LEVELS = ['national', 'provincial', 'municipal', 'industry', 'employer', 'other'] as const;

const enumOrNull = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: 'field.invalid' }).nullable();

/** Longer free text (what was done, results): several paragraphs are allowed. */
const prose = (max: number) => text({ max, multiline: true });

export const registrationSchema = z.object({
  /** 评委会: the assessing committee, as the online system names it. */
  committee: text({ max: LIMITS.short }),
  /** 专业组: the specialty group within the committee. */
  specialtyGroup: text({ max: LIMITS.short }),
  /** Whether the employer (profile: name as on its seal, credit code) also pays the social insurance. */
  insuranceBySameEmployer: z.boolean({ error: 'field.invalid' }),
  /** Only when another unit pays the social insurance (a dispatch agency, a parent company). */
  insuranceUnitName: text({ max: LIMITS.short }),
  insuranceUnitCreditCode: text({ max: 18, noPictographs: true }),
}).superRefine((registration, ctx) => {
  const code = registration.insuranceUnitCreditCode;
  if (code !== '' && !isUnifiedSocialCreditCode(code)) {
    ctx.addIssue({ code: 'custom', message: 'person.creditCode', path: ['insuranceUnitCreditCode'] });
  }
});

export const achievementSchema = z
  .object({
    id: rowId,
    title: text({ max: LIMITS.short }),
    startDate: optionalDate,
    endDate: optionalDate,
    role: enumOrNull(ACHIEVEMENT_ROLES),
    /** What the applicant did. */
    work: prose(LIMITS.long),
    /** Measured results: figures, savings, users, outputs. */
    results: prose(LIMITS.long),
    /** What proves it: contracts, acceptance reports, letters (the scans are attached to the materials). */
    evidence: text({ max: LIMITS.short }),
  })
  .superRefine((row, ctx) => checkDateOrder(row.startDate, row.endDate, ctx, 'endDate'));

export const paperSchema = z.object({
  id: rowId,
  title: text({ max: LIMITS.short }),
  /** Journal, conference or publisher. */
  venue: text({ max: LIMITS.short }),
  publishedOn: optionalDate,
  /** e.g. "第一作者" / "1/4". */
  authorship: text({ max: LIMITS.name }),
  /** ISSN, ISBN, DOI or CN number. */
  identifier: text({ max: LIMITS.name }),
});

export const patentSchema = z.object({
  id: rowId,
  title: text({ max: LIMITS.short }),
  kind: enumOrNull(PATENT_KINDS),
  number: text({ max: LIMITS.idNumber }),
  grantedOn: optionalDate,
  /** e.g. "第一发明人" / "2/5". */
  inventorship: text({ max: LIMITS.name }),
});

export const standardSchema = z.object({
  id: rowId,
  title: text({ max: LIMITS.short }),
  number: text({ max: LIMITS.idNumber }),
  level: enumOrNull(STANDARD_LEVELS),
  publishedOn: optionalDate,
  role: text({ max: LIMITS.name }),
});

export const awardSchema = z.object({
  id: rowId,
  name: text({ max: LIMITS.short }),
  grantedBy: text({ max: LIMITS.short }),
  level: enumOrNull(AWARD_LEVELS),
  awardedOn: optionalDate,
  /** e.g. "一等奖，排名第2". */
  rank: text({ max: LIMITS.name }),
});

/**
 * 个人承诺: its official wording is not published (policy.md), so TitlePrep never writes it. The user pastes
 * it from the form the online system generated; TitlePrep records who signs and when.
 */
export const commitmentSchema = z.object({
  wording: prose(LIMITS.long),
  signedOn: optionalDate,
});

/** 所在单位核实意见: the employer's verification comments, wording pasted by the user, never written by us. */
export const employerVerificationSchema = z.object({
  wording: prose(LIMITS.long),
  /** The person who signs for the employer (name and post). */
  signatory: text({ max: LIMITS.short }),
  signedOn: optionalDate,
  sealApplied: z.boolean({ error: 'field.invalid' }),
});

/** The public notice (申报公示) inside the employer: its start, where it is posted, who receives objections. */
export const publicNoticeSchema = z.object({
  startDate: optionalDate,
  /** Where the notice is posted (a notice board, the intranet). */
  location: text({ max: LIMITS.short }),
  contactName: text({ max: LIMITS.name }),
  contactPhone: text({ max: LIMITS.phone, noPictographs: true }),
  /** Extra working days beyond the programme's minimum, when the employer wants a longer notice. */
  extraWorkdays: z.number({ error: 'field.invalid' }).int({ error: 'field.invalid' }).min(0, { error: 'field.invalid' }).max(30, { error: 'field.invalid' }),
}).superRefine((notice, ctx) => {
  if (notice.contactPhone !== '' && !/^\+?[0-9 ()-]{5,}$/.test(notice.contactPhone)) {
    ctx.addIssue({ code: 'custom', message: 'person.phone', path: ['contactPhone'] });
  }
});

export const MAX_FORM_ROWS = 100;
const rows = <T extends z.ZodType>(schema: T) => z.array(schema).max(MAX_FORM_ROWS, { error: 'field.tooMany' });

export const formSchema = z
  .object({
    registration: registrationSchema,
    achievements: rows(achievementSchema),
    papers: rows(paperSchema),
    patents: rows(patentSchema),
    standards: rows(standardSchema),
    awards: rows(awardSchema),
    commitment: commitmentSchema,
    employerVerification: employerVerificationSchema,
    publicNotice: publicNoticeSchema,
  })
  .superRefine((form, ctx) => refuseDuplicateRowIds(form, ['achievements', 'papers', 'patents', 'standards', 'awards'], ctx));

export type Registration = z.output<typeof registrationSchema>;
export type Achievement = z.output<typeof achievementSchema>;
export type Paper = z.output<typeof paperSchema>;
export type Patent = z.output<typeof patentSchema>;
export type Standard = z.output<typeof standardSchema>;
export type Award = z.output<typeof awardSchema>;
export type Commitment = z.output<typeof commitmentSchema>;
export type EmployerVerification = z.output<typeof employerVerificationSchema>;
export type PublicNotice = z.output<typeof publicNoticeSchema>;
export type AssessmentForm = z.output<typeof formSchema>;
export type AssessmentFormInput = z.input<typeof formSchema>;
export type AchievementRole = (typeof ACHIEVEMENT_ROLES)[number];
export type FormRowList = 'achievements' | 'papers' | 'patents' | 'standards' | 'awards';

export function emptyForm(): AssessmentForm {
  return {
    registration: { committee: '', specialtyGroup: '', insuranceBySameEmployer: true, insuranceUnitName: '', insuranceUnitCreditCode: '' },
    achievements: [],
    papers: [],
    patents: [],
    standards: [],
    awards: [],
    commitment: { wording: '', signedOn: null },
    employerVerification: { wording: '', signatory: '', signedOn: null, sealApplied: false },
    publicNotice: { startDate: null, location: '', contactName: '', contactPhone: '', extraWorkdays: 0 },
  };
}
