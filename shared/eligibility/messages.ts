// A check's message in both languages at once, so the UI can switch language without re-running the engine.
import { eligibilityDictionary, type EligibilityKey } from '../i18n/eligibility';
import { format, type Params } from '../i18n/core';
import type { LocalizedText } from '../programmes/source';

/** A placeholder's value: the same in both languages (a number, a date), or one per language. */
export type MessageParam = string | number | LocalizedText;
export type MessageParams = Record<string, MessageParam>;

export interface Message {
  messageKey: EligibilityKey;
  message: LocalizedText;
}

function paramsFor(language: 'zh' | 'en', params: MessageParams): Params {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'object' ? value[language] : value]));
}

export function say(key: EligibilityKey, params: MessageParams = {}): Message {
  return {
    messageKey: key,
    message: {
      zh: format(eligibilityDictionary.zh[key], paramsFor('zh', params), 'zh'),
      en: format(eligibilityDictionary.en[key], paramsFor('en', params), 'en'),
    },
  };
}

/** A dictionary label (a degree, a field, a level) in both languages, for use as a placeholder. */
export function label(key: EligibilityKey): LocalizedText {
  return { zh: eligibilityDictionary.zh[key], en: eligibilityDictionary.en[key] };
}

export function joinLabels(labels: readonly LocalizedText[]): LocalizedText {
  return { zh: labels.map((text) => text.zh).join('/'), en: labels.map((text) => text.en).join(' or ') };
}
