// Myers' O((N+M)·D) shortest edit script over two sequences of integer keys (the caller interns its items:
// blocks by their canonical JSON, tokens by their text). Common prefix and suffix are trimmed first, so a
// few edits in a long document cost little. When the script would need more than `maxEdits` edits the
// middle is reported as deleted and inserted whole: still a correct script, just not the shortest.

export const EQUAL = 0;
export const DELETE = 1;
export const INSERT = 2;
export type EditKind = typeof EQUAL | typeof DELETE | typeof INSERT;

/** A run of one kind: `count` items from `aIndex` in a (EQUAL, DELETE) and from `bIndex` in b (EQUAL, INSERT). */
export interface EditRun {
  kind: EditKind;
  aIndex: number;
  bIndex: number;
  count: number;
}

function push(runs: EditRun[], kind: EditKind, aIndex: number, bIndex: number, count: number): void {
  if (count === 0) return;
  const last = runs[runs.length - 1];
  if (last && last.kind === kind && last.aIndex + (kind === INSERT ? 0 : last.count) === aIndex && last.bIndex + (kind === DELETE ? 0 : last.count) === bIndex) {
    last.count += count;
  } else runs.push({ kind, aIndex, bIndex, count });
}

export function diffKeys(a: ArrayLike<number>, b: ArrayLike<number>, maxEdits: number): EditRun[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let aEnd = a.length;
  let bEnd = b.length;
  while (aEnd > start && bEnd > start && a[aEnd - 1] === b[bEnd - 1]) {
    aEnd -= 1;
    bEnd -= 1;
  }
  const runs: EditRun[] = [];
  push(runs, EQUAL, 0, 0, start);
  const middle = shortestMiddle(a, b, start, aEnd, start, bEnd, maxEdits);
  if (middle) for (const run of middle) push(runs, run.kind, run.aIndex, run.bIndex, run.count);
  else {
    push(runs, DELETE, start, start, aEnd - start);
    push(runs, INSERT, aEnd, start, bEnd - start);
  }
  push(runs, EQUAL, aEnd, bEnd, a.length - aEnd);
  return runs;
}

/** The edit script of a[aStart..aEnd) → b[bStart..bEnd), or null past `maxEdits`. */
function shortestMiddle(a: ArrayLike<number>, b: ArrayLike<number>, aStart: number, aEnd: number, bStart: number, bEnd: number, maxEdits: number): EditRun[] | null {
  const n = aEnd - aStart;
  const m = bEnd - bStart;
  if (n === 0 || m === 0) {
    const runs: EditRun[] = [];
    push(runs, DELETE, aStart, bStart, n);
    push(runs, INSERT, aEnd, bStart, m);
    return runs;
  }
  const limit = Math.min(n + m, maxEdits);
  const offset = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  // trace[d] holds v[-d-1 .. d+1] as it was before step d: enough to walk back from the end.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= limit; d += 1) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number)) ? (v[offset + k + 1] as number) : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[aStart + x] === b[bStart + y]) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m, aStart, bStart);
    }
  }
  return null;
}

function backtrack(trace: Int32Array[], n: number, m: number, aStart: number, bStart: number): EditRun[] {
  const reversed: EditRun[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d -= 1) {
    const before = trace[d] as Int32Array;
    const at = (k: number) => before[k + d + 1] as number;
    const k = x - y;
    const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : at(previousK);
    const previousY = previousX - previousK;
    // The diagonal run ends at (x, y); before it came one insertion (down from k + 1) or one deletion.
    const diagonal = d === 0 ? x : previousK === k + 1 ? x - previousX : x - previousX - 1;
    if (diagonal > 0) reversed.push({ kind: EQUAL, aIndex: aStart + x - diagonal, bIndex: bStart + y - diagonal, count: diagonal });
    x -= diagonal;
    y -= diagonal;
    if (d > 0) {
      if (previousK === k + 1) reversed.push({ kind: INSERT, aIndex: aStart + x, bIndex: bStart + y - 1, count: 1 });
      else reversed.push({ kind: DELETE, aIndex: aStart + x - 1, bIndex: bStart + y, count: 1 });
      x = previousX;
      y = previousY;
    }
  }
  const runs: EditRun[] = [];
  for (let index = reversed.length - 1; index >= 0; index -= 1) {
    const run = reversed[index] as EditRun;
    push(runs, run.kind, run.aIndex, run.bIndex, run.count);
  }
  return runs;
}
