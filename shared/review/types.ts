// The review's contract: what it reads (the application as a whole, already taken from the profile, the
// form and the programme) and what it finds. Shared by the pure rules, the backend and the renderer.

export const ITEM_KINDS = ['achievement', 'paper', 'patent', 'standard', 'award'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export interface ReviewItem {
  kind: ItemKind;
  title: string;
  date?: string | null;
}

export interface ReviewWorkPeriod {
  employer: string;
  start: string;
  end: string | null;
}

export interface ReviewInput {
  /** Paragraphs separated by "\n". */
  summaryText: string;
  /** 字 as Word counts; null when the programme's notice gives none (no length rule then). */
  summaryMinimum: number | null;
  /** The employer's name as on its seal (the profile). */
  employerName: string | null;
  workPeriods: ReviewWorkPeriod[];
  items: ReviewItem[];
  /** YYYY-MM-DD. */
  today: string;
  /** The title applied for, as the programme names it (工程师); null or absent: no title rule. */
  appliedTitle?: string | null;
  /** Every title the programme's data names (助理工程师, 工程师, 高级工程师 …): what the summary may name. */
  knownTitles?: string[];
}

export const REVIEW_RULES = [
  'placeholder-left',
  'too-short',
  'much-longer',
  'item-not-mentioned',
  'future-date',
  'mostly-latin',
  'item-future-date',
  'employer-name-differs',
  'period-contradicts-history',
  'title-differs',
] as const;
export type ReviewRule = (typeof REVIEW_RULES)[number];

export type ReviewSeverity = 'error' | 'warning';

/** Where the user fixes a finding: a paragraph of the summary, a row of the form, the profile, the application. */
export type ReviewTarget =
  | { page: 'summary'; paragraph?: number }
  | { page: 'form'; kind: ItemKind; itemIndex: number }
  | { page: 'profile'; path: (string | number)[] }
  | { page: 'application' };

export interface ReviewFinding {
  rule: ReviewRule;
  severity: ReviewSeverity;
  /** 0-based index of the paragraph in `summaryText`, for findings in the text. */
  paragraph?: number;
  /** Stable across edits elsewhere (rule and subject, never a position): what an acknowledgement names. */
  key: string;
  /** Values for the finding's message (review.rule.* in shared/i18n/review.ts). */
  params: Record<string, string | number>;
  target: ReviewTarget;
  /** The text found (a placeholder, a date, a period, a title), when the rule found one. */
  text?: string;
  /** The item of `input.items` concerned: its index there. */
  item?: number;
}

export const SEVERITY: Record<ReviewRule, ReviewSeverity> = {
  'placeholder-left': 'error',
  'too-short': 'error',
  'much-longer': 'warning',
  'item-not-mentioned': 'warning',
  'future-date': 'warning',
  'mostly-latin': 'warning',
  'item-future-date': 'warning',
  'employer-name-differs': 'warning',
  'period-contradicts-history': 'warning',
  'title-differs': 'warning',
};
