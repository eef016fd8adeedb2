// The acknowledged warnings that still stand: what the cover sheet lists as 已确认. An acknowledgement of a
// warning the review no longer finds (the text was fixed) is not shown; one warning found twice is shown once.
import type { Localized } from '../print/noticeContent';
import { type ReviewFormName, findingMessage, reviewText } from '../i18n/review';
import type { ReviewFinding } from './types';

export function acknowledgedFindings(findings: readonly ReviewFinding[], acknowledgedKeys: readonly string[]): ReviewFinding[] {
  const keys = new Set(acknowledgedKeys);
  const seen = new Set<string>();
  return findings.filter((finding) => {
    if (finding.severity !== 'warning' || !keys.has(finding.key) || seen.has(finding.key)) return false;
    seen.add(finding.key);
    return true;
  });
}

/** The cover sheet's lines: "已确认：…" in Chinese, with the English under it in English mode; the form named
 * as the programme's paper is (its 考核认定表, or TitlePrep's 申报信息汇总 where it publishes none). */
export function acknowledgedLines(findings: readonly ReviewFinding[], form: ReviewFormName = 'form'): Localized[] {
  return findings.map((finding) => ({
    zh: reviewText('zh', 'review.cover.line', { message: findingMessage('zh', finding, form) }),
    en: reviewText('en', 'review.cover.line', { message: findingMessage('en', finding, form) }),
  }));
}
