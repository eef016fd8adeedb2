// The summary's history: every snapshot with its time, kind, name and 字数; a named one on request (after
// flushing the autosave, so it holds what is on screen); compare any two, or one with the current text;
// restore one (the backend first keeps the current text as a 'before-restore' snapshot).
import { useCallback, useEffect, useState } from 'react';
import type { SnapshotEntry } from '../../../shared/contract/summaryChannels';
import type { AppError } from '../../../shared/contract/result';
import { call } from '../api';
import { type I18n, useI18n } from '../i18n';
import { useToast } from '../toasts';

export type VersionRef = number | 'current';

interface Props {
  applicantId: string;
  programmeId: string;
  /** Changes when the list may have grown (a save took the daily snapshot). */
  refreshKey: number;
  /** Saves what is on screen; resolves when nothing is in flight. */
  flush(): Promise<void>;
  /** The snapshots compared; null stands for the current text (each named where it is shown, see snapshotLabel). */
  onCompare(fromId: VersionRef, toId: VersionRef, versions: [SnapshotEntry, SnapshotEntry | null]): void;
  onRestore(snapshot: SnapshotEntry): Promise<void>;
}

/** A snapshot's name on screen: its time in the interface's format, and the name the user gave it. */
export function snapshotLabel(snapshot: SnapshotEntry, i18n: I18n): string {
  return `${i18n.formatDateTime(snapshot.createdAt)}${snapshot.name ? ` “${snapshot.name}”` : ''}`;
}

export function HistoryPanel({ applicantId, programmeId, refreshKey, flush, onCompare, onRestore }: Props) {
  const i18n = useI18n();
  const { t, error, issue, formatDateTime } = i18n;
  const toast = useToast();
  const [snapshots, setSnapshots] = useState<SnapshotEntry[] | null>(null);
  const [selected, setSelected] = useState<number[]>([]);
  const [name, setName] = useState('');
  // The error itself, translated when shown: it follows a change of language.
  const [nameError, setNameError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    const result = await call('summary.snapshots.list', { applicantId, programmeId });
    if (result.ok) setSnapshots(result.value);
    else toast({ message: (i18n) => i18n.error(result.error) });
  }, [applicantId, programmeId, toast, error]);
  useEffect(() => void reload(), [reload, refreshKey]);

  const nameErrorText = (problem: AppError) => {
    const first = problem.issues?.[0];
    return first ? issue(first.key, first.params) : error(problem);
  };
  const labelOf = (snapshot: SnapshotEntry) => snapshotLabel(snapshot, i18n);
  const create = async () => {
    setBusy(true);
    await flush();
    const result = await call('summary.snapshots.create', { applicantId, programmeId, name: name.trim() });
    setBusy(false);
    if (!result.ok) {
      setNameError(result.error);
      return;
    }
    setNameError(null);
    setName('');
    const createdName = result.value.name ?? '';
    toast({ message: (i18n) => i18n.t('history.created', { name: createdName }) });
    void reload();
  };
  const toggle = (id: number) => setSelected((current) => (current.includes(id) ? current.filter((item) => item !== id) : [...current.slice(-1), id]));
  const byId = (id: number) => snapshots?.find((snapshot) => snapshot.id === id);
  const compareSelected = () => {
    // Older first, so the diff reads as what happened since.
    const [a, b] = [...selected].sort((x, y) => x - y).map((id) => byId(id));
    if (a && b) onCompare(a.id, b.id, [a, b]);
  };

  return (
    <section className="card side-card history-panel" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('history.heading')}</h2>
      <p className="small muted">{t('history.intro')}</p>
      <form
        className="history-create"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <input aria-label={t('history.name')} placeholder={t('history.name')} value={name} maxLength={100} aria-invalid={nameError !== null} onChange={(event) => setName(event.target.value)} />
        <button type="submit" disabled={busy}>
          {t('history.create')}
        </button>
        {nameError && <p className="field-error">{nameErrorText(nameError)}</p>}
      </form>
      {snapshots === null ? null : snapshots.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <>
          <button type="button" className="button-small" disabled={selected.length !== 2} onClick={compareSelected}>
            {t('history.compareSelected')}
          </button>
          <ul className="history-list">
            {snapshots.map((snapshot) => (
              <li key={snapshot.id} className="history-item" data-snapshot-kind={snapshot.kind}>
                <label className="history-select">
                  <input type="checkbox" checked={selected.includes(snapshot.id)} onChange={() => toggle(snapshot.id)} aria-label={`${t('history.select')}: ${labelOf(snapshot)}`} />
                  <span>
                    <time dateTime={snapshot.createdAt}>{formatDateTime(snapshot.createdAt)}</time>
                    <span className={`badge history-kind history-kind-${snapshot.kind}`}>{t(`history.kind.${snapshot.kind}`)}</span>
                  </span>
                </label>
                {snapshot.name && <span className="history-name">{snapshot.name}</span>}
                <span className="small muted">{t('history.words', { count: snapshot.words })}</span>
                <span className="history-actions">
                  <button type="button" className="button-small" onClick={() => onCompare(snapshot.id, 'current', [snapshot, null])}>
                    {t('history.compareCurrent')}
                  </button>
                  <button
                    type="button"
                    className="button-small"
                    onClick={() => {
                      if (window.confirm(t('history.restoreConfirm', { time: labelOf(snapshot) }))) void onRestore(snapshot);
                    }}
                  >
                    {t('history.restore')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
