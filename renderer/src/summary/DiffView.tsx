// A comparison of two versions, readable without colour: added and removed paragraphs carry a + or − and a
// word, changed ones show the words removed (struck, −) and added (underlined, +) in place. Long runs of
// unchanged paragraphs fold to one line; unchanged headings stay, to show where a change sits.
import type { ReplyOf } from '../../../shared/contract/channels';
import type { Block } from '../../../shared/summary/document';
import { type DiffEntry, diffText } from '../../../shared/summary/diff';
import { EnglishChange } from './EnglishChange';
import { useI18n } from '../i18n';

type Comparison = ReplyOf<'summary.snapshots.compare'>;

function blockClass(block: Block): string {
  return block.type === 'heading' ? 'diff-heading' : block.type === 'listItem' ? 'diff-list-item' : '';
}

function Changed({ entry }: { entry: Extract<DiffEntry, { op: 'change' }> }) {
  const { t } = useI18n();
  const englishChanged = (entry.before.english ?? '') !== (entry.after.english ?? '');
  return (
    <li className={`diff-entry diff-change ${blockClass(entry.after)}`}>
      <span className="diff-marker" aria-hidden="true">~</span>
      <span className="diff-label">{t('diff.changed')}</span>
      <p>
        {entry.segments.map((segment, index) =>
          segment.op === 'equal' ? (
            <span key={index}>{segment.text}</span>
          ) : segment.op === 'delete' ? (
            <del key={index} data-marker="−">{segment.text}</del>
          ) : (
            <ins key={index} data-marker="+">{segment.text}</ins>
          ),
        )}
      </p>
      {/* Written from English: a change of the English side is shown too (the Chinese may be unchanged). */}
      {englishChanged && (
        <p className="diff-english" lang="en">
          <span className="diff-label">{t('bilingual.diffEnglish')}</span> <EnglishChange segments={diffText(entry.before.english ?? '', entry.after.english ?? '')} />
        </p>
      )}
      {!entry.textChanged && !englishChanged && <p className="small muted">{t('diff.styleOnly')}</p>}
    </li>
  );
}

export function DiffView({ comparison, fromLabel, toLabel, onClose }: { comparison: Comparison; fromLabel: string; toLabel: string; onClose(): void }) {
  const { t } = useI18n();
  const { entries, stats } = comparison.diff;
  const rows: React.ReactNode[] = [];
  let unchanged = 0;
  const fold = (key: string) => {
    if (unchanged > 0) rows.push(<li key={key} className="diff-fold muted">{t('diff.unchanged', { count: unchanged })}</li>);
    unchanged = 0;
  };
  entries.forEach((entry, index) => {
    if (entry.op === 'equal') {
      if (entry.block.type !== 'heading') {
        unchanged += 1;
        return;
      }
      fold(`fold-${index}`);
      rows.push(<li key={index} className="diff-entry diff-equal diff-heading"><p>{entry.block.text}</p></li>);
      return;
    }
    fold(`fold-${index}`);
    if (entry.op === 'change') rows.push(<Changed key={index} entry={entry} />);
    else {
      const inserted = entry.op === 'insert';
      rows.push(
        <li key={index} className={`diff-entry ${inserted ? 'diff-insert' : 'diff-delete'} ${blockClass(entry.block)}`}>
          <span className="diff-marker" aria-hidden="true">{inserted ? '+' : '−'}</span>
          <span className="diff-label">{inserted ? t('diff.inserted') : t('diff.deleted')}</span>
          <p>{entry.block.text}</p>
        </li>,
      );
    }
  });
  fold('fold-end');
  const changes = stats.inserted + stats.deleted + stats.changed;
  return (
    <section className="card diff-view" aria-labelledby="diff-heading">
      <div className="card-heading">
        <h2 id="diff-heading">{t('diff.heading', { from: fromLabel, to: toLabel })}</h2>
        <button type="button" onClick={onClose}>
          {t('diff.close')}
        </button>
      </div>
      <p className="small">
        {t('diff.stats', { inserted: stats.inserted, deleted: stats.deleted, changed: stats.changed })} · {t('diff.words', { from: comparison.fromWords, to: comparison.toWords })}
      </p>
      {changes === 0 ? <p>{t('diff.none')}</p> : <ol className="diff-entries">{rows}</ol>}
    </section>
  );
}
