// The rules that read the summary against the rest of the application: items of the form the text never
// mentions, dates after today, a period contradicting the work history, a title other than the one applied
// for, the employer named otherwise than on its seal. Each judges only what it can without guessing: a name
// it does not find exactly (in normal form) is not judged at all.
import type { ParagraphFacts, PeriodMention } from './paragraphFacts';
import { type PartialDate, comparePartial, normalizeForMatch, partialFromIso } from './text';
import { type ReviewFinding, type ReviewInput, type ReviewRule, SEVERITY } from './types';

export type Facts = readonly ParagraphFacts[];

const finding = (rule: ReviewRule, key: string, rest: Omit<ReviewFinding, 'rule' | 'severity' | 'key'>): ReviewFinding => ({
  rule,
  severity: SEVERITY[rule],
  key: `${rule}:${key}`,
  ...rest,
});

/** A qualifier a form adds after a title: （第一作者）, (accepted), 【已受理】. */
const TRAILING_QUALIFIER = /\s*[（(【[][^（()）【】[\]]*[）)】\]]\s*$/u;
/** What must remain of a title without its qualifier for it still to name the item. */
const MIN_BARE_TITLE = 4;

/** The title in normal form, and without a trailing qualifier when enough remains. */
function titleForms(title: string): string[] {
  const forms = [normalizeForMatch(title)];
  const bare = normalizeForMatch(title.replace(TRAILING_QUALIFIER, ''));
  if (bare !== forms[0] && [...bare].length >= MIN_BARE_TITLE) forms.push(bare);
  return forms;
}

/**
 * Items whose title (in normal form, or without a trailing qualifier) no paragraph contains. Titles too
 * short to mean anything are skipped.
 */
export function itemsNotMentioned(facts: Facts, items: ReviewInput['items']): ReviewFinding[] {
  const findings: ReviewFinding[] = [];
  items.forEach((item, index) => {
    const forms = titleForms(item.title);
    const title = forms[0]!;
    if ([...title].length < 2) return;
    if (forms.some((form) => facts.some((paragraph) => paragraph.normalized.includes(form)))) return;
    findings.push(
      finding('item-not-mentioned', `${item.kind}:${title}`, { params: { title: item.title.trim(), kind: item.kind }, target: { page: 'form', kind: item.kind, itemIndex: index }, item: index }),
    );
  });
  return findings;
}

export function futureDates(facts: Facts, today: PartialDate): ReviewFinding[] {
  const findings: ReviewFinding[] = [];
  facts.forEach((paragraph, index) => {
    for (const mention of paragraph.dates) {
      if (comparePartial(mention.date, today) <= 0) continue;
      findings.push(finding('future-date', mention.text, { paragraph: index, text: mention.text, params: { date: mention.text }, target: { page: 'summary', paragraph: index } }));
    }
  });
  return findings;
}

export function itemFutureDates(items: ReviewInput['items'], today: PartialDate): ReviewFinding[] {
  const findings: ReviewFinding[] = [];
  items.forEach((item, index) => {
    const date = item.date ? partialFromIso(item.date) : null;
    if (!date || comparePartial(date, today) <= 0) return;
    findings.push(
      finding('item-future-date', `${item.kind}:${normalizeForMatch(item.title)}:${item.date}`, {
        params: { title: item.title.trim(), date: item.date ?? '', kind: item.kind },
        target: { page: 'form', kind: item.kind, itemIndex: index },
        item: index,
      }),
    );
  });
  return findings;
}

interface KnownPeriod {
  start: PartialDate;
  end: PartialDate;
  ongoing: boolean;
}

/** The work history by employer (normal form); periods without a readable start are left out. */
function historyByEmployer(input: ReviewInput, today: PartialDate): Map<string, KnownPeriod[]> {
  const byEmployer = new Map<string, KnownPeriod[]>();
  for (const period of input.workPeriods) {
    const name = normalizeForMatch(period.employer);
    const start = partialFromIso(period.start);
    const end = period.end === null ? today : partialFromIso(period.end);
    if ([...name].length < 2 || !start || !end) continue;
    const list = byEmployer.get(name) ?? [];
    list.push({ start, end, ongoing: period.end === null });
    byEmployer.set(name, list);
  }
  return byEmployer;
}

