// A certificate's renewals and verification as one line of text, in either language: the printed form
// writes them in Chinese, and the form page shows the same line in the UI's language (one wording, here).
import type { Language } from '../contract/channels';
import { tprint } from '../i18n/print';
import type { Certificate } from '../profile/schema';
import { formDate } from './values';

/** On paper and in the Chinese UI 2025年8月20日 (one date style on paper); in English the ISO date. */
const shownDate = (language: Language, date: string | null): string => (language === 'zh' ? formDate(date) : date ?? '');

/** "2024年1月1日 续期，有效期至 2027年1月1日；…", or '' when the certificate was never renewed. */
export function renewalsText(language: Language, certificate: Pick<Certificate, 'renewals'>): string {
  return certificate.renewals
    .map((renewal) => tprint(language, 'print.certificate.renewal', { renewedOn: shownDate(language, renewal.renewedOn), validUntil: shownDate(language, renewal.validUntil) }))
    .join(tprint(language, 'print.sentenceSeparator'));
}

/** "已通过查验（2025年8月20日）", or the status alone when there is no date. */
export function verificationText(language: Language, certificate: Pick<Certificate, 'verificationStatus' | 'verifiedOn'>): string {
  const status = tprint(language, `print.verificationStatus.${certificate.verificationStatus}`);
  return certificate.verifiedOn ? tprint(language, 'print.certificate.verifiedOn', { status, date: shownDate(language, certificate.verifiedOn) }) : status;
}
