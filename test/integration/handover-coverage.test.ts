// The hand-over package must carry ALL of an applicant's data, including tables added by later migrations.
// These tests read the schema itself: a new table is either found to hold applicant data (and travels),
// or is listed as excluded or referenced with its reason, or this file fails and says which table. They
// also check the seeded applicant fills every travelling table, so the round-trip test exercises each one.
import DatabaseConstructor, { type Database } from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../electron/backend/database/migrate';
import { MIGRATIONS } from '../../electron/backend/database/migrations';
import {
  EMBEDDED_REFERENCES,
  EXCLUDED_TABLES,
  FILE_COLUMNS,
  NOT_ROW_REFERENCES,
  PROGRAMME_COLUMN,
  PROGRAMME_LISTS,
  REFERENCED_TABLES,
  planOf,
  tableNames,
} from '../../electron/backend/handover/tablePlan';
import type { ReplyOf } from '../../shared/contract/channels';
import { value } from '../support/result';
import { makeTempDir } from '../support/tempDir';
import { Clock, exportPackage, inspectArchive, openAt, seedApplicant } from './handover-support';

let db: Database;

beforeAll(() => {
  db = new DatabaseConstructor(':memory:');
  migrate(db, MIGRATIONS);
});
afterAll(() => db.close());

describe('every table of the current schema is accounted for', () => {
  it('travels, or is excluded or referenced with a reason', () => {
    const plan = planOf(db);
    expect(plan.unclassified, 'tables nobody classified: add them to EXCLUDED_TABLES or REFERENCED_TABLES in handover/tablePlan.ts, or give them an applicant_id').toEqual([]);
    const travelling = plan.tables.filter((table) => table.role !== 'referenced').map((table) => table.name);
    expect(travelling).toEqual(expect.arrayContaining(['applicant', 'education', 'work_period', 'certificate', 'certificate_renewal', 'application', 'summary', 'summary_block', 'summary_snapshot', 'assessment_form', 'official_form']));
    for (const reason of [...Object.values(EXCLUDED_TABLES), ...Object.values(REFERENCED_TABLES)]) expect(reason.length).toBeGreaterThan(20);
  });

  it('names no table or column that does not exist (no stale entry in the lists)', () => {
    const names = tableNames(db);
    const columns = (table: string) => (db.pragma(`table_info("${table}")`) as { name: string }[]).map((column) => column.name);
    for (const table of [...Object.keys(EXCLUDED_TABLES), ...Object.keys(REFERENCED_TABLES)]) expect(names, table).toContain(table);
    for (const { table, column } of [...PROGRAMME_LISTS, ...EMBEDDED_REFERENCES, ...FILE_COLUMNS]) expect(columns(table), `${table}.${column}`).toContain(column);
    for (const key of Object.keys(NOT_ROW_REFERENCES)) {
      const [table = '', column = ''] = key.split('.');
      expect(columns(table), key).toContain(column);
    }
  });

  it('points every foreign key of a travelling table at a travelling table, deleted with its applicant', () => {
    const plan = planOf(db);
    const travelling = new Set(plan.tables.filter((table) => table.role !== 'referenced').map((table) => table.name));
    for (const table of plan.tables.filter((candidate) => travelling.has(candidate.name))) {
      for (const fk of table.foreignKeys) {
        expect(travelling.has(fk.table), `${table.name}.${fk.column} → ${fk.table}`).toBe(true);
        // A replace removes the applicant row and relies on the cascade to remove everything below it.
        expect(['CASCADE', 'SET NULL'], `${table.name}.${fk.column} ON DELETE`).toContain(fk.onDelete);
      }
    }
  });

  it('knows what every id-like column of a travelling table refers to', () => {
    const plan = planOf(db);
    const unknown: string[] = [];
    for (const table of plan.tables) {
      if (table.role === 'referenced') continue;
      for (const { name } of table.columns) {
        if (!/(^id$|_id$|_ids$)/.test(name)) continue;
        const known =
          table.primaryKey.length === 1 && table.primaryKey[0] === name
            ? true
            : table.foreignKeys.some((fk) => fk.column === name) ||
              name === PROGRAMME_COLUMN ||
              EMBEDDED_REFERENCES.some((reference) => reference.table === table.name && reference.column === name) ||
              `${table.name}.${name}` in NOT_ROW_REFERENCES;
        if (!known) unknown.push(`${table.name}.${name}`);
      }
    }
    expect(unknown, 'columns that look like row ids: make them foreign keys, or list them in handover/tablePlan.ts').toEqual([]);
  });
});

describe('the round-trip test reaches every table', () => {
  it('the seeded applicant has rows in every table that travels', async () => {
    const folder = makeTempDir('titleprep-handover-coverage-');
    const clock = new Clock(new Date('2025-09-01T02:00:00Z'));
    const backend = openAt(folder.path, { clock });
    try {
      const applicantId = await seedApplicant(backend, clock);
      const { archive } = await exportPackage(backend, applicantId);
      const inspected = value<ReplyOf<'handover.inspect'>>(await inspectArchive(backend, archive));
      const empty = inspected.package.tables.filter((table) => table.rows === 0).map((table) => table.table);
      expect(empty, 'tables the seed in handover-support.ts leaves empty: add rows there').toEqual([]);
      expect(inspected.package.tables.map((table) => table.table).sort()).toEqual(planOf(db).tables.map((table) => table.name).sort());
    } finally {
      backend.close();
      folder.remove();
    }
  });
});
