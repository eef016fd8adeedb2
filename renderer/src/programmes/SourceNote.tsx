// Where a rule or a date comes from, cited as a person can look it up (shared/programmes/citation.ts), with the
// notice's words on demand. A <details> keeps the page short and opens from the keyboard; the quote carries
// its own language so a screen reader reads it right, and an English quote is labelled as such.
import { citeSource } from '../../../shared/programmes/citation';
import type { Programme, Source } from '../../../shared/programmes';
import { useI18n } from '../i18n';

/** The reference of a source in the current language ("上海市人力资源和社会保障局《…》（沪人社专〔2024〕296号…）…"). */
export function useSourceTitle(): (source: Source, programme?: Programme | null) => string {
  const { pick } = useI18n();
  return (source) => pick(citeSource(source).text);
}

/** The quoted words, labelled 英文原文 / English original when they are the English notice's. */
export function SourceQuote({ source }: { source: Source }) {
  const { t, pick } = useI18n();
  const citation = citeSource(source);
  if (citation.quote === null) return citation.kind === 'document' ? <p className="muted">{t('source.noQuote')}</p> : null;
  return (
    <>
      {citation.quoteLabel && <p className="quote-label small muted">{pick(citation.quoteLabel)}</p>}
      <blockquote lang={citation.quoteLanguage === 'zh' ? 'zh-CN' : 'en'}>{citation.quote}</blockquote>
    </>
  );
}

export function SourceNote({ source }: { source: Source; programme?: Programme | null }) {
  const { t } = useI18n();
  const title = useSourceTitle()(source);
  return (
    <details className="source-note">
      <summary>{t('source.label', { title })}</summary>
      <SourceQuote source={source} />
    </details>
  );
}
