// The readers of outside files run only in the parser process: the modules that unpack or parse a file
// from outside (mammoth and the .docx check, the hand-over package's archive reader and its row checks,
// the jobs themselves) are reached from the parser process's entry, and never, by a runtime import, from
// the backend's or the desktop app's own entry points. Type-only imports are fine: they vanish at build.
// (pdf-lib is in the backend by design: it builds the packet, and loads an official PDF only after the
// parser process has checked it again.)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const EXTENSIONS = ['.ts', '.tsx', '/index.ts'];

/** The runtime imports of a file: project files by path, packages by name. */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined && clause.namedBindings !== undefined && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      if (!typeOnly) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers.map((specifier) => {
    if (!specifier.startsWith('.')) return specifier;
    const base = join(dirname(file), specifier);
    const found = ['', ...EXTENSIONS].map((ext) => base + ext).find((candidate) => existsSync(candidate) && candidate.match(/\.tsx?$/));
    return found ?? base;
  });
}

/** Every module (project-relative path, or package name) an entry reaches by runtime imports. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const pending = [resolve(ROOT, entry)];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    const name = file.startsWith('/') ? relative(ROOT, file) : file;
    if (seen.has(name)) continue;
    seen.add(name);
    if (file.startsWith('/') && existsSync(file)) pending.push(...runtimeImports(file));
  }
  return seen;
}

const READERS = [
  'electron/backend/untrusted/jobs.ts',
  'electron/backend/documents/import/index.ts',
  'electron/backend/documents/import/zipCheck.ts',
  'mammoth',
  'electron/backend/handover/readPackage.ts',
  'electron/backend/handover/zipArchive.ts',
  'electron/backend/handover/contentChecks.ts',
];

describe('the readers of outside files', () => {
  it('are reached from the parser process’s entry', () => {
    const inChild = reachable('electron/backend/untrusted/processEntry.ts');
    for (const reader of READERS) expect(inChild.has(reader), reader).toBe(true);
  });

  it.each(['electron/backend/index.ts', 'electron/main/index.ts', 'scripts/start-browser.ts'])('are never imported at run time from %s', (entry) => {
    const inParent = reachable(entry);
    expect(inParent.has('electron/backend/backend.ts')).toBe(true);
    expect(READERS.filter((reader) => inParent.has(reader))).toEqual([]);
  });
});
