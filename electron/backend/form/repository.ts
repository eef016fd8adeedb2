// The assessment form in SQLite: one JSON document per applicant, written whole with a revision (a stale
// save is refused like the profile's), and the official PDF the online system generated.
import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { type AssessmentForm, emptyForm, formSchema } from '../../../shared/form/schema';
import { StaleRevisionError } from '../applicants/repository';

export interface StoredForm {
  form: AssessmentForm;
  /** 0 until the first save. */
  revision: number;
  updatedAt: string | null;
}

export interface OfficialFormInfo {
  fileName: string;
  bytes: number;
  pages: number;
  sha256: string;
  importedAt: string;
}

export class DamagedFormError extends Error {
  constructor(applicantId: string, reason: string) {
    super(`The stored assessment form of ${applicantId} is damaged: ${reason}`);
    this.name = 'DamagedFormError';
  }
}

interface FormRow {
  revision: number;
  document: string;
  updated_at: string;
}

export function createFormRepository(db: Database) {
  const statements = {
    form: db.prepare('SELECT revision, document, updated_at FROM assessment_form WHERE applicant_id = ?'),
    revision: db.prepare('SELECT revision FROM assessment_form WHERE applicant_id = ?').pluck(),
    insert: db.prepare('INSERT INTO assessment_form (applicant_id, revision, document, updated_at) VALUES (?, 1, ?, ?)'),
    update: db.prepare('UPDATE assessment_form SET revision = revision + 1, document = ?, updated_at = ? WHERE applicant_id = ?'),
    official: db.prepare('SELECT file_name, byte_count, pages, sha256, imported_at FROM official_form WHERE applicant_id = ?'),
    officialContent: db.prepare('SELECT content FROM official_form WHERE applicant_id = ?').pluck(),
    putOfficial: db.prepare(`INSERT INTO official_form (applicant_id, file_name, content, byte_count, pages, sha256, imported_at)
      VALUES (@applicantId, @fileName, @content, @bytes, @pages, @sha256, @importedAt)
      ON CONFLICT (applicant_id) DO UPDATE SET file_name = excluded.file_name, content = excluded.content,
        byte_count = excluded.byte_count, pages = excluded.pages, sha256 = excluded.sha256, imported_at = excluded.imported_at`),
    deleteOfficial: db.prepare('DELETE FROM official_form WHERE applicant_id = ?'),
  };

  const save = db.transaction((applicantId: string, form: AssessmentForm, baseRevision: number, now: string) => {
    const current = (statements.revision.get(applicantId) as number | undefined) ?? 0;
    if (current !== baseRevision) throw new StaleRevisionError(current);
    const document = JSON.stringify(form);
    if (current === 0) statements.insert.run(applicantId, document, now);
    else statements.update.run(document, now, applicantId);
    return { revision: current + 1, updatedAt: now };
  });

  return {
    /** The applicant's form; an empty one (revision 0) before the first save. The caller checks the applicant exists. */
    get(applicantId: string): StoredForm {
      const row = statements.form.get(applicantId) as FormRow | undefined;
      if (!row) return { form: emptyForm(), revision: 0, updatedAt: null };
      let stored: unknown;
      try {
        stored = JSON.parse(row.document);
      } catch {
        throw new DamagedFormError(applicantId, 'not JSON');
      }
      const parsed = formSchema.safeParse(stored);
      if (!parsed.success) throw new DamagedFormError(applicantId, parsed.error.message.slice(0, 200));
      return { form: parsed.data, revision: row.revision, updatedAt: row.updated_at };
    },
    /** Throws StaleRevisionError when `baseRevision` is not the stored one (0 before the first save). */
    save(applicantId: string, form: AssessmentForm, baseRevision: number, now: string): { revision: number; updatedAt: string } {
      return save.immediate(applicantId, form, baseRevision, now);
    },
    officialInfo(applicantId: string): OfficialFormInfo | null {
      const row = statements.official.get(applicantId) as
        | { file_name: string; byte_count: number; pages: number; sha256: string; imported_at: string }
        | undefined;
      return row ? { fileName: row.file_name, bytes: row.byte_count, pages: row.pages, sha256: row.sha256, importedAt: row.imported_at } : null;
    },
    officialContent(applicantId: string): Buffer | null {
      return (statements.officialContent.get(applicantId) as Buffer | undefined) ?? null;
    },
    /** Stores (or replaces) the checked official PDF. */
    putOfficial(applicantId: string, fileName: string, content: Buffer, pages: number, now: string): OfficialFormInfo {
      const sha256 = createHash('sha256').update(content).digest('hex');
      statements.putOfficial.run({ applicantId, fileName, content, bytes: content.length, pages, sha256, importedAt: now });
      return { fileName, bytes: content.length, pages, sha256, importedAt: now };
    },
    removeOfficial(applicantId: string): boolean {
      return statements.deleteOfficial.run(applicantId).changes > 0;
    },
  };
}

export type FormRepository = ReturnType<typeof createFormRepository>;
