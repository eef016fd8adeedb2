// Where a rule or a date comes from, with the notice's words on demand. A <details> keeps the page short
// and opens from the keyboard; the quote carries its own language so a screen reader reads it right.
import type { Programme, Source } from '../../../shared/programmes';
import { useI18n } from '../i18n';

/** The notice's number names a seed document better than its file name, when the programme gives one. */
function noticeNumberFor(source: Source, programme: Programme | null | undefined): string | null {
  if (source.type !== 'seed' || !programme?.notice.number) return null;
  const notice = programme.notice.source;
  return notice.type === 'seed' && notice.document === source.document ? programme.notice.number : null;
}

export function useSourceTitle(): (source: Source, programme?: Programme | null) => string {
  const { t } = useI18n();
  return (source, programme) => {
    switch (source.type) {
      case 'seed': {
        const notice = noticeNumberFor(source, programme);
        return notice ? t('source.seedWithNotice', { notice, section: source.section }) : t('source.seed', { section: source.section, document: source.document });
      }
      case 'web':
        return t('source.web', { section: source.section, address: source.address });
      case 'project':
        return t('source.project', { section: source.section });
      case 'user-entered':
        return t('source.userEntered');
    }
  };
}

export function SourceNote({ source, programme }: { source: Source; programme?: Programme | null }) {
  const { t } = useI18n();
  const title = useSourceTitle()(source, programme);
  const body = (() => {
    switch (source.type) {
      case 'seed':
      case 'web':
        return source.quote ? (
          <blockquote lang={source.language === 'zh' ? 'zh-CN' : 'en'}>{source.quote}</blockquote>
        ) : (
          <p className="muted">{t('source.noQuote')}</p>
        );
      case 'project':
        return <p lang="en">{source.note}</p>;
      case 'user-entered':
        return source.note ? <p>{source.note}</p> : <p className="muted">{t('source.noQuote')}</p>;
    }
  })();
  return (
    <details className="source-note">
      <summary>{t('source.label', { title })}</summary>
      {body}
    </details>
  );
}
