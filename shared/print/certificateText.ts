// A certificate's renewals and verification as one line of text, in either language: the printed form
// writes them in Chinese, and the form page shows the same line in the UI's language (one wording, here).
import type { Language } from '../contract/channels';
import { tprint } from '../i18n/print';
import type { Certificate } from '../profile/schema';

/** "2024-01-01 续期，有效期至 2027-01-01；…", or '' when the certificate was never renewed. */
export function renewalsText(language: Language, certificate: Pick<Certificate, 'renewals'>): string {
  return certificate.renewals
    .map((renewal) => tprint(language, 'print.certificate.renewal', { renewedOn: renewal.renewedOn ?? '', validUntil: renewal.validUntil ?? '' }))
    .join(tprint(language, 'print.sentenceSeparator'));
}

/** "已通过查验（2025-08-20）", or the status alone when there is no date. */
export function verificationText(language: Language, certificate: Pick<Certificate, 'verificationStatus' | 'verifiedOn'>): string {
  const status = tprint(language, `print.verificationStatus.${certificate.verificationStatus}`);
  return certificate.verifiedOn ? tprint(language, 'print.certificate.verifiedOn', { status, date: certificate.verifiedOn }) : status;
}
