// Attachment rows and per-programme limits in SQLite. A row is metadata only (the file is in the data
// folder under its hash); deleting one only marks it, until the purge at a later start.
import type { Database } from 'better-sqlite3';
import { type AttachmentLimits, attachmentLimitsSchema } from '../../../shared/materials/limits';
import type { AttachmentMime } from '../../../shared/materials/attachmentTypes';

export interface AttachmentRow {
  id: string;
  applicantId: string;
  materialItemId: string | null;
  sha256: string;
  originalName: string;
  mime: AttachmentMime;
  bytes: number;
  pages: number | null;
  addedAt: string;
  deletedAt: string | null;
}

interface SqlRow {
  id: string;
  applicant_id: string;
  material_item_id: string | null;
  sha256: string;
  original_name: string;
  mime: AttachmentMime;
  bytes: number;
  pages: number | null;
  added_at: string;
  deleted_at: string | null;
}

const fromSql = (row: SqlRow): AttachmentRow => ({
  id: row.id,
  applicantId: row.applicant_id,
  materialItemId: row.material_item_id,
  sha256: row.sha256,
  originalName: row.original_name,
  mime: row.mime,
  bytes: row.bytes,
  pages: row.pages,
  addedAt: row.added_at,
  deletedAt: row.deleted_at,
});

export function createAttachmentRepository(db: Database) {
  const statements = {
    list: db.prepare('SELECT * FROM attachment WHERE applicant_id = ? AND deleted_at IS NULL ORDER BY added_at, id'),
    get: db.prepare('SELECT * FROM attachment WHERE id = ?'),
    insert: db.prepare(`INSERT INTO attachment (id, applicant_id, material_item_id, sha256, original_name, mime, bytes, pages, added_at)
      VALUES (@id, @applicantId, @materialItemId, @sha256, @originalName, @mime, @bytes, @pages, @addedAt)`),
    duplicate: db.prepare(`SELECT * FROM attachment WHERE applicant_id = ? AND material_item_id IS ? AND sha256 = ?
      AND deleted_at IS NULL ORDER BY added_at LIMIT 1`),
    softDelete: db.prepare('UPDATE attachment SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL'),
    restore: db.prepare('UPDATE attachment SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL'),
    assign: db.prepare('UPDATE attachment SET material_item_id = ? WHERE id = ? AND deleted_at IS NULL'),
    deletedBefore: db.prepare('SELECT id, sha256 FROM attachment WHERE deleted_at IS NOT NULL AND deleted_at < ?'),
    purge: db.prepare('DELETE FROM attachment WHERE id = ?'),
    referenced: db.prepare('SELECT 1 FROM attachment WHERE sha256 = ? LIMIT 1'),
    limits: db.prepare('SELECT max_bytes, types FROM attachment_limits WHERE programme_id = ?'),
    saveLimits: db.prepare(`INSERT INTO attachment_limits (programme_id, max_bytes, types, updated_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (programme_id) DO UPDATE SET max_bytes = excluded.max_bytes, types = excluded.types, updated_at = excluded.updated_at`),
    clearLimits: db.prepare('DELETE FROM attachment_limits WHERE programme_id = ?'),
  };

  const insertReplacing = db.transaction((row: Omit<AttachmentRow, 'deletedAt'>, replaces: string | null, now: string) => {
    statements.insert.run(row);
    if (replaces !== null) statements.softDelete.run(now, replaces);
  });

  const purgeRows = db.transaction((rows: { id: string; sha256: string }[]) => {
    for (const row of rows) statements.purge.run(row.id);
  });

  return {
    /** The applicant's attachments that are not deleted, oldest first. */
    list(applicantId: string): AttachmentRow[] {
      return (statements.list.all(applicantId) as SqlRow[]).map(fromSql);
    },
    /** Deleted or not. */
    get(id: string): AttachmentRow | null {
      const row = statements.get.get(id) as SqlRow | undefined;
      return row ? fromSql(row) : null;
    },
    insert(row: Omit<AttachmentRow, 'deletedAt'>): void {
      statements.insert.run(row);
    },
    /** Inserts a row and, in the same transaction, moves the attachment it replaces (if any) to the bin. */
    insertReplacing(row: Omit<AttachmentRow, 'deletedAt'>, replaces: string | null, now: string): void {
      insertReplacing.immediate(row, replaces, now);
    },
    /** The same content already attached to the same item (or to none), not deleted. */
    findDuplicate(applicantId: string, materialItemId: string | null, sha256: string): AttachmentRow | null {
      const row = statements.duplicate.get(applicantId, materialItemId, sha256) as SqlRow | undefined;
      return row ? fromSql(row) : null;
    },
    softDelete(id: string, now: string): boolean {
      return statements.softDelete.run(now, id).changes > 0;
    },
    restore(id: string): boolean {
      return statements.restore.run(id).changes > 0;
    },
    assign(id: string, materialItemId: string | null): boolean {
      return statements.assign.run(materialItemId, id).changes > 0;
    },
    /** Deletes the rows deleted before `cutoff` for good; returns how many and the hashes they named. */
    purgeDeletedBefore(cutoff: string): { rows: number; hashes: string[] } {
      const rows = statements.deletedBefore.all(cutoff) as { id: string; sha256: string }[];
      purgeRows.immediate(rows);
      return { rows: rows.length, hashes: [...new Set(rows.map((row) => row.sha256))] };
    },
    /** Whether any row, deleted or not, names this content: then its file must stay. */
    isReferenced(sha256: string): boolean {
      return statements.referenced.get(sha256) !== undefined;
    },
    /** The user's limits for a programme; null when none are set (or the stored ones no longer validate). */
    limits(programmeId: string): AttachmentLimits | null {
      const row = statements.limits.get(programmeId) as { max_bytes: number; types: string } | undefined;
      if (!row) return null;
      const parsed = attachmentLimitsSchema.safeParse({ maxBytes: row.max_bytes, types: JSON.parse(row.types) });
      return parsed.success ? parsed.data : null;
    },
    saveLimits(programmeId: string, limits: AttachmentLimits | null, now: string): void {
      if (limits === null) statements.clearLimits.run(programmeId);
      else statements.saveLimits.run(programmeId, limits.maxBytes, JSON.stringify(limits.types), now);
    },
  };
}

export type AttachmentRepository = ReturnType<typeof createAttachmentRepository>;
