// English plurals: a count chooses its word form by the language's plural rules (Intl.PluralRules), so the
// interface says "1 applicant" and "21 items", never "1 applicants" or "item(s)".
import { describe, expect, it } from 'vitest';
import { appDictionary } from '../../../shared/i18n/app';
import { backupsDictionary } from '../../../shared/i18n/backups';
import { type Dictionary, format, placeholderNames, translate } from '../../../shared/i18n/core';
import { documentsDictionary } from '../../../shared/i18n/documents';
import { eligibilityDictionary } from '../../../shared/i18n/eligibility';
import { formDictionary } from '../../../shared/i18n/form';
import { handoverDictionary } from '../../../shared/i18n/handover';
import { materialsDictionary } from '../../../shared/i18n/materials';
import { shellMessages } from '../../../shared/i18n/menu';
import { packetDictionary } from '../../../shared/i18n/packet';
import { printDictionary } from '../../../shared/i18n/print';
import { trackerDictionary } from '../../../shared/i18n/tracker';

const dictionaries: Record<string, Dictionary<string>> = {
  app: appDictionary,
  backups: backupsDictionary,
  documents: documentsDictionary,
  eligibility: eligibilityDictionary,
  form: formDictionary,
  handover: handoverDictionary,
  materials: materialsDictionary,
  menu: shellMessages,
  packet: packetDictionary,
  print: printDictionary,
  tracker: trackerDictionary,
};
const entries = Object.entries(dictionaries).flatMap(([name, dictionary]) =>
  Object.keys(dictionary.en).map((key) => ({ name, key, en: dictionary.en[key] ?? '', zh: dictionary.zh[key] ?? '' })),
);

describe('plural choices', () => {
  it('a count of one takes the singular, any other count the plural', () => {
    const template = '{count} {count|one:applicant|other:applicants}';
    expect(format(template, { count: 1 })).toBe('1 applicant');
    expect(format(template, { count: 21 })).toBe('21 applicants');
    expect(format(template, { count: 0 })).toBe('0 applicants');
    expect(format(template, { count: '1' })).toBe('1 applicant');
  });

  it('Chinese has one form: its rules choose "other"', () => {
    expect(format('{count|one:一|other:多}', { count: 1 }, 'zh')).toBe('多');
  });

  it('a missing or non-numeric count leaves the choice visible rather than guessing', () => {
    expect(format('{count} {count|one:item|other:items}', {})).toBe('{count} {count|one:item|other:items}');
    expect(format('{count|one:item|other:items}', { count: 'many' })).toBe('{count|one:item|other:items}');
  });

  it('the dictionaries say "1 applicant", "21 items", "1 day left"', () => {
    expect(translate(backupsDictionary, 'en', 'backups.created', { applicants: 1, size: '2 MB' })).toBe('Backed up: 1 applicant, 2 MB.');
    expect(translate(formDictionary, 'en', 'report.missingCount', { count: 21 })).toBe('21 items that printing needs are not filled in yet.');
    expect(translate(formDictionary, 'en', 'report.missingCount', { count: 1 })).toBe('1 item that printing needs is not filled in yet.');
    expect(translate(trackerDictionary, 'en', 'tracker.days.left', { days: 1 })).toBe('1 day left');
    expect(translate(trackerDictionary, 'zh', 'tracker.days.left', { days: 1 })).not.toMatch(/\|/);
  });
});

describe('every dictionary', () => {
  it.each(Object.keys(dictionaries))('%s: no "(s)" in English, and every plural choice names a placeholder of the Chinese and has an "other" form', (name) => {
    const problems = entries
      .filter((entry) => entry.name === name)
      .flatMap(({ key, en, zh }) => [
        ...(/\w\(s\)/.test(en) ? [`${key}: "(s)"`] : []),
        ...[...en.matchAll(/\{(\w+)\|([^{}]*)\}/g)].flatMap((match) => [
          ...(/(^|\|)other:/.test(match[2] ?? '') ? [] : [`${key}: no "other" form`]),
          ...(placeholderNames(zh).includes(match[1] ?? '') ? [] : [`${key}: {${match[1]}} is not in the Chinese`]),
        ]),
      ]);
    expect(problems).toEqual([]);
  });
});
