// The words of the eligibility rules' screens (shared/i18n/rules.ts) in the current language.
import type { Params } from '../../shared/i18n/core';
import { type RulesKey, rulesText } from '../../shared/i18n/rules';
import { useI18n } from './i18n';

export function useRulesText(): (key: RulesKey, params?: Params) => string {
  const { language } = useI18n();
  return (key, params) => rulesText(language, key, params);
}
