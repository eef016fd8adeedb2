// The i18n mechanism shared by every dictionary. A dictionary is written once per language; the type
// forces the English and Chinese versions to have exactly the same keys and placeholders' owners.
import type { Language } from './language';

export type Messages<K extends string> = Record<K, string>;

/** A dictionary in both languages; `en` must have every key of `zh` and no other. */
export interface Dictionary<K extends string> {
  zh: Messages<K>;
  en: Messages<K>;
}

export function defineDictionary<const Z extends Record<string, string>>(zh: Z, en: Messages<keyof Z & string>): Dictionary<keyof Z & string> {
  return { zh, en };
}

export type Params = Record<string, string | number>;

/** Replaces {name} placeholders; a missing parameter stays visible rather than vanishing silently. */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function translate<K extends string>(dictionary: Dictionary<K>, language: Language, key: K, params?: Params): string {
  return format(dictionary[language][key], params);
}

/** The language to start with: Chinese for a zh-* system locale, English otherwise. */
export function languageFromLocale(locale: string | undefined | null): Language {
  return locale && /^zh\b/i.test(locale) ? 'zh' : 'en';
}
