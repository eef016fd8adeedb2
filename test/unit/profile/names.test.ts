// A foreign applicant's name is the passport name in Latin letters; the Chinese name is optional for them
// and required of everyone else. Nationalities go to the online system and the printed form in Chinese,
// from TitlePrep's list, while the typed text stays as typed.
import { describe, expect, it } from 'vitest';
import nationalitiesFile from '../../../templates/form/nationalities.json';
import { missingFields } from '../../../shared/profile/completeness';
import { isForeignApplicant } from '../../../shared/profile/names';
import { chineseNationality, nationalityForSystem, nationalityKey } from '../../../shared/profile/nationality';
import { profileSchema } from '../../../shared/profile/schema';
import { formContent } from '../../../shared/print/formContent';
import { plainText } from '../../../shared/print/values';
import { sampleApplicationFile } from '../../support/forms';
import { sampleProfile } from '../../support/profiles';

const person = (patch: Partial<ReturnType<typeof sampleProfile>['person']>) => {
  const profile = sampleProfile();
  profile.person = { ...profile.person, ...patch };
  return profileSchema.parse(profile);
};
const missingNames = (patch: Parameters<typeof person>[0]) =>
  missingFields(person(patch))
    .map((field) => field.path.join('.'))
    .filter((path) => path.startsWith('person.name'));

describe('nationality in Chinese for the online system', () => {
  it('United Kingdom, UK, British, "the U.K." and full-width ＵＫ all copy as 英国', () => {
    for (const typed of ['United Kingdom', 'UK', 'british', 'the U.K.', 'ＵＫ', ' Great  Britain ', '英国']) expect(chineseNationality(typed)).toBe('英国');
  });
  it('common nationalities by name, code and adjective', () => {
    expect(chineseNationality('United States of America')).toBe('美国');
    expect(chineseNationality('DEU')).toBe('德国');
    expect(chineseNationality('Singaporean')).toBe('新加坡');
    expect(chineseNationality('Republic of Korea')).toBe('韩国');
  });
  it('a nationality not in the list is kept as typed, never guessed', () => {
    expect(chineseNationality('Atlantis')).toBeNull();
    expect(nationalityForSystem(' Atlantis ')).toBe('Atlantis');
    expect(nationalityForSystem('')).toBe('');
  });
  it('no spelling in the list names two countries', () => {
    const owner = new Map<string, string>();
    for (const entry of nationalitiesFile.countries) {
      for (const name of [entry.zh, entry.en, ...entry.aliases]) {
        const key = nationalityKey(name);
        expect(owner.get(key) ?? entry.zh, `${name}`).toBe(entry.zh);
        owner.set(key, entry.zh);
      }
    }
  });
  it('the printed form writes the nationality in Chinese', () => {
    const profile = person({ nationality: 'United Kingdom', nameZh: '', nameLatin: 'JOHN SMITH' });
    const basic = formContent(sampleApplicationFile({ profile })).sections.find((section) => section.id === 'basic');
    const cells = basic?.kind === 'grid' ? new Map(basic.lines.flat().map((pair) => [pair.label, plainText(pair.value, true)])) : new Map<string, string>();
    expect(cells.get('国籍（地区）')).toBe('英国');
  });
});

describe('the name a foreign applicant needs', () => {
  it('a foreign applicant with a passport name misses no name, without a Chinese one', () => {
    expect(isForeignApplicant({ idType: 'passport', nationality: 'United Kingdom' })).toBe(true);
    expect(missingNames({ nationality: 'United Kingdom', idType: 'passport', nameZh: '', nameLatin: 'JOHN SMITH' })).toEqual([]);
  });
  it('a foreign applicant is asked for the passport name, not a Chinese one', () => {
    expect(missingNames({ nationality: 'United Kingdom', idType: 'passport', nameZh: '约翰', nameLatin: '' })).toEqual(['person.nameLatin']);
  });
  it('a Chinese citizen is asked for the Chinese name, even with a passport', () => {
    expect(isForeignApplicant({ idType: 'passport', nationality: '中国' })).toBe(false);
    expect(missingNames({ nationality: '中国', idType: 'passport', nameZh: '', nameLatin: 'ZHANG WEI' })).toEqual(['person.nameZh']);
  });
  it('a resident of Hong Kong, Macao or Taiwan is not a foreign applicant', () => {
    expect(chineseNationality('Hong Kong')).toBe('中国香港');
    expect(isForeignApplicant({ idType: 'hk-macao-permit', nationality: '中国香港' })).toBe(false);
    expect(isForeignApplicant({ idType: 'passport', nationality: 'Macau' })).toBe(false);
  });
    it('without a known nationality, a foreigner’s document decides', () => {
    expect(isForeignApplicant({ idType: 'permanent-residence', nationality: '' })).toBe(true);
    expect(isForeignApplicant({ idType: 'resident-id', nationality: '' })).toBe(false);
  });
  it('before the nationality or the document is given, either name will do (a foreigner filling the page from the top is not told a Chinese name is needed)', () => {
    expect(missingNames({ nationality: '', idType: null, nameZh: '', nameLatin: 'ANNA SCHMIDT' })).toEqual([]);
    expect(missingNames({ nationality: '', idType: null, nameZh: '张伟', nameLatin: '' })).toEqual([]);
    // Once the nationality says Chinese, the Chinese name is asked for.
    expect(missingNames({ nationality: '中国', idType: null, nameZh: '', nameLatin: 'ZHANG WEI' })).toEqual(['person.nameZh']);
  });
  it('the form prints the name the applicant has: the passport name when there is no Chinese one', () => {
    const profile = person({ nationality: 'United Kingdom', nameZh: '', nameLatin: 'JOHN SMITH' });
    const file = sampleApplicationFile({ profile });
    const basic = formContent(file).sections.find((section) => section.id === 'basic');
    const cells = basic?.kind === 'grid' ? new Map(basic.lines.flat().map((pair) => [pair.label, plainText(pair.value, true)])) : new Map<string, string>();
    expect(cells.get('姓名')).toBe('JOHN SMITH');
    expect(file.report.items.filter((item) => item.target.page === 'profile' && item.target.path.join('.').startsWith('person.name'))).toEqual([]);
  });
});
