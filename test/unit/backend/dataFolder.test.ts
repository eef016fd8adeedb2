// Nothing the backend writes may leave the data folder: the path check, with POSIX and with Windows rules,
// against the spellings an attacker (a forged backup name, a crafted package) would try.
import { posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutsideDataFolderError, isInsideFolder, pathInDataFolder } from '../../../electron/backend/dataFolder';

describe('a data folder on Linux or macOS', () => {
  const folder = '/home/li/.config/TitlePrep';
  const inside = (candidate: unknown) => isInsideFolder(folder, candidate, posix);

  it('holds its files and subfolders, named relatively or absolutely', () => {
    expect(inside('titleprep.sqlite3')).toBe(true);
    expect(inside('backups/titleprep-backup-20261123T080000000Z-00-manual.sqlite3')).toBe(true);
    expect(inside(`${folder}/attachments/ab/${'ab'.repeat(32)}`)).toBe(true);
    expect(inside('attachments/../titleprep.sqlite3')).toBe(true);
    expect(inside('..hidden-but-inside')).toBe(true);
  });

  it.each([
    '..',
    '../TitlePrep-evil/x',
    '../../.ssh/authorized_keys',
    'backups/../../x',
    'backups/../../../../../../etc/passwd',
    '/etc/passwd',
    '/home/li/.config/TitlePrep-evil/titleprep.sqlite3',
    '/home/li/.config/TitlePrep/../TitlePrep2/x',
    '.',
    './',
    folder,
    `${folder}/`,
    'a\0b',
    '',
  ])('does not hold %j', (candidate) => {
    expect(inside(candidate)).toBe(false);
  });

  it.each([undefined, null, 42, {}, ['titleprep.sqlite3'], Buffer.from('titleprep.sqlite3')])('refuses a name that is not a string (%s)', (candidate) => {
    expect(inside(candidate)).toBe(false);
  });

  it('refuses everything when the folder itself is not a usable string', () => {
    expect(isInsideFolder('', 'x', posix)).toBe(false);
    expect(isInsideFolder(undefined, 'x', posix)).toBe(false);
    expect(isInsideFolder('/a\0b', 'x', posix)).toBe(false);
  });
});

describe('a data folder on Windows', () => {
  const folder = 'C:\\Users\\Li\\AppData\\Roaming\\TitlePrep';
  const inside = (candidate: unknown) => isInsideFolder(folder, candidate, win32);

  it('holds its files, with either slash and in any letter case (NTFS ignores case)', () => {
    expect(inside('titleprep.sqlite3')).toBe(true);
    expect(inside('backups\\titleprep-backup.sqlite3')).toBe(true);
    expect(inside('backups/titleprep-backup.sqlite3')).toBe(true);
    expect(inside('c:\\users\\li\\appdata\\roaming\\titleprep\\attachments\\ab\\x')).toBe(true);
  });

  it.each([
    '..\\TitlePrep-evil\\x',
    '..\\..\\..\\..\\Windows\\win.ini',
    'backups\\..\\..\\x',
    'backups/../../x',
    'D:\\TitlePrep\\titleprep.sqlite3',
    'D:titleprep.sqlite3',
    'C:titleprep.sqlite3\\..\\..\\..\\x',
    '\\Windows\\System32\\drivers\\etc\\hosts',
    '/Windows/win.ini',
    'C:\\Users\\Li\\AppData\\Roaming\\TitlePrep-evil\\x',
  ])('does not hold %j (a climb, another drive, the drive root, a sibling)', (candidate) => {
    expect(inside(candidate)).toBe(false);
  });

  it.each([
    '\\\\server\\share\\titleprep.sqlite3',
    '//server/share/titleprep.sqlite3',
    '\\\\127.0.0.1\\c$\\Users\\Li\\AppData\\Roaming\\TitlePrep\\x',
    '\\\\?\\C:\\Users\\Li\\AppData\\Roaming\\TitlePrep\\x',
    '\\\\.\\C:\\Users\\Li\\AppData\\Roaming\\TitlePrep\\x',
    '\\\\?\\UNC\\server\\share\\x',
  ])('does not hold the UNC or device path %j', (candidate) => {
    expect(inside(candidate)).toBe(false);
  });

  it.each(['summary.docx:hidden', 'backups\\x.sqlite3::$DATA', 'CON', 'nul.txt', 'attachments\\COM1', 'lpt1.sqlite3', 'AUX ', 'name.', 'backups\\.. .\\x', '.. .'])(
    'does not hold %j (an NTFS stream, a device name, a name Windows trims)',
    (candidate) => {
      expect(inside(candidate)).toBe(false);
    },
  );
});

describe('a path built inside the data folder', () => {
  it('is the resolved path of a safe name', () => {
    expect(pathInDataFolder('/data', 'backups/x.sqlite3', posix)).toBe('/data/backups/x.sqlite3');
    expect(pathInDataFolder('C:\\Data', 'backups\\x.sqlite3', win32)).toBe('C:\\Data\\backups\\x.sqlite3');
  });

  it('throws for a name that would lie outside, quoting it', () => {
    expect(() => pathInDataFolder('/data', '../etc/passwd', posix)).toThrow(OutsideDataFolderError);
    expect(() => pathInDataFolder('C:\\Data', '\\\\server\\share\\x', win32)).toThrow(/server/);
  });
});