function covered(mention: PeriodMention, periods: readonly KnownPeriod[]): boolean {
  return periods.some((period) => {
    if (comparePartial(mention.from, period.start) < 0) return false;
    if (mention.to === 'now') return period.ongoing;
    return comparePartial(mention.to, period.end) <= 0;
  });
}

/**
 * A period in a sentence that names exactly one employer of the work history must lie within a period of
 * that employer (至今 within one that is still going on), as precisely as both give their dates.
 */
export function periodsContradictingHistory(facts: Facts, input: ReviewInput, today: PartialDate): ReviewFinding[] {
  const history = historyByEmployer(input, today);
  if (history.size === 0) return [];
  const findings: ReviewFinding[] = [];
  facts.forEach((paragraph, index) => {
    for (const mention of paragraph.periods) {
      const named = [...history.keys()].filter((name) => mention.sentence.includes(name));
      // A longer name containing a shorter one (集团 and 集团上海分公司) is the one meant.
      const employers = named.filter((name) => !named.some((other) => other !== name && other.includes(name)));
      if (employers.length !== 1) continue;
      const employer = employers[0]!;
      if (covered(mention, history.get(employer)!)) continue;
      const workPeriod = input.workPeriods.findIndex((period) => normalizeForMatch(period.employer) === employer);
      findings.push(
        finding('period-contradicts-history', `${employer}:${normalizeForMatch(mention.text)}`, {
          paragraph: index,
          text: mention.text,
          params: { period: mention.text, employer: input.workPeriods[workPeriod]?.employer.trim() ?? '' },
          target: { page: 'summary', paragraph: index },
        }),
      );
    }
  });
  return findings;
}

/** The known title named first in a phrase, the longest where several start there (高级工程师 over 工程师). */
function titleIn(phrase: string, titles: readonly string[]): string | null {
  let best: { title: string; at: number } | null = null;
  for (const title of titles) {
    const at = phrase.indexOf(title);
    if (at < 0) continue;
    if (!best || at < best.at || (at === best.at && title.length > best.title.length)) best = { title, at };
  }
  return best?.title ?? null;
}

export function titlesDiffering(facts: Facts, input: ReviewInput): ReviewFinding[] {
  const applied = input.appliedTitle ?? null;
  const titles = (input.knownTitles ?? []).filter((title) => title.trim() !== '');
  if (applied === null || applied === '' || titles.length === 0) return [];
  const findings: ReviewFinding[] = [];
  facts.forEach((paragraph, index) => {
    const seen = new Set<string>();
    for (const phrase of paragraph.titlePhrases) {
      const title = titleIn(phrase, titles);
      if (title === null || title === applied || seen.has(title)) continue;
      seen.add(title);
      findings.push(finding('title-differs', title, { paragraph: index, text: title, params: { named: title, applied }, target: { page: 'summary', paragraph: index } }));
    }
  });
  return findings;
}

/**
 * The employer's name as on its seal (the profile) against the employer of the work history's current
 * period: the form prints both, and an assessor compares them with the seal.
 */
export function employerNameDiffering(input: ReviewInput): ReviewFinding[] {
  const sealName = input.employerName?.trim() ?? '';
  if (sealName === '') return [];
  const current = input.workPeriods
    .map((period, index) => ({ period, index }))
    .filter(({ period }) => period.end === null && period.employer.trim() !== '');
  return current
    .filter(({ period }) => normalizeForMatch(period.employer) !== normalizeForMatch(sealName))
    .map(({ period, index }) =>
      finding('employer-name-differs', normalizeForMatch(period.employer), {
        params: { employer: period.employer.trim(), sealName },
        target: { page: 'profile', path: ['workPeriods', index, 'employer'] },
      }),
    );
}
