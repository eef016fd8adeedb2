// The sentences of the materials page: its own dictionary, and a failed call described with it first (the
// upload's refusals are keys of shared/i18n/materials.ts), the app's dictionary otherwise.
import { useCallback } from 'react';
import type { AppError } from '../../../shared/contract/result';
import type { Params } from '../../../shared/i18n/core';
import { type MaterialsKey, isMaterialsKey, tm } from '../../../shared/i18n/materials';
import { type I18n, useI18n } from '../i18n';

export type Tx = (key: MaterialsKey, params?: Params) => string;

export function useMaterialsText(): { tx: Tx; i18n: I18n; describe(error: AppError): string } {
  const i18n = useI18n();
  const tx = useCallback<Tx>((key, params) => tm(i18n.language, key, params), [i18n.language]);
  const describe = useCallback((error: AppError) => describeError(error, i18n), [i18n]);
  return { tx, i18n, describe };
}

export function describeError(error: AppError, i18n: I18n): string {
  const issue = error.issues?.[0];
  if (issue && isMaterialsKey(issue.key)) return tm(i18n.language, issue.key, issue.params);
  if (issue && error.code === 'validation') return i18n.issue(issue.key, issue.params);
  return i18n.error(error);
}

/** "1.2 MB", "58 KB": sizes as people read them (1 MB = 1,000,000 bytes, as the limits are given). */
export function formatSize(bytes: number, language: I18n['language']): string {
  const locale = language === 'zh' ? 'zh-CN' : 'en-GB';
  if (bytes >= 1_000_000) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1_000_000)} MB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1000))} KB`;
}
