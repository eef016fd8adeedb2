// Where the data lives: Electron's userData, unless started with `--data DIR` / `--data=DIR` (the same
// option as browser mode; the end-to-end test uses it to start on a fresh folder).
import { resolve } from 'node:path';

/** The folder `--data` names, or null without the option. A `--data` without a usable folder throws:
 * silently falling back to another folder would show the user someone else's data. */
export function dataDirectoryFromArgs(argv: readonly string[], cwd: string): string | null {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    let value: string | undefined;
    if (arg.startsWith('--data=')) value = arg.slice('--data='.length);
    else if (arg === '--data') value = argv[index + 1];
    else continue;
    if (value === undefined || value.trim() === '' || value.startsWith('-') || value.includes('\0')) {
      throw new Error('The --data option needs a folder, as in --data=/path/to/folder');
    }
    return resolve(cwd, value);
  }
  return null;
}
