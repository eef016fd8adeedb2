// What a copy button puts on the clipboard: the value as the online system wants it. Empty values of the
// sections the system requires (templates/form/fields.json, noneWhenEmpty) become 无; lengths there are
// suggestions only (the system's limits are not published).
import fieldRules from '../../../templates/form/fields.json';

/** The online system is Chinese: 无 whatever the language of the UI. */
export const NONE_TEXT: string = fieldRules.noneText.zh;

const NONE_WHEN_EMPTY: ReadonlySet<string> = new Set(fieldRules.noneWhenEmpty);
const LENGTH_HINTS: Readonly<Record<string, number>> = fieldRules.lengthHints;

type Path = readonly (string | number)[];

/** The rule name of a path: row indexes dropped, so achievements.3.title → achievements.title. */
export function ruleKey(path: Path): string {
  return path.filter((step) => typeof step === 'string').join('.');
}

/** True when the online system wants 无 for this field or list when it is empty. */
export function noneWhenEmpty(path: Path): boolean {
  return NONE_WHEN_EMPTY.has(ruleKey(path));
}

/** The suggested maximum length (code points) of a field, if the form has one. */
export function suggestedLength(path: Path): number | undefined {
  return LENGTH_HINTS[ruleKey(path)];
}

/** Length as the online system and the report count it: code points, after trimming. */
export function lengthOf(value: string): number {
  return [...value.trim()].length;
}

export function copyValue(value: string, path: Path): string {
  const trimmed = value.trim();
  return trimmed === '' && noneWhenEmpty(path) ? NONE_TEXT : trimmed;
}
