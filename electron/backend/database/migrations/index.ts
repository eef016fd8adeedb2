// Every migration, in order. A new schema version is a new file here, with its own test.
import { migration001 } from './001-applicants';
import type { Migration } from './migration';

export const MIGRATIONS: readonly Migration[] = [migration001];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
