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

const pluralRules: Record<Language, Intl.PluralRules> = { zh: new Intl.PluralRules('zh-CN'), en: new Intl.PluralRules('en-GB') };

const hasParam = (params: Params, name: string) => Object.prototype.hasOwnProperty.call(params, name);

/**
 * The word form a count needs: `{count|one:field|other:fields}` reads `fields` unless the language's plural
 * rules (Intl.PluralRules) call the count "one". Any category of the rules may be given (zero, one, two, few,
 * many); `other` is the fallback. Chinese has no plural forms, so its sentences need no such choice.
 */
function choosePlural(language: Language, count: number, choices: string): string {
  const forms = new Map<string, string>();
  for (const choice of choices.split('|')) {
    const colon = choice.indexOf(':');
    if (colon > 0) forms.set(choice.slice(0, colon), choice.slice(colon + 1));
  }
  return forms.get(pluralRules[language].select(count)) ?? forms.get('other') ?? '';
}

/**
 * Replaces {name} placeholders and {name|one:…|other:…} plural choices; a missing parameter stays visible
 * rather than vanishing silently. Plural choices follow `language` (English when not given).
 */
export function format(template: string, params?: Params, language: Language = 'en'): string {
  if (!params) return template;
  return template
    .replace(/\{(\w+)\|([^{}]*)\}/g, (whole, name: string, choices: string) => {
      const value = hasParam(params, name) ? Number(params[name]) : Number.NaN;
      return Number.isFinite(value) ? choosePlural(language, value, choices) : whole;
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) => (hasParam(params, name) ? String(params[name]) : whole));
}

/** Names of the {name} placeholders and {name|…} plural choices a template uses, sorted, each once. */
export function placeholderNames(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)(?:\|[^{}]*)?\}/g)].map((match) => match[1] ?? ''))].sort();
}

export function translate<K extends string>(dictionary: Dictionary<K>, language: Language, key: K, params?: Params): string {
  return format(dictionary[language][key], params, language);
}

/** The language to start with: Chinese for a zh-* system locale, English otherwise. */
export function languageFromLocale(locale: string | undefined | null): Language {
  return locale && /^zh\b/i.test(locale) ? 'zh' : 'en';
}
