// Every validation key the shared schemas of the profile, the application, the programmes (user rounds), the
// calendar and the work summary (document, outlines, summary channels) can put in front of a user reads as a
// sentence in both languages, never as the generic "not valid" fallback.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppKey, translateIssueKey } from '../../../shared/i18n/app';
import { isDocumentsKey } from '../../../shared/i18n/documents';
import { eligibilityDictionary } from '../../../shared/i18n/eligibility';

const shared = resolve(import.meta.dirname, '..', '..', '..', 'shared');
const KEY_IN_SOURCE = /(?:message|error|key): '([a-z][A-Za-z]*(?:\.[A-Za-z-]+)+)'/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'i18n' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const FOLDERS = ['profile', 'application', 'programmes', 'calendar', 'contract', 'eligibility', 'summary'];
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
    expect(isAppKey(key) || isDocumentsKey(key) || Object.prototype.hasOwnProperty.call(eligibilityDictionary.zh, key)).toBe(true);
    for (const language of ['zh', 'en'] as const) expect(translateIssueKey(language, key).trim()).not.toBe('');
  });
});
