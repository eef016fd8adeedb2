// The applicant here and the one in a hand-over package, part by part (shared/contract/handoverComparison.ts):
// the same queries run on the data file and on the package's scratch database (already upgraded to this
// schema), so the two sides are measured alike.
import type { Database } from 'better-sqlite3';
import { HANDOVER_PARTS, type HandoverPart, PART_COUNTS, type PartComparison, type PartCount, type PartSide, newerSide } from '../../../shared/contract/handoverComparison';
import { countDocument } from '../../../shared/summary/count';
import { documentSchema } from '../../../shared/summary/document';

const FORM_ROW_LISTS = ['achievements', 'papers', 'patents', 'standards', 'awards'] as const;

type Facts = { lastChange: string | null; counts: Record<string, number> };

/** The latest of several timestamps (ISO strings sort in time order); null when there is none. */
function latest(...values: (string | null | undefined)[]): string | null {
  return values.reduce<string | null>((best, value) => (value && (best === null || value > best) ? value : best), null);
}

function partFacts(db: Database, applicantId: string): Record<HandoverPart, Facts> {
  const one = <T>(sql: string): T => db.prepare(sql).get(applicantId) as T;
  const number = (sql: string) => (db.prepare(sql).pluck().get(applicantId) as number | null) ?? 0;
  const text = (sql: string) => (db.prepare(sql).pluck().get(applicantId) as string | null | undefined) ?? null;

  // The summary of the round worked on last: its paragraphs (headings excluded) and its 字数.
  const summary = one<{ document: string; updated_at: string } | undefined>('SELECT document, updated_at FROM summary WHERE applicant_id = ? ORDER BY updated_at DESC LIMIT 1');
  const parsedSummary = summary ? documentSchema.safeParse(JSON.parse(summary.document)) : null;
  const blocks = parsedSummary?.success ? parsedSummary.data.blocks : [];

  const form = one<{ document: string; updated_at: string } | undefined>('SELECT document, updated_at FROM assessment_form WHERE applicant_id = ?');
  const formDocument = form ? (JSON.parse(form.document) as Record<string, unknown>) : {};
  const formRows = FORM_ROW_LISTS.reduce((sum, key) => sum + (Array.isArray(formDocument[key]) ? (formDocument[key] as unknown[]).length : 0), 0);

  return {
    profile: {
      lastChange: text('SELECT updated_at FROM applicant WHERE id = ?'),
      counts: {
        education: number('SELECT count(*) FROM education WHERE applicant_id = ?'),
        workPeriods: number('SELECT count(*) FROM work_period WHERE applicant_id = ?'),
        certificates: number('SELECT count(*) FROM certificate WHERE applicant_id = ?'),
      },
    },
    summary: {
      lastChange: summary?.updated_at ?? null,
      counts: { paragraphs: blocks.filter((block) => block.type !== 'heading').length, words: countDocument(blocks).all.words },
    },
    form: { lastChange: form?.updated_at ?? null, counts: { rows: formRows } },
    tracker: {
      lastChange: latest(
        text('SELECT max(updated_at) FROM tracker_step WHERE applicant_id = ?'),
        text('SELECT max(updated_at) FROM tracker_case WHERE applicant_id = ?'),
        text('SELECT max(at) FROM tracker_event WHERE applicant_id = ?'),
      ),
      counts: {
        stepsDone: number("SELECT count(*) FROM tracker_step WHERE applicant_id = ? AND status = 'done'"),
        events: number('SELECT count(*) FROM tracker_event WHERE applicant_id = ?'),
      },
    },
    materials: {
      lastChange: text('SELECT max(updated_at) FROM material_checklist WHERE applicant_id = ?'),
      counts: {
        items: number('SELECT count(*) FROM material_item WHERE applicant_id = ?'),
        itemsDone: number('SELECT count(*) FROM material_item WHERE applicant_id = ? AND done = 1'),
      },
    },
    scans: {
      lastChange: latest(text('SELECT max(added_at) FROM attachment WHERE applicant_id = ?'), text('SELECT max(deleted_at) FROM attachment WHERE applicant_id = ?')),
      counts: { scans: number('SELECT count(*) FROM attachment WHERE applicant_id = ? AND deleted_at IS NULL') },
    },
  };
}

function side(part: HandoverPart, facts: Facts): PartSide {
  const keys: readonly PartCount[] = PART_COUNTS[part];
  return { lastChange: facts.lastChange, counts: keys.map((key) => ({ key, value: facts.counts[key] ?? 0 })) };
}

/** Part by part, the applicant `applicantId` here (`live`) against the package's (`scratch`). */
export function compareApplicant(live: Database, scratch: Database, applicantId: string): PartComparison[] {
  const here = partFacts(live, applicantId);
  const pkg = partFacts(scratch, applicantId);
  return HANDOVER_PARTS.map((part) => {
    const a = side(part, here[part]);
    const b = side(part, pkg[part]);
    return { part, here: a, package: b, newer: newerSide(a.lastChange, b.lastChange), countsDiffer: a.counts.some((count, index) => count.value !== b.counts[index]?.value) };
  });
}
