// Snapshot storage: content-addressed blocks (see migration 003 for why). Writing a snapshot hashes each
// block's canonical JSON, reuses the rows of blocks already stored for this summary, adds the new ones and
// records the ordered list of row ids; reading one is a single join in that order. Callers run these
// inside their own transaction.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { SnapshotEntry, SnapshotKind } from '../../../shared/contract/summaryChannels';
import { countDocument } from '../../../shared/summary/count';
import { type Block, type SummaryDocument, DOCUMENT_FORMAT, canonicalBlock, documentSchema } from '../../../shared/summary/document';

export interface SnapshotRow {
  id: number;
  kind: string;
  name: string | null;
  created_at: string;
  text_saved_at: string;
  revision: number;
  words: number;
  body_words: number;
  blocks: number;
  restored_snapshot_id: number | null;
}

export interface NewSnapshot {
  kind: SnapshotKind;
  name: string | null;
  createdAt: string;
  textSavedAt: string;
  revision: number;
  restoredSnapshotId: number | null;
}

const ENTRY_COLUMNS = `id, kind, name, created_at, text_saved_at, revision, words, body_words,
  json_array_length(block_ids) AS blocks, restored_snapshot_id`;

export function toEntry(row: SnapshotRow): SnapshotEntry {
  return {
    id: row.id,
    kind: row.kind as SnapshotKind, // the table's CHECK allows only the three kinds
    name: row.name,
    createdAt: row.created_at,
    textSavedAt: row.text_saved_at,
    revision: row.revision,
    words: row.words,
    bodyWords: row.body_words,
    blocks: row.blocks,
    restoredSnapshotId: row.restored_snapshot_id,
  };
}

/** A stored document that no longer validates is a bug or a damaged file: reported, never half-used. */
export class DamagedSummaryError extends Error {
  constructor(what: string, detail: string) {
    super(`The stored ${what} could not be read: ${detail}`);
    this.name = 'DamagedSummaryError';
  }
}

export function parseStoredDocument(input: unknown, what: string): SummaryDocument {
  const parsed = documentSchema.safeParse(input);
  if (!parsed.success) throw new DamagedSummaryError(what, parsed.error.issues[0]?.message ?? 'invalid');
  return parsed.data;
}

export function createSnapshotStore(db: Database) {
  const statements = {
    findBlock: db.prepare('SELECT id FROM summary_block WHERE summary_id = ? AND hash = ?').pluck(),
    insertBlock: db.prepare('INSERT INTO summary_block (summary_id, hash, content) VALUES (?, ?, ?)'),
    insertSnapshot: db.prepare(`INSERT INTO summary_snapshot (summary_id, kind, name, created_at, text_saved_at, revision,
      words, body_words, block_ids, restored_snapshot_id) VALUES (@summary_id, @kind, @name, @created_at, @text_saved_at,
      @revision, @words, @body_words, @block_ids, @restored_snapshot_id)`),
    entry: db.prepare(`SELECT ${ENTRY_COLUMNS} FROM summary_snapshot WHERE id = ? AND summary_id = ?`),
    list: db.prepare(`SELECT ${ENTRY_COLUMNS} FROM summary_snapshot WHERE summary_id = ? ORDER BY id DESC`),
    blocks: db
      // CROSS JOIN fixes the order: the snapshot's list first, then one primary-key lookup per block.
      .prepare(`SELECT b.content FROM summary_snapshot AS s CROSS JOIN json_each(s.block_ids) AS j
        CROSS JOIN summary_block AS b ON b.id = j.value AND b.summary_id = s.summary_id
        WHERE s.id = ? ORDER BY j.key`)
      .pluck(),
  };

  function blockId(summaryId: number, block: Block): number {
    const content = canonicalBlock(block);
    const hash = createHash('sha256').update(content).digest().subarray(0, 16);
    const found = statements.findBlock.get(summaryId, hash) as number | undefined;
    if (found !== undefined) return found;
    return Number(statements.insertBlock.run(summaryId, hash, content).lastInsertRowid);
  }

  return {
    write(summaryId: number, blocks: readonly Block[], snapshot: NewSnapshot): SnapshotEntry {
      const ids = blocks.map((block) => blockId(summaryId, block));
      const { all, body } = countDocument(blocks);
      const { lastInsertRowid } = statements.insertSnapshot.run({
        summary_id: summaryId,
        kind: snapshot.kind,
        name: snapshot.name,
        created_at: snapshot.createdAt,
        text_saved_at: snapshot.textSavedAt,
        revision: snapshot.revision,
        words: all.words,
        body_words: body.words,
        block_ids: JSON.stringify(ids),
        restored_snapshot_id: snapshot.restoredSnapshotId,
      });
      return toEntry(statements.entry.get(lastInsertRowid, summaryId) as SnapshotRow);
    },
    entry(summaryId: number, snapshotId: number): SnapshotEntry | null {
      const row = statements.entry.get(snapshotId, summaryId) as SnapshotRow | undefined;
      return row ? toEntry(row) : null;
    },
    list(summaryId: number): SnapshotEntry[] {
      return (statements.list.all(summaryId) as SnapshotRow[]).map(toEntry);
    },
    /** The snapshot's document; the entry must belong to the summary (checked by `entry`). */
    document(entry: SnapshotEntry): SummaryDocument {
      const contents = statements.blocks.all(entry.id) as string[];
      if (contents.length !== entry.blocks) throw new DamagedSummaryError(`snapshot ${entry.id}`, 'a block is missing');
      const document = parseStoredDocument({ format: DOCUMENT_FORMAT, blocks: contents.map((content) => JSON.parse(content) as unknown) }, `snapshot ${entry.id}`);
      // A snapshot keeps blocks only; one with English sources was written from English, and restoring it
      // must show them again.
      return document.blocks.some((block) => block.english !== undefined) ? { ...document, writeFromEnglish: true } : document;
    },
  };
}

export type SnapshotStore = ReturnType<typeof createSnapshotStore>;
