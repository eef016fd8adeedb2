// The online system and the printed form take the nationality in Chinese (英国, not "United Kingdom" or
// "British"). The applicant types it as they know it; this finds the Chinese short name in TitlePrep's list
// (templates/form/nationalities.json), and the typed text stays as typed.
import nationalitiesFile from '../../templates/form/nationalities.json';

interface Nationality {
  zh: string;
  en: string;
  aliases: string[];
}

const NATIONALITIES: readonly Nationality[] = nationalitiesFile.countries;

/** Case, width, dots, "the " and spacing do not matter: "U.K.", "the United Kingdom", "ＵＫ" are one name. */
export function nationalityKey(typed: string): string {
  return typed
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[\s\-_,]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

const byKey = new Map<string, Nationality>();
for (const entry of NATIONALITIES) {
  for (const name of [entry.zh, entry.en, ...entry.aliases]) byKey.set(nationalityKey(name), entry);
}

/** The Chinese short name of the typed nationality, or null when TitlePrep's list does not know it. */
export function chineseNationality(typed: string): string | null {
  const key = nationalityKey(typed);
  return key === '' ? null : (byKey.get(key)?.zh ?? null);
}

/** What the online system and the printed form take: the Chinese name when known, else the text as typed. */
export function nationalityForSystem(typed: string): string {
  return chineseNationality(typed) ?? typed.trim();
}
