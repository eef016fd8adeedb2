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
