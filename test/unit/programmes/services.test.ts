// "What your certificate can do for you": List 3.0 services per category, and Guangzhou's provisions.
import { describe, expect, it } from 'vitest';
import { certificateServices, getProgramme, listServices } from '../../../shared/programmes';

describe('List 3.0 services by category', () => {
  it('the file validates and has the four categories with their sources', () => {
    const list = listServices();
    if (!list.ok) throw new Error(list.error.message);
    expect(list.value.categories.map((entry) => entry.category)).toEqual(['A', 'B', 'C', 'D']);
    for (const entry of list.value.categories) {
      for (const service of entry.services) {
        expect(service.sources.length, service.id).toBeGreaterThan(0);
        expect(service.sources.every((source) => source.type === 'seed' && source.quote !== null)).toBe(true);
      }
    }
  });

  const ids = (categories: string[]) => {
    const result = certificateServices(categories);
    if (!result.ok) throw new Error(result.error.message);
    return result.value.map((entry) => [entry.category, entry.services.map((service) => service.id)]);
  };

  it('A: five-year visa and residence, age 70, five-year high-end permit, points, overseas experience as domestic', () => {
    expect(ids(['A'])).toEqual([
      [
        'A',
        [
          'five-year-visa-and-residence',
          'work-permit-age-70',
          'five-year-high-end-work-permit',
          'residence-permit-points',
          'overseas-talent-residence-permit-points',
          'overseas-experience-as-domestic',
        ],
      ],
    ]);
  });

  it('B: high-end permit without limits, permanent residence with family, five-year or R visa, talent introduction', () => {
    expect(ids(['B'])[0]?.[1]).toEqual(
      expect.arrayContaining(['high-end-work-permit-without-limits', 'permanent-residence', 'five-year-visa-or-r-visa', 'talent-introduction']),
    );
  });

  it('a certificate in several categories sees each, in list order; unknown letters are ignored', () => {
    expect(ids(['D', 'C', 'x', 'C']).map(([category]) => category)).toEqual(['C', 'D']);
    expect(ids([])).toEqual([]);
  });
});

describe('Guangzhou: the corresponding level and its provisions', () => {
  it('says the qualification plus years may lead higher and that renewals accumulate, with the report quoted', () => {
    const programme = getProgramme('guangzhou-2025');
    if (!programme.ok) throw new Error(programme.error.message);
    const provisions = new Map(programme.value.catalogue?.provisions.map((provision) => [provision.id, provision.source]));
    const quote = (id: string) => {
      const source = provisions.get(id);
      return source && source.type === 'seed' ? source.quote : null;
    };
    expect(quote('higher-level-with-years')).toMatch(/higher-level title/);
    expect(quote('renewals-accumulate')).toMatch(/accumulated with their original validity/);
  });
});
