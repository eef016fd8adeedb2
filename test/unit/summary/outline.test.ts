// The outlines: valid, one per level of the notice (engineering) and for the accounting and economics
// associate-senior titles, criteria quoted word for word with their source, every criterion covered by a
// section, suggested lengths adding up to about the programme's minimum.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getProgramme } from '../../../shared/programmes';
import { documentSchema } from '../../../shared/summary/document';
import { documentFromOutline, getOutline, listOutlines, outlineSchema, parseOutline, suggestedTotal } from '../../../shared/summary/outline';
import type { Source } from '../../../shared/programmes';

const root = resolve(import.meta.dirname, '..', '..', '..');
const seedsDir = resolve(root, '..', 'shared', 'seeds');
const outlineFiles = readdirSync(resolve(root, 'templates', 'outlines')).filter((name) => name.endsWith('.json'));

describe('outline files', () => {
  it.each(outlineFiles)('%s validates and is loaded', (name) => {
    const file: unknown = JSON.parse(readFileSync(resolve(root, 'templates', 'outlines', name), 'utf8'));
    const parsed = outlineSchema.safeParse(file);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
    expect(listOutlines().map((outline) => `${outline.id}.json`)).toContain(name);
  });

  it('there is an outline for each engineering level and for the accounting and economics associate-senior titles', () => {
    expect(listOutlines().map((outline) => [outline.level, outline.series])).toEqual([
      ['junior', 'engineering'],
      ['intermediate', 'engineering'],
      ['associate-senior', 'engineering'],
      ['associate-senior', 'accounting'],
      ['associate-senior', 'economics'],
    ]);
    expect(getOutline('junior', 'accounting')).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('the notice lists 3 criteria for junior titles and 5 for intermediate and associate-senior', () => {
    expect(listOutlines().map((outline) => outline.criteria.items.length)).toEqual([3, 5, 5, 5, 5]);
  });

  it('the suggested lengths add up to about the programme minimum (3,000 to 3,000 + 10 %)', () => {
    const minimum = getProgramme('shanghai-c-r3');
    if (!minimum.ok) throw new Error(minimum.error.message);
    const min = minimum.value.summaryMinChars.value ?? 0;
    for (const outline of listOutlines()) {
      expect(suggestedTotal(outline), outline.id).toBeGreaterThanOrEqual(min);
      expect(suggestedTotal(outline), outline.id).toBeLessThanOrEqual(min * 1.1);
    }
  });

  it('every criterion is addressed by a section, and a criterion nobody addresses is refused', () => {
    const outline = listOutlines()[0]!;
    const broken = { ...outline, sections: outline.sections.map((section) => ({ ...section, addresses: [] })) };
    const result = parseOutline(broken, 'broken');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues?.map((issue) => issue.key)).toContain('outline.criterionNotAddressed');
    const unknown = { ...outline, sections: [{ ...outline.sections[0]!, addresses: ['c9'] }, ...outline.sections.slice(1)] };
    const unknownResult = parseOutline(unknown, 'unknown');
    expect(!unknownResult.ok && unknownResult.error.issues?.map((issue) => issue.key)).toContain('outline.unknownCriterion');
  });

  it('a criterion without a verbatim seed quote is refused', () => {
    const outline = listOutlines()[0]!;
    const item = outline.criteria.items[0]!;
    const unquoted = { ...outline, criteria: { ...outline.criteria, items: [{ ...item, zh: { ...item.zh, quote: null } }, ...outline.criteria.items.slice(1)] } };
    expect(parseOutline(unquoted, 'unquoted').ok).toBe(false);
  });

  it('every section has a title and advice in Chinese and English', () => {
    for (const outline of listOutlines()) {
      for (const section of outline.sections) {
        expect(section.title.zh).toMatch(/\p{Script=Han}/u);
        expect(section.advice.zh).toMatch(/^建议/);
        expect(section.advice.en).toMatch(/^Suggested:/);
      }
    }
  });

  it('a new summary from an outline has one heading per section, the outline\'s Chinese headings whatever the interface language, and is a valid document', () => {
    const outline = listOutlines()[2]!;
    const document = documentFromOutline(outline);
    expect(documentSchema.safeParse(document).success).toBe(true);
    expect(document.blocks.map((block) => block.type === 'heading' && block.id)).toEqual(outline.sections.map((section) => section.id));
    expect(document.blocks.map((block) => block.text)).toEqual(outline.sections.map((section) => section.title.zh));
  });

  it.skipIf(!existsSync(seedsDir))('every criterion is quoted word for word from its seed document', () => {
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    const seeds = new Map(readdirSync(seedsDir).map((name) => [name, squeeze(readFileSync(resolve(seedsDir, name), 'utf8'))]));
    for (const outline of listOutlines()) {
      const quotes: Source[] = [outline.criteria.preamble.zh, outline.criteria.preamble.en, ...outline.criteria.items.flatMap((item) => [item.zh, item.en])];
      for (const source of quotes) {
        if (source.type !== 'seed' || source.quote === null) throw new Error(`${outline.id}: not a seed quote`);
        expect(seeds.get(source.document), `${outline.id}: ${source.quote}`).toContain(squeeze(source.quote));
      }
    }
  });
});
