// The materials dictionary: both languages fill the same placeholders, and every key the checklist, the
// limits, the contract and the backend's refusals can put in front of a user has a sentence of its own.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFUSAL_REASONS } from '../../../electron/backend/attachments/sniff';
import { isAppKey } from '../../../shared/i18n/app';
import { isMaterialsKey, materialsDictionary } from '../../../shared/i18n/materials';

const root = resolve(import.meta.dirname, '..', '..', '..');
const KEY_IN_SOURCE = /(?:message|error|key): '([a-z][A-Za-z]*(?:\.[A-Za-z-]+)+)'/g;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(folder, entry.name)) : entry.name.endsWith('.ts') ? [join(root, folder, entry.name)] : [],
  );
}

const files = [...sourceFiles('shared/materials'), ...sourceFiles('electron/backend/attachments'), ...sourceFiles('electron/backend/materials'), join(root, 'shared/contract/materialsChannels.ts')];
const keys = [...new Set(files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(KEY_IN_SOURCE)].map((match) => match[1] ?? '')))].sort();

describe('the materials dictionary', () => {
  it.each(Object.keys(materialsDictionary.zh) as (keyof typeof materialsDictionary.zh)[])('%s has the same placeholders in both languages', (key) => {
    expect(materialsDictionary.en[key].trim()).not.toBe('');
    expect(placeholders(materialsDictionary.en[key])).toEqual(placeholders(materialsDictionary.zh[key]));
  });

  it('finds the keys of the schemas, the contract and the handlers', () => {
    expect(keys).toEqual(expect.arrayContaining(['materials.item.labelRequired', 'materials.upload.noFileName', 'materials.upload.typeFromBytes', 'materials.attachment.missing']));
  });

  it.each(keys)('%s reads as a sentence', (key) => {
    expect(isMaterialsKey(key) || isAppKey(key)).toBe(true);
  });

  it.each([...REFUSAL_REASONS])('the refusal "%s" has a sentence naming the file', (reason) => {
    const key = `materials.upload.refused.${reason}`;
    expect(isMaterialsKey(key)).toBe(true);
    if (isMaterialsKey(key)) expect(materialsDictionary.zh[key]).toContain('{fileName}');
  });
});
