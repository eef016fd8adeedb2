// The hand-over package's words: its own dictionary (shared/i18n/handover), the sentence for a refused
// package or a failed call, the package's contents as lines, and its warnings.
import type { HandoverNotice, PackageSummary } from '../../../shared/contract/handoverChannels';
import { HANDOVER_MAX_GB } from '../../../shared/contract/handoverChannels';
import type { AppError } from '../../../shared/contract/result';
import { isBackupsKey, tb } from '../../../shared/i18n/backups';
import type { Params } from '../../../shared/i18n/core';
import { type HandoverKey, handoverDictionary, isHandoverKey, th } from '../../../shared/i18n/handover';
import type { I18n } from '../i18n';

export const MAX_GB = HANDOVER_MAX_GB;

export type HandoverText = (key: HandoverKey, params?: Params) => string;

export function handoverText(i18n: I18n): HandoverText {
  return (key, params) => th(i18n.language, key, params);
}

/** A key of the handover dictionary with its parameters; `what` (a refused document) is translated too. */
function sentence(key: HandoverKey, params: Params | undefined, i18n: I18n): string {
  const what = params?.what;
  const whatKey = `handover.what.${String(what)}`;
  const translated = what !== undefined && isHandoverKey(whatKey) ? th(i18n.language, whatKey) : what;
  // The request schema's refusal of a large file carries no parameters: the limit is this app's.
  return th(i18n.language, key, { maxGb: MAX_GB, ...params, ...(translated !== undefined ? { what: translated } : {}) });
}

/** Why a call failed: a refused package, a backup that could not be made, or the app's general sentence. */
export function describeHandoverError(error: AppError, i18n: I18n): string {
  const issue = error.issues?.[0];
  if (issue && isHandoverKey(issue.key)) return sentence(issue.key, issue.params, i18n);
  if (issue && isBackupsKey(issue.key)) return tb(i18n.language, issue.key, issue.params);
  if (issue && error.code === 'validation') return i18n.issue(issue.key, issue.params);
  return i18n.error(error);
}

export function noticeText(notice: HandoverNotice, i18n: I18n): string {
  return isHandoverKey(notice.key) ? sentence(notice.key, notice.params, i18n) : i18n.issue(notice.key, notice.params);
}

/** Tables whose rows are parts of another's (a summary's stored paragraphs): not listed on their own. */
const INTERNAL_TABLES = new Set(['summary_block']);

/** The dictionary lists the tables in the order a person reads them: profile first, scans last. */
const TABLE_ORDER = Object.keys(handoverDictionary.zh).filter((key) => key.startsWith('handover.table.'));

/** One line per kind of data in the package, in reading order; tables without a label summed as "other". */
export function contentLines(summary: PackageSummary, i18n: I18n): string[] {
  const lines: { order: number; text: string }[] = [];
  let other = 0;
  for (const { table, rows } of summary.tables) {
    if (rows === 0 || INTERNAL_TABLES.has(table)) continue;
    const key = `handover.table.${table}`;
    if (isHandoverKey(key)) lines.push({ order: TABLE_ORDER.indexOf(key), text: th(i18n.language, key, { count: rows }) });
    else other += rows;
  }
  if (other > 0) lines.push({ order: TABLE_ORDER.length, text: th(i18n.language, 'handover.table.other', { count: other }) });
  return lines.sort((a, b) => a.order - b.order).map((line) => line.text);
}
