// Outlines of the work summary, one per level and series (templates/outlines/*.json), imported statically
// like the programmes and validated when first used. An outline quotes the level's criteria from the
// notices word for word, with their source; its section titles, advice and suggested lengths are our own
// suggestions, kept in fields whose names say so. Nothing here throws: getOutline returns a Result.
import associateSeniorAccounting from '../../templates/outlines/associate-senior-accounting.json';
import associateSeniorEconomics from '../../templates/outlines/associate-senior-economics.json';
import associateSeniorEngineering from '../../templates/outlines/associate-senior-engineering.json';
import intermediateEngineering from '../../templates/outlines/intermediate-engineering.json';
import juniorEngineering from '../../templates/outlines/junior-engineering.json';
import { z } from 'zod';
import { describeIssues, toFieldIssues } from '../contract/issues';
import { fail, ok, type Result } from '../contract/result';
import { LEVELS, SERIES, programmeId, type Level, type Series } from '../programmes/schema';
import { localizedText, sourceSchema } from '../programmes/source';
import { DOCUMENT_FORMAT, type SummaryDocument } from './document';

export const OUTLINE_SCHEMA_VERSION = 1;

/** The notice's own words: a seed document, its section, a verbatim quote. */
const quoted = sourceSchema.refine((source) => source.type === 'seed' && source.quote !== null, { message: 'outline.quoteRequired' });

const criterionId = z.string().regex(/^c[0-9]{1,2}$/);
const sectionId = z.string().regex(/^[a-z][a-z0-9-]{0,63}$/);

const criterionSchema = z.object({
  id: criterionId,
  /** The item's number as the notice prints it, e.g. "(1)". */
  label: z.string().min(1).max(10),
  zh: quoted,
  /** The English notice's wording of the same item (a published translation; the Chinese prevails). */
  en: quoted,
});

const sectionSchema = z.object({
  /** Also the id of the section's heading in the summary document. */
  id: sectionId,
  /** Our suggested title. */
  title: localizedText,
  /** Our writing advice: never the notice's wording. */
  advice: localizedText,
  /** The criteria this section gives evidence for (ids of `criteria.items`); empty for pure background. */
  addresses: z.array(criterionId),
  /** Our suggested length in 字; a suggestion, not a rule (the notice sets only the total minimum). */
  suggestedLength: z.number().int().min(50).max(10_000),
});

export const outlineSchema = z
  .object({
    schemaVersion: z.literal(OUTLINE_SCHEMA_VERSION),
    id: z.string().regex(/^[a-z][a-z-]*$/),
    level: z.enum(LEVELS),
    series: z.enum(SERIES),
    name: localizedText,
    /** The programmes whose notices state these criteria; for others the UI should say they come from elsewhere. */
    programmes: z.array(programmeId).min(1),
    /** Says in both languages which parts are quoted and which are advice. */
    disclaimer: localizedText,
    criteria: z.object({
      preamble: z.object({ zh: quoted, en: quoted }),
      items: z.array(criterionSchema).min(1),
    }),
    sections: z.array(sectionSchema).min(1),
  })
  .superRefine((outline, ctx) => {
    const criteria = new Set(outline.criteria.items.map((item) => item.id));
    if (criteria.size !== outline.criteria.items.length) ctx.addIssue({ code: 'custom', message: 'field.duplicateRow', path: ['criteria', 'items'] });
    const sections = new Set(outline.sections.map((section) => section.id));
    if (sections.size !== outline.sections.length) ctx.addIssue({ code: 'custom', message: 'field.duplicateRow', path: ['sections'] });
    const addressed = new Set<string>();
    outline.sections.forEach((section, index) => {
      section.addresses.forEach((id, position) => {
        if (!criteria.has(id)) ctx.addIssue({ code: 'custom', message: 'outline.unknownCriterion', path: ['sections', index, 'addresses', position] });
        addressed.add(id);
      });
    });
    outline.criteria.items.forEach((item, index) => {
      if (!addressed.has(item.id)) ctx.addIssue({ code: 'custom', message: 'outline.criterionNotAddressed', path: ['criteria', 'items', index] });
    });
  });

export type Outline = z.output<typeof outlineSchema>;
export type OutlineSection = Outline['sections'][number];

const FILES: readonly unknown[] = [
  juniorEngineering,
  intermediateEngineering,
  associateSeniorEngineering,
  associateSeniorAccounting,
  associateSeniorEconomics,
];

let parsed: { outlines: Outline[]; problems: string[] } | null = null;

/** Validates an outline file; `label` names it in the error. */
export function parseOutline(input: unknown, label: string): Result<Outline> {
  const result = outlineSchema.safeParse(input);
  if (result.success) return ok(result.data);
  const issues = toFieldIssues(result.error);
  return fail('internal', `outline ${label} is invalid: ${describeIssues(issues)}`, issues);
}

function load() {
  if (!parsed) {
    parsed = { outlines: [], problems: [] };
    FILES.forEach((file, index) => {
      const result = parseOutline(file, `#${index}`);
      if (result.ok) parsed?.outlines.push(result.value);
      else parsed?.problems.push(result.error.message);
    });
  }
  return parsed;
}

/** Every shipped outline that validates. */
export function listOutlines(): Outline[] {
  return load().outlines;
}

/** The outline of a level and series: `not-found` when none is shipped (e.g. a junior accounting title). */
export function getOutline(level: Level, series: Series): Result<Outline> {
  const { outlines, problems } = load();
  const outline = outlines.find((candidate) => candidate.level === level && candidate.series === series);
  if (outline) return ok(outline);
  if (problems.length > 0) return fail('internal', problems.join('; '));
  return fail('not-found', `no outline for ${level} ${series}`);
}

/** The sum of the suggested lengths (a suggestion; the programme's summaryMinChars is the rule). */
export function suggestedTotal(outline: Outline): number {
  return outline.sections.reduce((sum, section) => sum + section.suggestedLength, 0);
}

/**
 * A new summary from an outline: one heading per section, and no text yet. The headings are the outline's
 * Chinese ones whatever the interface language: the summary is handed in to a Chinese committee (issue 10);
 * the English gloss is for the screen, never for the document.
 */
export function documentFromOutline(outline: Outline): SummaryDocument {
  return {
    format: DOCUMENT_FORMAT,
    blocks: outline.sections.map((section) => ({ type: 'heading' as const, id: section.id, text: section.title.zh })),
  };
}
