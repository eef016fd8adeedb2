// Which tables hold an applicant's data, read from the database itself so that a table added by a later
// migration travels without a change here: the applicant's own row, every table with an `applicant_id`,
// and every table that reaches one of those through a foreign key (summary snapshots through their
// summary, renewals through their certificate). A table that is none of these is either listed below as
// excluded, with the reason, or as referenced (it travels only for the rows the applicant's data names);
// test/integration/handover-coverage.test.ts fails for a table that is neither.
import type { Database } from 'better-sqlite3';

export const ROOT_TABLE = 'applicant';
export const APPLICANT_COLUMN = 'applicant_id';

/** Tables that never travel, and why. */
export const EXCLUDED_TABLES: Readonly<Record<string, string>> = {
  setting: 'this computer’s preferences (language, the current applicant), not the applicant’s data',
  holiday_year: 'the holiday calendar of this computer, shared by every applicant; the receiving computer keeps its own',
  attachment_limits: 'the size and type limits this computer’s user set per programme, for every applicant; not the applicant’s data',
};

/**
 * Shared tables of which only the rows the applicant's data names travel. A user-created round (a later
 * round of a programme, with dates the user entered) is named by the application, the summary, the
 * tracker and the checklist; without it the receiving computer could not use that round. On import, a
 * round already there is kept as it is (other applicants may use it); a different one of the same id is
 * reported.
 */
export const REFERENCED_TABLES: Readonly<Record<string, string>> = {
  user_round: 'user-created rounds the applicant’s rows name',
};

/** Every column of this name, in any travelling table, names a programme (a shipped one or a user round). */
export const PROGRAMME_COLUMN = 'programme_id';
/** Other columns naming programmes: JSON arrays of programme ids. */
export const PROGRAMME_LISTS: readonly { table: string; column: string }[] = [{ table: 'application', column: 'earlier_rounds' }];

/**
 * Row ids kept outside a foreign key, renumbered with the rows they name. json-array: a JSON array of ids,
 * every one of which must be in the package; value-if-present: a text that names a row when it matches
 * one (a timeline event's subject is a correction item's id, or a step id, or empty).
 */
export const EMBEDDED_REFERENCES: readonly { table: string; column: string; references: string; shape: 'json-array' | 'value-if-present' }[] = [
  { table: 'summary_snapshot', column: 'block_ids', references: 'summary_block', shape: 'json-array' },
  { table: 'tracker_event', column: 'subject', references: 'correction_item', shape: 'value-if-present' },
];

/** Columns whose names look like row references but are not, and what they hold. */
export const NOT_ROW_REFERENCES: Readonly<Record<string, string>> = {
  'tracker_step.step_id': 'a step of the programme’s template (templates/programmes), the same on every computer',
};

/**
 * TEXT columns holding the SHA-256 of a file in the data folder (<data>/attachments/<xx>/<sha256>). The
 * export carries each named file as a files/ part; the import stores it (by hash) before the rows.
 */
export const FILE_COLUMNS: readonly { table: string; column: string }[] = [{ table: 'attachment', column: 'sha256' }];

export interface ColumnInfo {
  name: string;
  type: string;
  notNull: boolean;
  /** Position in the primary key (1-based), 0 when not part of it. */
  pk: number;
}

export interface ForeignKey {
  column: string;
  table: string;
  to: string;
  onDelete: string;
}

/**
 * How the rows' keys are treated on import. uuid: a TEXT key renewed when kept both (or when it collides);
 * integer: SQLite's row id, always renumbered after the rows already there; inherited: the key is a foreign
 * key (it follows its parent); composite: the foreign-key parts follow, the rest stays; natural: kept.
 */
export type KeyKind = 'uuid' | 'integer' | 'inherited' | 'composite' | 'natural';

export interface PlannedTable {
  name: string;
  role: 'root' | 'owned' | 'referenced';
  columns: ColumnInfo[];
  primaryKey: string[];
  keyKind: KeyKind;
  /** Foreign keys of this table (to travelling tables and any other). */
  foreignKeys: ForeignKey[];
  /** How the export chooses the rows: by this column's value being a key of `parent`'s exported rows. */
  selectBy: { column: string; parent: string; to: string } | null;
}

