// The layering rule of design.md, as a check: `npm run lint` runs it, and a test runs it on the tree and
// on crafted violations. shared/ is pure; electron/backend has no Electron; renderer reaches nothing of
// electron/; electron/main holds no SQL driver.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { sourceFiles } from './sourceFiles';

export interface Violation {
  file: string;
  specifier: string;
  rule: string;
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

type Layer = 'shared' | 'backend' | 'main' | 'preload' | 'renderer' | 'templates' | 'other';

function layerOf(path: string): Layer {
  const parts = path.split(/[\\/]/);
  if (parts[0] === 'shared') return 'shared';
  if (parts[0] === 'renderer') return 'renderer';
  if (parts[0] === 'templates') return 'templates';
  if (parts[0] === 'electron') {
    if (parts[1] === 'backend') return 'backend';
    if (parts[1] === 'main') return 'main';
    if (parts[1] === 'preload') return 'preload';
  }
  return 'other';
}

/** The rule an import breaks, or null. `target` is the project-relative path of a relative import. */
export function ruleBroken(from: Layer, specifier: string, target: string | null): string | null {
  const isElectron = specifier === 'electron' || specifier.startsWith('electron/');
  const isNode = NODE_BUILTINS.has(specifier) || specifier.startsWith('node:');
  const to = target === null ? null : layerOf(target);
  switch (from) {
    case 'shared':
      if (isElectron || isNode) return 'shared/ is pure: no Node or Electron imports';
      if (to !== null && to !== 'shared' && to !== 'templates') return 'shared/ imports only shared/ and templates/';
      if (target === null && specifier !== 'zod') return 'shared/ may use only zod among packages';
      return null;
    case 'backend':
      if (isElectron) return 'electron/backend never imports electron';
      if (to === 'main' || to === 'preload' || to === 'renderer') return 'electron/backend imports no Electron glue and no renderer code';
      return null;
    case 'renderer':
      if (isElectron) return 'renderer never imports electron';
      if (isNode) return 'renderer is DOM only: no Node imports';
      if (to === 'backend' || to === 'main' || to === 'preload' || to === 'other') return 'renderer imports only renderer/, shared/ and templates/';
      return null;
    case 'preload':
      if (isNode) return 'the sandboxed preload cannot use Node modules';
      if (to !== null && to !== 'shared' && to !== 'preload') return 'the preload imports only shared/';
      return null;
    case 'main':
      if (specifier === 'better-sqlite3') return 'electron/main holds no SQL: use electron/backend';
      if (to === 'renderer') return 'electron/main imports no renderer code';
      return null;
    default:
      return null;
  }
}


export function findViolations(root: string, files?: Iterable<[path: string, text: string]>): Violation[] {
  const inputs = files ?? [...['shared', 'electron', 'renderer'].flatMap((folder) => [...sourceFiles(root, folder)])].map(
    (path): [string, string] => [path, readFileSync(join(root, path), 'utf8')],
  );
  const violations: Violation[] = [];
  for (const [file, text] of inputs) {
    const from = layerOf(file);
    const { importedFiles } = ts.preProcessFile(text, true, true);
    for (const { fileName: specifier } of importedFiles) {
      const target = specifier.startsWith('.')
        ? relative(root, resolve(root, dirname(file), specifier)).split(sep).join('/')
        : null;
      const rule = ruleBroken(from, specifier, target);
      if (rule) violations.push({ file, specifier, rule });
    }
  }
  return violations;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const violations = findViolations(resolve(import.meta.dirname, '..'));
  for (const v of violations) console.error(`${v.file}: imports "${v.specifier}" — ${v.rule}`);
  if (violations.length > 0) process.exit(1);
  console.log('Layers: no import crosses a line.');
}
