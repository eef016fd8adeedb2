// The language in use, for components (context). Nothing outside React renders a sentence: a message kept
// for later keeps its key (or a function of the dictionary) and is written when shown.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Language } from '../../shared/contract/channels';
import type { AppError } from '../../shared/contract/result';
import type { Params } from '../../shared/i18n/core';
import { type AppKey, isKnownIssueKey, t as translate, translateIssueKey } from '../../shared/i18n/app';
import { translate as translateWith } from '../../shared/i18n/core';
import { eligibilityDictionary, type EligibilityKey } from '../../shared/i18n/eligibility';
import type { LocalizedText } from '../../shared/programmes/source';

export interface I18n {
  language: Language;
  t(key: AppKey, params?: Params): string;
  /** A label or message of the eligibility engine's dictionary (levels, degrees, calendar warnings). */
  te(key: EligibilityKey, params?: Params): string;
  /** The current language's side of a text given in both (programme names, engine messages). */
  pick(text: LocalizedText): string;
  /** A key from a validation issue, which may come from the backend. */
  issue(key: string, params?: Params): string;
  /** The sentence to show for a failed call. */
  error(error: AppError): string;
  formatDateTime(iso: string): string;
  formatTime(iso: string): string;
}

function makeI18n(language: Language): I18n {
  const locale = language === 'zh' ? 'zh-CN' : 'en-GB';
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  const t = (key: AppKey, params?: Params) => translate(language, key, params);
  return {
    language,
    t,
    te: (key, params) => translateWith(eligibilityDictionary, language, key, params),
    pick: (text) => text[language],
    issue: (key, params) => translateIssueKey(language, key, params),
    // 'internal' carries a detail (a translated transport problem or a developer message), unless the
    // backend named what happened with a key (a full disk, say): then that sentence is the whole message.
    // The other codes have a fixed sentence each.
    error: (error) => {
      const named = error.issues?.find((issue) => issue.path.length === 0 && isKnownIssueKey(issue.key));
      if (error.code === 'internal' && named) return translateIssueKey(language, named.key, named.params);
      return error.code === 'internal' ? t('error.internal', { detail: error.message }) : t(`error.${error.code}`);
    },
    formatDateTime: (iso) => (Number.isNaN(Date.parse(iso)) ? iso : dateTime.format(new Date(iso))),
    formatTime: (iso) => (Number.isNaN(Date.parse(iso)) ? iso : time.format(new Date(iso))),
  };
}

const I18nContext = createContext<I18n>(makeI18n('en'));

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => makeI18n(language), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
