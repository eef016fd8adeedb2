// The paper-materials checklists in SQLite: one per applicant and programme, seeded from the programme's
// defaults once (a default the user removed stays removed), saved whole with a revision like the profile.
// Items are updated in place by id, so an item that stays keeps its attachments.
import type { Database } from 'better-sqlite3';
import { type MaterialItem, materialItemSchema } from '../../../shared/materials/checklist';
import { StaleRevisionError } from '../applicants/repository';

export interface StoredChecklist {
  revision: number;
  updatedAt: string;
  items: MaterialItem[];
}

/** Why a save was refused although its revision was current; `index` is the item's place in the request. */
export type ChecklistRefusal = { reason: 'foreignId' | 'defaultChanged'; index: number };

interface ItemRow {
  id: string;
  applicant_id: string;
  programme_id: string;
  label: string;
  from_default: string | null;
  copies: number;
  original_or_copy: string | null;
  signed: number;
  sealed: number;
  done: number;
  note: string;
}

function fromRow(row: ItemRow): MaterialItem | null {
  const parsed = materialItemSchema.safeParse({
    id: row.id,
    fromDefault: row.from_default,
    label: row.label,
    copies: row.copies,
    originalOrCopy: row.original_or_copy,
    signed: row.signed === 1,
    sealed: row.sealed === 1,
    done: row.done === 1,
    note: row.note,
  });
  return parsed.success ? parsed.data : null;
}

export function createMaterialsRepository(db: Database) {
  const statements = {
    checklist: db.prepare('SELECT revision, updated_at FROM material_checklist WHERE applicant_id = ? AND programme_id = ?'),
    insertChecklist: db.prepare(`INSERT INTO material_checklist (applicant_id, programme_id, revision, seeded_at, updated_at)
      VALUES (?, ?, 1, ?, ?) ON CONFLICT DO NOTHING`),
    bump: db.prepare('UPDATE material_checklist SET revision = revision + 1, updated_at = ? WHERE applicant_id = ? AND programme_id = ?'),
    items: db.prepare('SELECT * FROM material_item WHERE applicant_id = ? AND programme_id = ? ORDER BY position, id'),
    item: db.prepare('SELECT * FROM material_item WHERE id = ?'),
    insertItem: db.prepare(`INSERT INTO material_item (id, applicant_id, programme_id, position, label, from_default, copies,
      original_or_copy, signed, sealed, done, note) VALUES (@id, @applicant_id, @programme_id, @position, @label, @from_default,
      @copies, @original_or_copy, @signed, @sealed, @done, @note)`),
    updateItem: db.prepare(`UPDATE material_item SET position = @position, label = @label, copies = @copies,
      original_or_copy = @original_or_copy, signed = @signed, sealed = @sealed, done = @done, note = @note WHERE id = @id`),
    deleteItem: db.prepare('DELETE FROM material_item WHERE id = ?'),
  };

  const columns = (applicantId: string, programmeId: string, item: MaterialItem, position: number) => ({
    id: item.id,
    applicant_id: applicantId,
    programme_id: programmeId,
    position,
    label: item.fromDefault === null ? item.label : '',
    from_default: item.fromDefault,
    copies: item.copies,
    original_or_copy: item.originalOrCopy,
    signed: item.signed ? 1 : 0,
    sealed: item.sealed ? 1 : 0,
    done: item.done ? 1 : 0,
    note: item.note,
  });

  function read(applicantId: string, programmeId: string): StoredChecklist | null {
    const head = statements.checklist.get(applicantId, programmeId) as { revision: number; updated_at: string } | undefined;
    if (!head) return null;
    // A row that no longer validates (edited outside the app) is left out rather than shown half-way.
    const items = (statements.items.all(applicantId, programmeId) as ItemRow[]).flatMap((row) => fromRow(row) ?? []);
    return { revision: head.revision, updatedAt: head.updated_at, items };
  }

  const seed = db.transaction((applicantId: string, programmeId: string, items: MaterialItem[], now: string) => {
    // Only the first reader seeds: a second call (or a second window) finds the checklist and adds nothing.
    if (statements.insertChecklist.run(applicantId, programmeId, now, now).changes === 0) return;
    items.forEach((item, position) => statements.insertItem.run(columns(applicantId, programmeId, item, position)));
  });

  const save = db.transaction(
    (applicantId: string, programmeId: string, baseRevision: number, items: MaterialItem[], now: string): StoredChecklist | ChecklistRefusal => {
      const head = statements.checklist.get(applicantId, programmeId) as { revision: number } | undefined;
      const current = head?.revision ?? 0;
      if (current !== baseRevision) throw new StaleRevisionError(current);
      const existing = new Map((statements.items.all(applicantId, programmeId) as ItemRow[]).map((row) => [row.id, row]));
      for (const [index, item] of items.entries()) {
        const mine = existing.get(item.id);
        if (mine) {
          if (mine.from_default !== item.fromDefault) return { reason: 'defaultChanged', index };
        } else if (statements.item.get(item.id) !== undefined) {
          return { reason: 'foreignId', index };
        }
      }
      // Removed items go first, so a default removed and added back in one save does not meet itself.
      const kept = new Set(items.map((item) => item.id));
      for (const id of existing.keys()) if (!kept.has(id)) statements.deleteItem.run(id);
      items.forEach((item, position) => {
        const row = columns(applicantId, programmeId, item, position);
        if (existing.has(item.id)) statements.updateItem.run(row);
        else statements.insertItem.run(row);
      });
      if (head) statements.bump.run(now, applicantId, programmeId);
      else statements.insertChecklist.run(applicantId, programmeId, now, now);
      return { revision: current + 1, updatedAt: now, items };
    },
  );

  return {
    checklist: read,
    /** Creates the checklist with `items` unless it exists; returns it either way. */
    seedOnce(applicantId: string, programmeId: string, items: MaterialItem[], now: string): StoredChecklist {
      seed.immediate(applicantId, programmeId, items, now);
      return read(applicantId, programmeId) as StoredChecklist;
    },
    /** Throws StaleRevisionError when `baseRevision` is not current. */
    save(applicantId: string, programmeId: string, baseRevision: number, items: MaterialItem[], now: string): StoredChecklist | ChecklistRefusal {
      return save.immediate(applicantId, programmeId, baseRevision, items, now);
    },
    /** Whose checklist an item is on; null for an unknown item. */
    itemOwner(itemId: string): { applicantId: string; programmeId: string } | null {
      const row = statements.item.get(itemId) as ItemRow | undefined;
      return row ? { applicantId: row.applicant_id, programmeId: row.programme_id } : null;
    },
  };
}

export type MaterialsRepository = ReturnType<typeof createMaterialsRepository>;
