// The names an archive entry may have. Nothing is ever written under an entry's name (parts are matched
// against the manifest and files are stored by their hash), but a name that could leave its folder on
// some system is a sign of a hostile file: it is refused before anything else is read.
export type NameProblem = 'empty' | 'tooLong' | 'control' | 'backslash' | 'absolute' | 'drive' | 'traversal' | 'directory';

export const MAX_ENTRY_NAME_LENGTH = 200;

// eslint-disable-next-line no-control-regex -- finding control characters (NUL included) is the point
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Why `name` is not acceptable as an entry of a package, or null when it is. */
export function entryNameProblem(name: string): NameProblem | null {
  if (name === '') return 'empty';
  if (name.length > MAX_ENTRY_NAME_LENGTH) return 'tooLong';
  if (CONTROL.test(name)) return 'control';
  if (name.includes('\\')) return 'backslash';
  if (name.startsWith('/')) return 'absolute';
  // C:foo, C:/foo, and any colon (an NTFS alternate stream, a URL scheme): a package name never has one.
  if (name.includes(':')) return 'drive';
  if (name.endsWith('/')) return 'directory';
  const segments = name.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return 'traversal';
  if (segments.some((segment) => segment === '')) return 'traversal';
  return null;
}
