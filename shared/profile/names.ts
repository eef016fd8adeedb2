// Which name an applicant must give. A foreign applicant's name is the one in the passport, in Latin
// letters; a Chinese name is optional for them (the official rule for the online system is not published,
// so TitlePrep does not demand one). Everyone else is asked for the Chinese name.
import { chineseNationality } from './nationality';
import type { Profile } from './schema';

type Person = Pick<Profile['person'], 'idType' | 'nationality'>;

/** China and its regions (the list's names): residents of Hong Kong, Macao and Taiwan are not foreign. */
const CHINESE_NATIONALITIES: readonly string[] = ['中国', '中国香港', '中国澳门', '中国台湾'];

/** Documents a foreigner identifies with. */
const FOREIGN_ID_TYPES: readonly (string | null)[] = ['passport', 'permanent-residence'];

/**
 * True for a foreign applicant: a nationality TitlePrep knows that is not China's; when the nationality is
 * not given (or not in the list), a foreigner's document. A Chinese citizen may hold a passport too.
 */
export function isForeignApplicant(person: Person): boolean {
  const nationality = chineseNationality(person.nationality);
  if (nationality !== null) return !CHINESE_NATIONALITIES.includes(nationality);
  return FOREIGN_ID_TYPES.includes(person.idType);
}

/** The name field the application needs: the Latin one for a foreign applicant, else the Chinese one. */
export function requiredNameField(person: Person): 'nameZh' | 'nameLatin' {
  return isForeignApplicant(person) ? 'nameLatin' : 'nameZh';
}

/**
 * Whether the profile says yet who the applicant is: a nationality from the list, or a document chosen.
 * Until then a newcomer filling the page from the top is not told a Chinese name is needed: a foreigner
 * would be told wrong.
 */
export function originKnown(person: Person): boolean {
  return chineseNationality(person.nationality) !== null || person.idType !== null;
}

/** The name still missing, or null: until the origin is known, either name will do. */
export function missingNameField(person: Person & Pick<Profile['person'], 'nameZh' | 'nameLatin'>): 'nameZh' | 'nameLatin' | null {
  if (!originKnown(person) && (person.nameZh !== '' || person.nameLatin !== '')) return null;
  const field = requiredNameField(person);
  return person[field] === '' ? field : null;
}