export interface HandoverPlan {
  /** Root, then owned tables parents first, then referenced tables. */
  tables: PlannedTable[];
  excluded: string[];
  /** Tables neither travelling nor listed: a new table someone must classify (the coverage test fails). */
  unclassified: string[];
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/i;

/** A table or column name for SQL text; only names read from the database itself ever get here. */
export function quoteIdentifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Unexpected identifier ${JSON.stringify(name)}`);
  return `"${name}"`;
}

export function tableNames(db: Database): string[] {
  const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name").all() as { name: string }[];
  return rows.map((row) => row.name);
}

export function columnsOf(db: Database, table: string): ColumnInfo[] {
  const rows = db.pragma(`table_info(${quoteIdentifier(table)})`) as { name: string; type: string; notnull: number; pk: number }[];
  return rows.map((row) => ({ name: row.name, type: row.type.toUpperCase(), notNull: row.notnull === 1, pk: row.pk }));
}

export function foreignKeysOf(db: Database, table: string): ForeignKey[] {
  const rows = db.pragma(`foreign_key_list(${quoteIdentifier(table)})`) as { id: number; seq: number; table: string; from: string; to: string | null; on_delete: string }[];
  const byId = new Map<number, typeof rows>();
  for (const row of rows) byId.set(row.id, [...(byId.get(row.id) ?? []), row]);
  return [...byId.values()].map((parts) => {
    // A key over several columns would need a composite mapping this module does not make.
    if (parts.length !== 1) throw new Error(`Table ${table} has a foreign key over ${parts.length} columns`);
    const [part] = parts as [(typeof rows)[number]];
    const to = part.to ?? columnsOf(db, part.table).find((column) => column.pk === 1)?.name ?? 'rowid';
    return { column: part.from, table: part.table, to, onDelete: part.on_delete };
  });
}

function keyKind(table: string, role: PlannedTable['role'], columns: ColumnInfo[], foreignKeys: ForeignKey[]): KeyKind {
  const key = columns.filter((column) => column.pk > 0);
  if (key.length === 0 || role === 'referenced') return 'natural';
  if (key.length > 1) return 'composite';
  const [column] = key as [ColumnInfo];
  if (foreignKeys.some((fk) => fk.column === column.name && fk.table !== table)) return 'inherited';
  if (column.type === 'INTEGER') return 'integer';
  return 'uuid';
}

/** The plan of the database as it is now (its schema version's tables). */
export function planOf(db: Database): HandoverPlan {
  const names = tableNames(db);
  if (!names.includes(ROOT_TABLE)) throw new Error('The database has no applicant table');
  const info = new Map(names.map((name) => [name, { columns: columnsOf(db, name), foreignKeys: foreignKeysOf(db, name) }]));
  const roles = new Map<string, PlannedTable['role']>([[ROOT_TABLE, 'root']]);
  const selectBy = new Map<string, PlannedTable['selectBy']>([[ROOT_TABLE, null]]);
  const travelling = (name: string) => roles.get(name) === 'root' || roles.get(name) === 'owned';
  const candidates = names.filter((name) => name !== ROOT_TABLE && !(name in EXCLUDED_TABLES) && !(name in REFERENCED_TABLES));

  for (const name of candidates) {
    const { columns, foreignKeys } = info.get(name)!;
    if (!columns.some((column) => column.name === APPLICANT_COLUMN)) continue;
    const fk = foreignKeys.find((key) => key.column === APPLICANT_COLUMN);
    roles.set(name, 'owned');
    selectBy.set(name, { column: APPLICANT_COLUMN, parent: fk?.table ?? ROOT_TABLE, to: fk?.to ?? 'id' });
  }
  // Children of travelling tables, to any depth (a snapshot's summary, a renewal's certificate).
  for (let changed = true; changed; ) {
    changed = false;
    for (const name of candidates) {
      if (roles.has(name)) continue;
      const fk = info.get(name)!.foreignKeys.find((key) => key.table !== name && travelling(key.table));
      if (!fk) continue;
      roles.set(name, 'owned');
      selectBy.set(name, { column: fk.column, parent: fk.table, to: fk.to });
      changed = true;
    }
  }
  for (const name of names) if (name in REFERENCED_TABLES) roles.set(name, 'referenced');

  // Parents before children, so that the export can choose children by their parents' keys.
  const ordered: string[] = [ROOT_TABLE];
  const owned = names.filter((name) => roles.get(name) === 'owned');
  while (ordered.length < owned.length + 1) {
    const ready = owned.find(
      (name) =>
        !ordered.includes(name) &&
        info.get(name)!.foreignKeys.every((fk) => fk.table === name || !travelling(fk.table) || ordered.includes(fk.table)),
    );
    if (!ready) throw new Error('The applicant tables reference each other in a cycle');
    ordered.push(ready);
  }
  ordered.push(...names.filter((name) => roles.get(name) === 'referenced'));

  const tables = ordered.map((name): PlannedTable => {
    const { columns, foreignKeys } = info.get(name)!;
    const role = roles.get(name)!;
    return {
      name,
      role,
      columns,
      primaryKey: columns.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk).map((column) => column.name),
      keyKind: keyKind(name, role, columns, foreignKeys),
      foreignKeys,
      selectBy: selectBy.get(name) ?? null,
    };
  });
  return {
    tables,
    excluded: names.filter((name) => name in EXCLUDED_TABLES),
    unclassified: names.filter((name) => !roles.has(name) && !(name in EXCLUDED_TABLES)),
  };
}
