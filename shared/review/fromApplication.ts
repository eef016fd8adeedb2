// The review's input from what the app stores: the profile (employer as on its seal, work history), the
// application and its programme (minimum length, the title applied for and every title the programme names),
// the form's items and the summary's paragraphs. Each item keeps the form row it came from, so a finding
// links to that row.
import type { Application } from '../application/schema';
import type { AssessmentForm, FormRowList } from '../form/schema';
import { appliedFor } from '../print/appliedFor';
import type { Profile } from '../profile/schema';
import { formOf } from '../programmes/applicationForm';
import type { Programme } from '../programmes/schema';
import type { SummaryDocument } from '../summary/document';
import type { ItemKind, ReviewInput, ReviewItem } from './types';

/** Everything of the input but the text and the day: what the summary page loads once. */
export type ReviewContext = Omit<ReviewInput, 'summaryText' | 'today'> & {
  /** For each of `items`, the form row it came from. */
  itemRows: { list: FormRowList; index: number }[];
  /** The paper the review names for the form's content (see the review's contract). */
  formName?: 'form' | 'details';
};

const LISTS: readonly [FormRowList, ItemKind][] = [
  ['achievements', 'achievement'],
  ['papers', 'paper'],
  ['patents', 'patent'],
  ['standards', 'standard'],
  ['awards', 'award'],
];

function rowItem(form: AssessmentForm, list: FormRowList, index: number): ReviewItem {
  switch (list) {
    case 'achievements': {
      const row = form.achievements[index]!;
      return { kind: 'achievement', title: row.title, date: row.startDate };
    }
    case 'papers': {
      const row = form.papers[index]!;
      return { kind: 'paper', title: row.title, date: row.publishedOn };
    }
    case 'patents': {
      const row = form.patents[index]!;
      return { kind: 'patent', title: row.title, date: row.grantedOn };
    }
    case 'standards': {
      const row = form.standards[index]!;
      return { kind: 'standard', title: row.title, date: row.publishedOn };
    }
    case 'awards': {
      const row = form.awards[index]!;
      return { kind: 'award', title: row.name, date: row.awardedOn };
    }
  }
}

export interface ApplicationForReview {
  profile: Profile;
  application: Application;
  programme: Programme | null;
  form: AssessmentForm;
}

export function reviewContextOf({ profile, application, programme, form }: ApplicationForReview): ReviewContext {
  const items: ReviewItem[] = [];
  const itemRows: ReviewContext['itemRows'] = [];
  for (const [list] of LISTS) {
    form[list].forEach((_row, index) => {
      const item = rowItem(form, list, index);
      if (item.title.trim() === '') return;
      items.push(item);
      itemRows.push({ list, index });
    });
  }
  const knownTitles = [...new Set(programme?.levels.flatMap((level) => level.titles.map((title) => title.title.zh)) ?? [])];
  return {
    summaryMinimum: programme?.summaryMinChars.value ?? null,
    employerName: profile.person.employerName.trim() === '' ? null : profile.person.employerName,
    // A period without a start stays (its index is the profile's row), and the rules leave it unjudged.
    workPeriods: profile.workPeriods.map((period) => ({ employer: period.employer, start: period.startDate ?? '', end: period.endDate })),
    items,
    itemRows,
    appliedTitle: appliedFor(application, programme, profile).title,
    knownTitles,
    formName: programme !== null && formOf(programme).name !== null ? 'form' : 'details',
  };
}

/** The summary's paragraphs in order, headings and list items included: `paragraph` indexes this list. */
export function summaryParagraphs(document: SummaryDocument): string[] {
  return document.blocks.map((block) => block.text);
}

export function reviewInputOf(context: ReviewContext, paragraphs: readonly string[], today: string): ReviewInput {
  return { ...context, summaryText: paragraphs.join('\n'), today };
}
