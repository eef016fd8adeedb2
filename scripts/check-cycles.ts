// Imports run one way: a module never reaches itself again through its imports. A circle makes load order
// matter (a value imported from a module still being evaluated is undefined) and makes every part of the
// circle depend on every other, so `npm run lint` fails on one. Type-only imports count too: they tie the
// modules together just the same for a reader and for the next change.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import ts from 'typescript';
import { sourceFiles } from './sourceFiles';

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts'];


/** The project-relative file a relative specifier names, among `known` files; null for packages. */
function resolveImport(file: string, specifier: string, known: ReadonlySet<string>): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = join(dirname(file), specifier).split(sep).join('/');
  const stripped = base.replace(/\.(js|mjs|cjs)$/, '');
  const candidates = [base, ...EXTENSIONS.map((ext) => stripped + ext), ...EXTENSIONS.map((ext) => `${base}/index${ext}`)];
  return candidates.find((candidate) => known.has(candidate)) ?? null;
}

/** Each import circle once, as the files in the order they import one another (first file repeated at the end). */
export function findCycles(files: Iterable<[path: string, text: string]>): string[][] {
  const texts = new Map(files);
  const known = new Set(texts.keys());
  const edges = new Map<string, string[]>();
  for (const [file, text] of texts) {
    const targets = ts
      .preProcessFile(text, true, true)
      .importedFiles.map(({ fileName }) => resolveImport(file, fileName, known))
      .filter((target): target is string => target !== null);
    edges.set(file, [...new Set(targets)].sort());
  }
  // Tarjan's strongly connected components: every component of more than one file (or a file importing
  // itself) holds at least one circle; one circle per component is enough to name the problem.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (edges.get(node) ?? []).includes(node)) components.push(component);
    }
  };
  for (const node of [...edges.keys()].sort()) if (!index.has(node)) visit(node);
  return components.map((component) => circleWithin(new Set(component), edges));
}

/** One concrete circle inside a strongly connected component, found by a breadth-first walk back to its start. */
function circleWithin(component: ReadonlySet<string>, edges: ReadonlyMap<string, string[]>): string[] {
  const start = [...component].sort()[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of edges.get(node) ?? []) {
      if (!component.has(next)) continue;
      if (next === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(previous.get(path[0]!)!);
        return [...path, start];
      }
      if (!previous.has(next) && next !== start) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

export function projectFiles(root: string): [string, string][] {
  return ['shared', 'electron', 'renderer', 'templates', 'scripts']
    .flatMap((folder) => [...sourceFiles(root, folder)])
    .filter((path) => existsSync(join(root, path)))
    .map((path): [string, string] => [path, readFileSync(join(root, path), 'utf8')]);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const root = resolve(import.meta.dirname, '..');
  const cycles = findCycles(projectFiles(root));
  for (const cycle of cycles) console.error(`Import circle: ${cycle.join(' -> ')}`);
  if (cycles.length > 0) process.exit(1);
  console.log('Imports: no circle.');
}
