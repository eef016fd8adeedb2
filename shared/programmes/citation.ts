// A source as a person can look it up: the issuing body, the title, the document number where there is one,
// the date and the section ("上海市人力资源和社会保障局《…通知》（沪人社专〔2024〕296号，2024年9月4日）二、考核认定范围").
// The documents' data is templates/citations/sources.json, keyed by the machine reference a Source carries
// (a seed file name, an address): that key is never shown. Used by the screens and by the printed documents.
import citations from '../../templates/citations/sources.json';
import type { Language } from '../contract/channels';
import { rulesText } from '../i18n/rules';
import type { LocalizedText, Source } from './source';

interface CitedDocument {
  issuer: LocalizedText | null;
  title: LocalizedText;
  number: string | null;
  /** YYYY-MM-DD, or YYYY when only the year is known. */
  published: string | null;
  /** The language of the document's own words (an English-only notice keeps its English quote). */
  language: 'zh' | 'en';
}

const DOCUMENTS: Readonly<Record<string, CitedDocument>> = citations.documents as Record<string, CitedDocument>;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025年9月19日" / "19 September 2025" (a bare year stays a year); anything else is shown as given. */
export function longDate(iso: string, language: Language): string {
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (full) {
    const [, year = '', month = '', day = ''] = full;
    return rulesText(language, 'rules.cite.date', { year, month: String(Number(month)), day: String(Number(day)), monthName: MONTHS[Number(month) - 1] ?? month });
  }
  return /^\d{4}$/.test(iso) ? rulesText(language, 'rules.cite.year', { year: iso }) : iso;
}

export interface Citation {
  /** The reference in each language. */
  text: LocalizedText;
  /** The document's words, verbatim, or null (a default, a user's entry). */
  quote: string | null;
  quoteLanguage: 'zh' | 'en' | null;
  /** "英文原文" / "English original" when the quote is English (shown in both UIs, so never unlabelled). */
  quoteLabel: LocalizedText | null;
  kind: 'document' | 'default' | 'user-entered';
}

const both = (make: (language: Language) => string): LocalizedText => ({ zh: make('zh'), en: make('en') });

/** The document a source names, when the citation data knows it. */
export function citedDocument(source: Source): CitedDocument | null {
  if (source.type === 'seed') return DOCUMENTS[source.document] ?? null;
  if (source.type === 'web') return DOCUMENTS[source.address] ?? null;
  return null;
}

function documentText(document: CitedDocument | null, source: Extract<Source, { type: 'seed' | 'web' }>, language: Language): string {
  const sectionKey = (document?.language ?? source.language) === 'zh' ? 'rules.cite.sectionOfChinese' : 'rules.cite.sectionOfEnglish';
  const section = rulesText(language, sectionKey, { section: source.section });
  // A document missing from the data still gets a readable reference: its address, never a file name.
  if (document === null) return source.type === 'web' ? `${source.address} ${section}` : section;
  const details = [document.number, document.published === null ? null : longDate(document.published, language)].filter((part): part is string => part !== null);
  const issuer = document.issuer?.[language] ?? '';
  const title = document.title[language];
  if (details.length === 0) return rulesText(language, 'rules.cite.documentNoDetails', { issuer, title, section }).replace(/^, /, '');
  const joined = details.reduce((first, second) => rulesText(language, 'rules.cite.detailsJoin', { first, second }));
  return rulesText(language, 'rules.cite.document', { issuer, title, details: joined, section }).replace(/^, /, '');
}

export function citeSource(source: Source): Citation {
  switch (source.type) {
    case 'seed':
    case 'web': {
      const document = citedDocument(source);
      const english = source.quote !== null && source.language === 'en';
      return {
        text: both((language) => documentText(document, source, language)),
        quote: source.quote,
        quoteLanguage: source.quote === null ? null : source.language,
        quoteLabel: english ? both((language) => rulesText(language, 'rules.source.englishQuote')) : null,
        kind: 'document',
      };
    }
    case 'project':
      return { text: both((language) => rulesText(language, 'rules.source.default')), quote: null, quoteLanguage: null, quoteLabel: null, kind: 'default' };
    case 'user-entered':
      return {
        text: both((language) => (source.note.trim() === '' ? rulesText(language, 'rules.source.userEntered') : rulesText(language, 'rules.source.userEnteredNote', { note: source.note }))),
        quote: null,
        quoteLanguage: null,
        quoteLabel: null,
        kind: 'user-entered',
      };
  }
}

/** The State Council's notice a bundled holiday year comes from, by its title. */
export function holidayNoticeTitle(year: number): LocalizedText {
  const title = citations.holidays.title;
  return { zh: title.zh.replaceAll('{year}', String(year)), en: title.en.replaceAll('{year}', String(year)) };
}
