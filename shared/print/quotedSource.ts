// A programme value's source as the documents print it: the notice's own words in quotation marks, and
// where they come from. The words are quoted verbatim (in English when only the English notice is kept, and
// then said so); TitlePrep never rewrites a rule in its own words.
import { pzh, tprint } from '../i18n/print';
import type { Source } from '../programmes/source';

export interface QuotedSource {
  /** “…”: the verbatim quote; null when the source has none (a project note, a user's entry). */
  quote: string | null;
  /** A note that the quote is the English notice's wording, or null. */
  quoteNote: { zh: string; en: string } | null;
  /** "来源：…". */
  origin: { zh: string; en: string };
}

export function quotedSource(source: Source): QuotedSource {
  const both = (key: Parameters<typeof pzh>[0], params: Record<string, string>) => ({ zh: pzh(key, params), en: tprint('en', key, params) });
  switch (source.type) {
    case 'seed':
    case 'web': {
      const origin = source.type === 'seed'
        ? both('print.source.seed', { document: source.document, section: source.section })
        : both('print.source.web', { address: source.address, section: source.section });
      return {
        quote: source.quote === null ? null : pzh('print.source.quote', { quote: source.quote }),
        quoteNote: source.quote !== null && source.language === 'en' ? both('print.source.quoteInEnglish', {}) : null,
        origin,
      };
    }
    case 'project':
      return { quote: null, quoteNote: null, origin: both('print.source.project', { section: source.section, note: source.note }) };
    case 'user-entered':
      return { quote: null, quoteNote: null, origin: both('print.source.user', { note: source.note }) };
  }
}
