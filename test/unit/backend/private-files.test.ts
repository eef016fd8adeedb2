// The data folder is the user's alone: 0700 folders and 0600 files (macOS and Linux share these POSIX
// semantics; Windows has no modes and is left to its profile's ACLs), an umask of 077 in the entry points,
// and what an older version left readable corrected at the next open, links left alone.
import { chmodSync, lstatSync, mkdirSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend } from '../../../electron/backend';
import { PRIVATE_UMASK, restrictToUser, securePrivateFolder } from '../../../electron/backend/privateFiles';
import { makeTempDir } from '../../support/tempDir';

const modeOf = (path: string) => lstatSync(path).mode & 0o777;

function everything(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((name) => join(folder, name));
}

const posix = process.platform !== 'win32';
const originalUmask = process.umask();
afterEach(() => {
  process.umask(originalUmask);
});

describe.skipIf(!posix)('the data folder is the user\'s alone', () => {
  it('corrects folders to 0700 and files to 0600 left readable by an older version, leaving links alone', () => {
    const dir = makeTempDir();
    try {
      const data = join(dir.path, 'data');
      mkdirSync(join(data, 'attachments', 'ab'), { recursive: true, mode: 0o755 });
      writeFileSync(join(data, 'titleprep.sqlite3'), 'x', { mode: 0o644 });
      writeFileSync(join(data, 'attachments', 'ab', 'scan'), 'x', { mode: 0o664 });
      const outside = join(dir.path, 'outside.txt');
      writeFileSync(outside, 'not ours', { mode: 0o644 });
      symlinkSync(outside, join(data, 'link'));
      chmodSync(data, 0o755);
      securePrivateFolder(data);
      expect(modeOf(data)).toBe(0o700);
      for (const path of everything(data)) {
        const stats = lstatSync(path);
        if (stats.isSymbolicLink()) continue;
        expect([path, modeOf(path)]).toEqual([path, stats.isDirectory() ? 0o700 : 0o600]);
      }
      expect(modeOf(outside)).toBe(0o644);
    } finally {
      dir.remove();
    }
  });

  it('leaves modes alone where the system has none (Windows)', () => {
    const dir = makeTempDir();
    try {
      writeFileSync(join(dir.path, 'file'), 'x', { mode: 0o644 });
      securePrivateFolder(dir.path, 'win32');
      expect(modeOf(join(dir.path, 'file'))).toBe(0o644);
    } finally {
      dir.remove();
    }
  });

  it('the entry points\' umask 077: a backend opened under it creates only 0700 folders and 0600 files', async () => {
    restrictToUser();
    expect(process.umask()).toBe(PRIVATE_UMASK);
    const dir = makeTempDir();
    const data = join(dir.path, 'new-data');
    const backend = openBackend({ dataDirectory: data, transport: 'browser', appVersion: 'modes', log: () => undefined });
    try {
      const id = ((await backend.invoke('applicants.create', { nameZh: '张伟', nameLatin: '' })) as { value: { id: string } }).value.id;
      expect((await backend.invoke('backups.create', {})).ok).toBe(true);
      expect(id).toBeTruthy();
      expect(statSync(data).mode & 0o777).toBe(0o700);
      const entries = everything(data);
      expect(entries.length).toBeGreaterThan(1);
      for (const path of entries) expect([path, modeOf(path)]).toEqual([path, lstatSync(path).isDirectory() ? 0o700 : 0o600]);
    } finally {
      backend.close();
      dir.remove();
    }
  });
});
