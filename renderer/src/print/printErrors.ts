// A failed print or import call, as a sentence in the user's language: the packet's own keys
// (shared/i18n/packet.ts), the form's (shared/i18n/form.ts), the documents' and the app's, in that order.
// A refusal for missing values also carries the list, as report items, so the page can link each one.
import type { Language } from '../../../shared/contract/channels';
import type { AppError, FieldIssue } from '../../../shared/contract/result';
import type { ReportItem } from '../../../shared/form/validation';
import { translateIssueKey } from '../../../shared/i18n/app';
import type { Params } from '../../../shared/i18n/core';
import { isDocumentsKey, td } from '../../../shared/i18n/documents';
import { isFormKey, tf } from '../../../shared/i18n/form';
import { isPacketKey, tp } from '../../../shared/i18n/packet';

export function issueText(language: Language, key: string, params?: Params): string {
  if (isPacketKey(key)) return tp(language, key, params);
  if (isFormKey(key)) return tf(language, key, params);
  if (isDocumentsKey(key)) return td(language, key, params);
  return translateIssueKey(language, key, params);
}

const PAGES = ['profile', 'application', 'form', 'summary'] as const;

/** A refusal's issue { path: [page, ...field path], key } back as the report item it came from. */
function asReportItem(issue: FieldIssue): ReportItem | null {
  const [page, ...path] = issue.path;
  const known = PAGES.find((name) => name === page);
  if (!known) return null;
  const target: ReportItem['target'] = known === 'summary' ? { page: 'summary', path: [] } : { page: known, path };
  return { target, key: issue.key, ...(issue.params ? { params: issue.params } : {}), severity: 'missing', parts: [] };
}

export interface PrintProblem {
  message: string;
  /** What is missing, when the packet was refused for it. */
  items: ReportItem[];
}

/** `fallback` is the app's sentence for an error without a known issue key (transport, not found…). */
export function describePrintError(error: AppError, language: Language, fallback: (error: AppError) => string): PrintProblem {
  const [first, ...rest] = error.issues ?? [];
  if (first && first.key === 'packet.incomplete') {
    return { message: tp(language, 'packet.incomplete', first.params), items: rest.map(asReportItem).filter((item): item is ReportItem => item !== null) };
  }
  // The packet's and the import's own refusals (a missing font is 'internal' but still has its sentence).
  const ownKey = first && (isPacketKey(first.key) || isFormKey(first.key) || isDocumentsKey(first.key));
  if (first && (ownKey || error.code === 'validation')) return { message: issueText(language, first.key, first.params), items: [] };
  return { message: fallback(error), items: [] };
}
