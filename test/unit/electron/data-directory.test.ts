// `--data DIR` chooses the data folder (as in browser mode); without it, Electron's userData is used.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirectoryFromArgs } from '../../../electron/main/data-directory';

const cwd = resolve('/home/li');

describe('the data folder option', () => {
  it('is absent by default', () => {
    expect(dataDirectoryFromArgs(['/opt/TitlePrep/titleprep', '.'], cwd)).toBeNull();
  });

  it('takes --data=DIR and --data DIR, relative to the working folder', () => {
    expect(dataDirectoryFromArgs(['electron', '.', '--data=/tmp/tp'], cwd)).toBe(resolve('/tmp/tp'));
    expect(dataDirectoryFromArgs(['electron', '.', '--data', 'work data'], cwd)).toBe(resolve(cwd, 'work data'));
  });

  it.each([[['--data']], [['--data=']], [['--data', '--inspect']], [['--data=  ']], [['--data=a\0b']]])('refuses a --data without a usable folder: %j', (argv) => {
    expect(() => dataDirectoryFromArgs(argv, cwd)).toThrow(/--data/);
  });

  it('does not mistake other switches for it', () => {
    expect(dataDirectoryFromArgs(['--database=x', '--datadir', 'y', '--user-data-dir=/z'], cwd)).toBeNull();
  });
});
