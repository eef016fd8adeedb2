// The values that could not be saved yet (they fail validation) survive a reload: kept in this computer's
// browser storage, per editor and applicant, and put back beside their error when the editor opens again.
// Only the invalid fields are kept (the rest is saved): a row is named by its id, so a reordered list still
// finds it; a new row that could not be saved at all is kept whole.
type Path = readonly (string | number)[];
type Json = unknown;

interface KeptField {
  /** The path with each row index replaced by that row's id (a string starting with '#'). */
  path: (string | number)[];
  value: Json;
  /** A whole new row, never saved: appended to its list again. */
  newRow?: boolean;
}

const PREFIX = 'titleprep.unsaved';
const keyOf = (editor: 'profile' | 'form', applicantId: string) => `${PREFIX}.${editor}.${applicantId}`;
const isRecord = (value: Json): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);
const idOf = (row: Json) => (isRecord(row) && typeof row.id === 'string' ? row.id : null);

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Resolves a path in `value`, turning row indices into '#id'; null when it does not resolve. */
function keep(value: Json, saved: Json, path: Path): KeptField | null {
  let node = value;
  let savedNode: Json = saved;
  const named: (string | number)[] = [];
  for (const step of path) {
    if (Array.isArray(node) && typeof step === 'number') {
      const row = node[step];
      const id = idOf(row);
      const savedRow = Array.isArray(savedNode) ? (id === null ? savedNode[step] : savedNode.find((entry) => idOf(entry) === id)) : undefined;
      if (id !== null && savedRow === undefined) return { path: [...named, `#${id}`], value: row, newRow: true };
      named.push(id === null ? step : `#${id}`);
      node = row;
      savedNode = savedRow;
    } else if (isRecord(node) && typeof step === 'string') {
      named.push(step);
      node = node[step];
      savedNode = isRecord(savedNode) ? savedNode[step] : undefined;
    } else return null;
  }
  return { path: named, value: node };
}

/** Records the invalid fields of `draft` (or forgets them when there are none). */
export function keepUnsavedFields(editor: 'profile' | 'form', applicantId: string, draft: Json, saved: Json, issues: readonly { path: Path }[]): void {
  const store = storage();
  if (!store) return;
  const kept = new Map<string, KeptField>();
  for (const issue of issues) {
    const field = keep(draft, saved, issue.path);
    if (field) kept.set(JSON.stringify(field.path), field);
  }
  try {
    if (kept.size === 0) store.removeItem(keyOf(editor, applicantId));
    else store.setItem(keyOf(editor, applicantId), JSON.stringify([...kept.values()]));
  } catch {
    // A full or refused storage: the in-page draft is still there until the page goes.
  }
}

export function forgetUnsavedFields(editor: 'profile' | 'form', applicantId: string): void {
  storage()?.removeItem(keyOf(editor, applicantId));
}

function put(value: Json, path: readonly (string | number)[], field: KeptField): Json {
  if (path.length === 0) return field.value;
  const [step, ...rest] = path;
  if (Array.isArray(value) && typeof step === 'string' && step.startsWith('#')) {
    const index = value.findIndex((row) => idOf(row) === step.slice(1));
    if (index < 0) return field.newRow && rest.length === 0 ? [...value, field.value] : value;
    return value.map((row, position) => (position === index ? put(row, rest, field) : row));
  }
  if (Array.isArray(value) && typeof step === 'number') return value.map((row, position) => (position === step ? put(row, rest, field) : row));
  if (isRecord(value) && typeof step === 'string' && step in value) return { ...value, [step]: put(value[step], rest, field) };
  return value;
}

/** The loaded value with the kept fields put back; undefined when nothing was kept (or it no longer fits). */
export function restoreUnsavedFields<T>(editor: 'profile' | 'form', applicantId: string, loaded: T): T | undefined {
  const text = storage()?.getItem(keyOf(editor, applicantId));
  if (!text) return undefined;
  let fields: KeptField[];
  try {
    const parsed: unknown = JSON.parse(text);
    fields = Array.isArray(parsed) ? (parsed as KeptField[]) : [];
  } catch {
    return undefined;
  }
  let value: Json = loaded;
  for (const field of fields) {
    if (Array.isArray(field.path)) value = put(value, field.path, field);
  }
  return JSON.stringify(value) === JSON.stringify(loaded) ? undefined : (value as T);
}
