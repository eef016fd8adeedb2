// One Chinese name for the assessment form: 考核认定表, as the notices call it. Other words for it
// (申报表, 表格 for the form itself) leave a reader wondering whether there are two forms.
import { describe, expect, it } from 'vitest';
import { appDictionary } from '../../../shared/i18n/app';
import type { Dictionary } from '../../../shared/i18n/core';
import { documentsDictionary } from '../../../shared/i18n/documents';
import { formDictionary } from '../../../shared/i18n/form';
import { materialsDictionary } from '../../../shared/i18n/materials';
import { packetDictionary } from '../../../shared/i18n/packet';
import { printDictionary } from '../../../shared/i18n/print';
import { trackerDictionary } from '../../../shared/i18n/tracker';

const dictionaries: Dictionary<string>[] = [appDictionary, documentsDictionary, formDictionary, materialsDictionary, packetDictionary, printDictionary, trackerDictionary];
/** Keys where 表格 means a table inside an imported Word file, not the form. */
const TABLES_IN_A_FILE = new Set(['documents.import.warning.tables']);

describe('the name of the form in Chinese', () => {
  it('no Chinese sentence calls it 申报表, 表格 or 表单', () => {
    const others = dictionaries.flatMap((dictionary) =>
      Object.entries(dictionary.zh).filter(([key, text]) => !TABLES_IN_A_FILE.has(key) && /申报表|表格|表单/.test(text)).map(([key, text]) => `${key}: ${text}`),
    );
    expect(others).toEqual([]);
  });

  it('the form page is called 考核认定表', () => {
    expect(formDictionary.zh['nav.form']).toBe('考核认定表');
  });
});
