// An entry name that could leave its folder on any system is refused, whatever the rest of the archive.
import { describe, expect, it } from 'vitest';
import { entryNameProblem } from '../../../electron/backend/handover/entryNames';

describe('entry names of a package', () => {
  it.each(['manifest.json', 'applicant.json', 'tables/summary_snapshot.json', `files/${'a'.repeat(64)}`])('accepts %s', (name) => {
    expect(entryNameProblem(name)).toBeNull();
  });

  it.each([
    ['../x', 'traversal'],
    ['tables/../../x.json', 'traversal'],
    ['tables/./x.json', 'traversal'],
    ['tables//x.json', 'traversal'],
    ['..', 'traversal'],
    ['/etc/passwd', 'absolute'],
    ['\\\\server\\share\\x', 'backslash'],
    ['tables\\..\\x.json', 'backslash'],
    ['C:/Windows/x', 'drive'],
    ['C:x', 'drive'],
    ['file.json:stream', 'drive'],
    ['a\u0000b', 'control'],
    ['a\nb', 'control'],
    ['tables/', 'directory'],
    ['', 'empty'],
    ['x'.repeat(201), 'tooLong'],
  ])('refuses %j (%s)', (name, problem) => {
    expect(entryNameProblem(name)).toBe(problem);
  });
});
