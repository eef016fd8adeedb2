// Work summaries in SQLite: the current document of each applicant and programme, written whole in one
// transaction, and its snapshots. Each write checks the revision the client started from; a stale one is
// reported (never thrown), and nothing is written. The daily automatic snapshot is decided inside the save's
// transaction, so a save and its snapshot commit together or not at all.
import type { Database } from 'better-sqlite3';
import type { SnapshotEntry } from '../../../shared/contract/summaryChannels';
import { shanghaiDate } from '../../../shared/summary/day';
import { type SummaryDocument, emptyDocument } from '../../../shared/summary/document';
import { DamagedSummaryError, createSnapshotStore, parseStoredDocument } from './snapshots';

interface SummaryRow {
  id: number;
  revision: number;
  updated_at: string;
  auto_snapshot_day: string | null;
}

export type SaveOutcome =
  | { kind: 'saved'; revision: number; savedAt: string; snapshotTaken: boolean }
  | { kind: 'conflict'; current: number };

export type RestoreOutcome =
  | { kind: 'restored'; revision: number; savedAt: string; document: SummaryDocument; safetySnapshot: SnapshotEntry }
  | { kind: 'conflict'; current: number }
  | { kind: 'not-found'; what: 'summary' | 'snapshot' };

function dayOf(now: string): string {
  const day = shanghaiDate(now);
  if (day === null) throw new Error(`The clock gave an invalid time: ${now}`);
  return day;
}

export function createSummaryRepository(db: Database) {
  const snapshots = createSnapshotStore(db);
  const statements = {
    row: db.prepare('SELECT id, revision, updated_at, auto_snapshot_day FROM summary WHERE applicant_id = ? AND programme_id = ?'),
    document: db.prepare('SELECT document FROM summary WHERE id = ?').pluck(),
    insert: db.prepare(`INSERT INTO summary (applicant_id, programme_id, revision, document, updated_at, auto_snapshot_day)
      VALUES (?, ?, 1, ?, ?, ?)`),
    update: db.prepare('UPDATE summary SET document = ?, revision = revision + 1, updated_at = ?, auto_snapshot_day = ? WHERE id = ?'),
  };

  const find = (applicantId: string, programmeId: string) =>
    statements.row.get(applicantId, programmeId) as SummaryRow | undefined;

  function storedDocument(row: SummaryRow): SummaryDocument {
    return parseStoredDocument(JSON.parse(statements.document.get(row.id) as string), `summary ${row.id}`);
  }

  /** The stored blocks for a snapshot, unvalidated: this code wrote them after validating them, and
   * validating 60 KB again would double a daily save's time. Reading a snapshot back validates it. */
  function storedBlocks(row: SummaryRow): SummaryDocument['blocks'] {
    const stored = JSON.parse(statements.document.get(row.id) as string) as Partial<SummaryDocument>;
    if (!Array.isArray(stored.blocks)) throw new DamagedSummaryError(`summary ${row.id}`, 'no blocks');
    return stored.blocks;
  }

  const save = db.transaction((applicantId: string, programmeId: string, document: SummaryDocument, baseRevision: number, now: string): SaveOutcome => {
    const today = dayOf(now);
    const row = find(applicantId, programmeId);
    if (!row) {
      if (baseRevision !== 0) return { kind: 'conflict', current: 0 };
      // The first save: there is no earlier text to keep, and today's decision is made.
      statements.insert.run(applicantId, programmeId, JSON.stringify(document), now, today);
      return { kind: 'saved', revision: 1, savedAt: now, snapshotTaken: false };
    }
    if (row.revision !== baseRevision) return { kind: 'conflict', current: row.revision };
    let snapshotTaken = false;
    if (row.auto_snapshot_day !== today) {
      // The first save of the day keeps the text it replaces: what the summary was when the day began.
      const previous = storedBlocks(row);
      if (previous.length > 0) {
        snapshots.write(row.id, previous, {
          kind: 'auto',
          name: null,
          createdAt: now,
          textSavedAt: row.updated_at,
          revision: row.revision,
          restoredSnapshotId: null,
        });
        snapshotTaken = true;
      }
    }
    statements.update.run(JSON.stringify(document), now, today, row.id);
    return { kind: 'saved', revision: row.revision + 1, savedAt: now, snapshotTaken };
  });

  const restore = db.transaction((applicantId: string, programmeId: string, snapshotId: number, baseRevision: number, now: string): RestoreOutcome => {
    const row = find(applicantId, programmeId);
    if (!row) return { kind: 'not-found', what: 'summary' };
    if (row.revision !== baseRevision) return { kind: 'conflict', current: row.revision };
    const target = snapshots.entry(row.id, snapshotId);
    if (!target) return { kind: 'not-found', what: 'snapshot' };
    const document = snapshots.document(target);
    const safetySnapshot = snapshots.write(row.id, storedBlocks(row), {
      kind: 'before-restore',
      name: null,
      createdAt: now,
      textSavedAt: row.updated_at,
      revision: row.revision,
      restoredSnapshotId: target.id,
    });
    // The restored text is already in a snapshot, so today's automatic one would add nothing.
    statements.update.run(JSON.stringify(document), now, dayOf(now), row.id);
    return { kind: 'restored', revision: row.revision + 1, savedAt: now, document, safetySnapshot };
  });

  const createNamed = db.transaction((applicantId: string, programmeId: string, name: string, now: string): SnapshotEntry | null => {
    const row = find(applicantId, programmeId);
    if (!row) return null;
    return snapshots.write(row.id, storedBlocks(row), {
      kind: 'named',
      name,
      createdAt: now,
      textSavedAt: row.updated_at,
      revision: row.revision,
      restoredSnapshotId: null,
    });
  });

  return {
    /** The saved summary, or an empty document at revision 0 when nothing is saved yet. */
    get(applicantId: string, programmeId: string): { document: SummaryDocument; revision: number; updatedAt: string | null } {
      const row = find(applicantId, programmeId);
      if (!row) return { document: emptyDocument(), revision: 0, updatedAt: null };
      return { document: storedDocument(row), revision: row.revision, updatedAt: row.updated_at };
    },
    save(applicantId: string, programmeId: string, document: SummaryDocument, baseRevision: number, now: string): SaveOutcome {
      return save.immediate(applicantId, programmeId, document, baseRevision, now);
    },
    /** Newest first; empty when nothing is saved yet. */
    listSnapshots(applicantId: string, programmeId: string): SnapshotEntry[] {
      const row = find(applicantId, programmeId);
      return row ? snapshots.list(row.id) : [];
    },
    /** Null when nothing is saved yet (there is no text to keep). */
    createSnapshot(applicantId: string, programmeId: string, name: string, now: string): SnapshotEntry | null {
      return createNamed.immediate(applicantId, programmeId, name, now);
    },
    getSnapshot(applicantId: string, programmeId: string, snapshotId: number): { entry: SnapshotEntry; document: SummaryDocument } | null {
      const row = find(applicantId, programmeId);
      const entry = row ? snapshots.entry(row.id, snapshotId) : null;
      return entry ? { entry, document: snapshots.document(entry) } : null;
    },
    restore(applicantId: string, programmeId: string, snapshotId: number, baseRevision: number, now: string): RestoreOutcome {
      return restore.immediate(applicantId, programmeId, snapshotId, baseRevision, now);
    },
  };
}

export type SummaryRepository = ReturnType<typeof createSummaryRepository>;
