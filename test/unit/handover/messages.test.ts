// Every reason a package can be refused, every warning and transfer problem the backend sends and every
// table of the package has a sentence in both languages, with the same placeholders: no refusal reaches the
// user as a bare key.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFUSAL_REASONS } from '../../../electron/backend/handover/refusal';
import { CHANNELS } from '../../../shared/contract/channels';
import { handoverDictionary, isHandoverKey } from '../../../shared/i18n/handover';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

/** Every 'handover.…' key written out in the backend's hand-over code and in its channels (channel names aside). */
function keysInSources(): string[] {
  const folder = join(__dirname, '../../../electron/backend/handover');
  const files = [...readdirSync(folder).map((name) => join(folder, name)), join(__dirname, '../../../shared/contract/handoverChannels.ts')];
  const keys = new Set<string>();
  for (const file of files) for (const match of readFileSync(file, 'utf8').matchAll(/'(handover\.[A-Za-z.]+)'/g)) keys.add(match[1] as string);
  return [...keys].filter((key) => !(CHANNELS as readonly string[]).includes(key));
}

describe('the hand-over dictionary', () => {
  it('has a sentence for every refusal reason', () => {
    for (const reason of REFUSAL_REASONS) expect(isHandoverKey(`handover.refused.${reason}`), reason).toBe(true);
    // The request schema's own refusals.
    expect(isHandoverKey('handover.refused.notEncoded')).toBe(true);
  });

  it('has a sentence for every warning and every transfer problem the backend sends', () => {
    for (const key of ['roundDiffers', 'unknownProgramme', 'filesMissing']) expect(isHandoverKey(`handover.warning.${key}`), key).toBe(true);
    const keys = keysInSources();
    expect(keys).toEqual(expect.arrayContaining(['handover.upload.expired', 'handover.upload.sizeMismatch', 'handover.export.expired', 'handover.exportTooLarge']));
    for (const key of keys) expect(isHandoverKey(key), key).toBe(true);
  });

  it('uses the same placeholders in Chinese and English', () => {
    for (const [key, zh] of Object.entries(handoverDictionary.zh)) {
      expect(placeholders(handoverDictionary.en[key as keyof typeof handoverDictionary.en]), key).toEqual(placeholders(zh));
    }
  });
});
