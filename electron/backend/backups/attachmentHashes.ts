// The scans the backups still refer to. Backups hold the database only; the scan files stay in the data
// folder under their hashes. Restoring a backup must find its scans, so a file is only removed when no row
// names it, neither in the data nor in any backup kept.
import DatabaseConstructor from 'better-sqlite3';

/** Every attachment hash named in the given backup files; a backup that cannot be read counts as naming none. */
export function hashesInBackups(files: readonly string[]): Set<string> {
  const hashes = new Set<string>();
  for (const file of files) {
    let db: DatabaseConstructor.Database | null = null;
    try {
      db = new DatabaseConstructor(file, { readonly: true, fileMustExist: true });
      const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'attachment'").get() !== undefined;
      if (!hasTable) continue; // older than the attachments (schema 7)
      for (const sha256 of db.prepare('SELECT DISTINCT sha256 FROM attachment').pluck().all() as string[]) hashes.add(sha256);
    } catch {
      // A damaged backup cannot be restored either (restore checks it first).
    } finally {
      db?.close();
    }
  }
  return hashes;
}
