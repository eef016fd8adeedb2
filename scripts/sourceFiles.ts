// The project's TypeScript sources under a folder, as project-relative paths with "/" on every system:
// what the layering and import-circle checks read.
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

export function* sourceFiles(root: string, folder: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(join(root, folder), { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(folder, entry.name).split(sep).join('/');
    if (entry.isDirectory()) yield* sourceFiles(root, path);
    else if (/\.(ts|tsx|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) yield path;
  }
}
