// Brings a database to the latest schema: all pending migrations in ONE transaction, so a failure
// leaves the file exactly as it was. A database from a newer TitlePrep is refused before any write.
import type { Database } from 'better-sqlite3';
import type { Migration } from './migrations/migration';

export class DatabaseNewerError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(`The data file has schema version ${found}; this TitlePrep understands up to ${supported}. It was not modified.`);
    this.name = 'DatabaseNewerError';
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Returns the versions applied (empty when the database was already current). */
export function migrate(db: Database, migrations: readonly Migration[]): number[] {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) throw new Error(`Migration ${index} has version ${migration.version}`);
  });
  const current = schemaVersion(db);
  if (current > migrations.length) throw new DatabaseNewerError(current, migrations.length);
  const pending = migrations.slice(current);
  if (pending.length === 0) return [];
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      // user_version is part of the database header, so it commits or rolls back with the transaction.
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
  return pending.map((migration) => migration.version);
}
