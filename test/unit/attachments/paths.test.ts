// Attachment paths come from the hash alone and stay inside the attachments folder, whatever is passed.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UnsafePathError, isInside, openCopyPath, storedFilePath, uploadFilePath } from '../../../electron/backend/attachments/paths';

const root = resolve('/data/TitlePrep/attachments');
const HASH = 'ab'.padEnd(64, '0');

describe('attachment paths', () => {
  it('puts a stored file under its hash’s first two digits', () => {
    expect(storedFilePath(root, HASH)).toBe(join(root, 'ab', HASH));
  });

  it('refuses anything but 64 lower-case hex digits as a stored name', () => {
    for (const forged of ['../../../etc/passwd', `${HASH.slice(0, 62)}/.`, HASH.toUpperCase(), `${HASH}.exe`, '', 'C:\\Windows\\system32']) {
      expect(() => storedFilePath(root, forged)).toThrow(UnsafePathError);
    }
  });

  it('names uploads by their id only and viewer copies by hash and a plain extension', () => {
    expect(uploadFilePath(root, '0f8fad5b-d9cb-469f-a165-70867728950e')).toBe(join(root, 'tmp', '0f8fad5b-d9cb-469f-a165-70867728950e.part'));
    expect(() => uploadFilePath(root, '../../x')).toThrow(UnsafePathError);
    expect(openCopyPath(root, HASH, 'pdf')).toBe(join(root, 'open', `${HASH}.pdf`));
    expect(() => openCopyPath(root, HASH, 'pdf/../../x')).toThrow(UnsafePathError);
  });

  it('tells inside from outside after resolving ..', () => {
    expect(isInside(root, join(root, 'ab', HASH))).toBe(true);
    expect(isInside(root, join(root, '..', 'titleprep.sqlite3'))).toBe(false);
    expect(isInside(root, `${root}-evil/x`)).toBe(false);
    expect(isInside(root, '/etc/passwd')).toBe(false);
  });
});
