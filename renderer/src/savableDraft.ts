// "An invalid field never holds back the valid ones": what of a draft can be saved now. Each field that
// fails validation is put back to its saved value (a new row with a bad field stays out until fixed), and
// the rest is sent; the editor keeps showing the invalid value beside its error, as an unsaved draft.
type Path = readonly (string | number)[];
type Json = unknown;

const isRecord = (value: Json): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);
const rowId = (row: Json): Json => (isRecord(row) ? row.id : undefined);

/** `value` with the part at `path` taken from `saved`; rows are matched by id where they have one. */
function restoreAt(value: Json, saved: Json, path: Path): Json {
  if (path.length === 0) return structuredClone(saved);
  const [head, ...rest] = path;
  if (Array.isArray(value) && typeof head === 'number') {
    const row = value[head];
    const id = rowId(row);
    const savedRow = Array.isArray(saved) ? (id === undefined ? saved[head] : saved.find((entry) => rowId(entry) === id)) : undefined;
    // A row that was never saved cannot be partly restored: it waits, whole, until it is valid.
    if (savedRow === undefined) return value.filter((_, index) => index !== head);
    return value.map((entry, index) => (index === head ? restoreAt(entry, savedRow, rest) : entry));
  }
  if (isRecord(value) && typeof head === 'string' && isRecord(saved) && head in saved) {
    return { ...value, [head]: restoreAt(value[head], saved[head], rest) };
  }
  // Nothing saved to go back to at this level: the whole level goes back.
  return structuredClone(saved);
}

/**
 * The draft with its invalid fields at their saved values, or null when nothing valid is left to send
 * (the same as saved) or a rule across fields still fails after a few rounds.
 */
export function savableDraft<T>(draft: T, saved: T, issuesOf: (value: T) => readonly { path: Path }[], rounds = 4): T | null {
  let value: Json = draft;
  for (let round = 0; round < rounds; round++) {
    const issues = issuesOf(value as T);
    if (issues.length === 0) return JSON.stringify(value) === JSON.stringify(saved) ? null : (value as T);
    // Deepest first, so that removing a new row does not shift the index of another issue's row.
    const paths = [...issues.map((issue) => issue.path)].sort((a, b) => compareDescending(a, b));
    const seen = new Set<string>();
    for (const path of paths) {
      const key = JSON.stringify(path);
      if (seen.has(key)) continue;
      seen.add(key);
      value = restoreAt(value, saved, path);
    }
  }
  return null;
}

/** Later array positions first, so removals do not move the rows the next paths name. */
function compareDescending(a: Path, b: Path): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const [x, y] = [a[index], b[index]];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return y - x;
    return String(x).localeCompare(String(y));
  }
  return b.length - a.length;
}
