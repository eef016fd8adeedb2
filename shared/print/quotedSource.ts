// A programme value's source as the documents print it: the notice's own words in quotation marks, and
// where they come from, cited as a person can look it up (shared/programmes/citation.ts: issuer, title,
// document number, date, section; never a file name). The words are quoted verbatim (in English when only the
// English notice is kept, and then labelled 英文原文); TitlePrep never rewrites a rule in its own words.
import { pzh, tprint } from '../i18n/print';
import { citeSource } from '../programmes/citation';
import type { Source } from '../programmes/source';

export interface QuotedSource {
  /** “…”: the verbatim quote; null when the source has none (a default, a user's entry). */
  quote: string | null;
  /** A note that the quote is the English notice's wording, or null. */
  quoteNote: { zh: string; en: string } | null;
  /** "来源：…". */
  origin: { zh: string; en: string };
}

export function quotedSource(source: Source): QuotedSource {
  const both = (key: Parameters<typeof pzh>[0], params: Record<string, string>) => ({ zh: pzh(key, params), en: tprint('en', key, params) });
  if (source.type === 'user-entered') return { quote: null, quoteNote: null, origin: both('print.source.user', { note: source.note }) };
  const citation = citeSource(source);
  return {
    quote: citation.quote === null ? null : pzh('print.source.quote', { quote: citation.quote }),
    quoteNote: citation.quoteLabel === null ? null : both('print.source.quoteInEnglish', {}),
    origin: { zh: pzh('print.source.cited', { citation: citation.text.zh }), en: tprint('en', 'print.source.cited', { citation: citation.text.en }) },
  };
}
