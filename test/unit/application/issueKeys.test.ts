// Every validation key the shared code (schemas, channels, rules: every folder but i18n) can put in front of a
// user reads as a sentence in both languages, never as the generic "not valid" fallback; and no key is in two
// dictionaries, where one would silently shadow the other.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISSUE_DICTIONARIES, appDictionary, isKnownIssueKey, translateIssueKey } from '../../../shared/i18n/app';

const shared = resolve(import.meta.dirname, '..', '..', '..', 'shared');
const KEY_IN_SOURCE = /(?:message|error|key): '([a-z][A-Za-z]*(?:\.[A-Za-z-]+)+)'/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'i18n' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const FOLDERS = readdirSync(shared, { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== 'i18n').map((entry) => entry.name);
const keys = [...new Set(FOLDERS.flatMap((folder) => sourceFiles(join(shared, folder))).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(KEY_IN_SOURCE)].map((match) => match[1] ?? '')))].sort();

describe('issue keys of the shared schemas', () => {
  it('finds the keys of the round and calendar schemas', () => {
    expect(keys).toEqual(expect.arrayContaining(['programme.id', 'programme.idTaken', 'calendar.adjustedNotWeekend', 'calendar.yearTwice', 'date.invalid']));
  });

  it('finds the keys of the summary document, outlines and summary channels', () => {
    expect(keys).toEqual(
      expect.arrayContaining(['summary.brokenText', 'summary.headingTooLong', 'summary.tooLarge', 'summary.duplicateSection', 'summary.snapshotNameRequired', 'outline.quoteRequired', 'outline.criterionNotAddressed']),
    );
  });

  it.each(keys)('%s is translated in both languages', (key) => {
    // Unknown keys would fall back to "not valid": the key must be in one of the dictionaries.
    expect(isKnownIssueKey(key)).toBe(true);
    for (const language of ['zh', 'en'] as const) expect(translateIssueKey(language, key).trim()).not.toBe('');
  });
});

describe('the dictionaries of issue keys', () => {
  it('share no key, so that none shadows another', () => {
    const owners = new Map<string, number>();
    for (const dictionary of [appDictionary, ...ISSUE_DICTIONARIES]) {
      for (const key of Object.keys(dictionary.zh)) owners.set(key, (owners.get(key) ?? 0) + 1);
    }
    expect([...owners].filter(([, count]) => count > 1).map(([key]) => key)).toEqual([]);
  });
});
