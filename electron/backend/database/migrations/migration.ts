import type { Database } from 'better-sqlite3';

export interface Migration {
  /** The schema version this migration produces; versions are consecutive from 1. */
  version: number;
  description: string;
  up(db: Database): void;
}
