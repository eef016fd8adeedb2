// The programmes: shipped ones (read-only) and the user's rounds, with the form to create or edit a round.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProgrammeSummary } from '../../../shared/contract/programmeChannels';
import type { AppError } from '../../../shared/contract/result';
import type { Programme } from '../../../shared/programmes';
import { call } from '../api';
import { useI18n } from '../i18n';
import { markReady } from '../ready';
import { useToast } from '../toasts';
import { ProgrammeCard } from './ProgrammeCard';
import { RoundForm } from './RoundForm';
import { blankRound, type RoundFormValues, valuesOfRound } from './roundForm';
import { rulesText } from '../../../shared/i18n/rules';

type Editing = { mode: 'create' | 'edit'; base: Programme; initial?: RoundFormValues } | null;

/** The form for the round after `base`: named after it in both languages, every date left empty. */
function nextRoundValues(base: Programme): RoundFormValues {
  return { ...blankRound(), nameZh: rulesText('zh', 'rules.round.nextName', { round: base.name.zh }), nameEn: rulesText('en', 'rules.round.nextName', { round: base.name.en }) };
}
type Load = { kind: 'loading' } | { kind: 'loaded'; summaries: ProgrammeSummary[]; programmes: Programme[] } | { kind: 'failed'; error: AppError };

/** `nextFrom`: a round whose successor to prepare ("prepare for the next round" on a closed round's banner). */
export function ProgrammesPage({ nextFrom = null }: { nextFrom?: string | null }) {
  const { t, error, pick } = useI18n();
  const toast = useToast();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [editing, setEditing] = useState<Editing>(null);

  const reload = useCallback(async () => {
    const list = await call('programmes.list', {});
    if (!list.ok) {
      setLoad({ kind: 'failed', error: list.error });
      return;
    }
    const details = await Promise.all(list.value.map((summary) => call('programmes.get', { id: summary.id })));
    setLoad({ kind: 'loaded', summaries: list.value, programmes: details.flatMap((result) => (result.ok ? [result.value] : [])) });
  }, []);
  useEffect(() => {
    void reload().then(markReady);
  }, [reload]);
  // The next round starts as a copy of this one with every date empty: its dates come from the new notice.
  const preparedFor = useRef<string | null>(null);
  useEffect(() => {
    if (load.kind !== 'loaded' || nextFrom === null || preparedFor.current === nextFrom) return;
    preparedFor.current = nextFrom;
    const base = load.programmes.find((programme) => programme.id === nextFrom);
    if (base) startEditing({ mode: 'create', base, initial: nextRoundValues(base) });
  }, [load, nextFrom]);

  const startEditing = (next: Editing) => {
    setEditing(next);
    // The form opens at the top of the page: take the keyboard there.
    requestAnimationFrame(() => document.getElementById('round-form-heading')?.closest('form')?.querySelector('input')?.focus());
  };
  const remove = async (round: Programme) => {
    const result = await call('rounds.delete', { id: round.id });
    if (result.ok) {
      toast({ message: (i18n) => i18n.t('programmes.deleted', { name: i18n.pick(round.name) }) });
      await reload();
    } else {
      const failure = result.error;
      toast({ message: (i18n) => (failure.code === 'conflict' ? i18n.t('programmes.inUse', { name: i18n.pick(round.name) }) : i18n.error(failure)), duration: 10_000 });
    }
  };

  if (load.kind === 'loading') return <p className="page muted">{t('common.loading')}</p>;
  if (load.kind === 'failed') {
    return (
      <div className="page">
        <h1>{t('programmes.title')}</h1>
        <div className="banner banner-error" role="alert">
          <span>{error(load.error)}</span>
        </div>
      </div>
    );
  }
  const shipped = load.programmes.filter((programme) => !programme.userEntered);
  const user = load.programmes.filter((programme) => programme.userEntered);
  const nameOf = (id: string | null) => {
    const summary = load.summaries.find((entry) => entry.id === id);
    return summary ? pick(summary.name) : id;
  };
  const card = (programme: Programme) => (
    <ProgrammeCard
      key={programme.id}
      programme={programme}
      baseName={nameOf(programme.basedOn)}
      onCreateFrom={() => startEditing({ mode: 'create', base: programme })}
      onEdit={programme.userEntered ? () => startEditing({ mode: 'edit', base: programme }) : undefined}
      onDelete={programme.userEntered ? () => void remove(programme) : undefined}
    />
  );
  return (
    <div className="page programmes-page">
      <h1>{t('programmes.title')}</h1>
      <p className="muted intro">{t('programmes.intro')}</p>
      {editing && (
        <RoundForm
          key={`${editing.mode}-${editing.base.id}`}
          mode={editing.mode}
          base={editing.base}
          initial={editing.initial ?? (editing.mode === 'edit' ? valuesOfRound(editing.base) : blankRound())}
          rounds={load.summaries.filter((summary) => summary.city === editing.base.city && (editing.mode === 'create' || summary.id !== editing.base.id))}
          onCancel={() => setEditing(null)}
          onDone={(saved) => {
            setEditing(null);
            const key = editing.mode === 'create' ? 'programmes.created' : 'programmes.updated';
            toast({ message: (i18n) => i18n.t(key, { name: i18n.pick(saved.name) }) });
            void reload();
          }}
        />
      )}
      <section aria-labelledby="user-rounds-heading" className="programme-group">
        <h2 id="user-rounds-heading">{t('programmes.user')}</h2>
        {user.length === 0 ? <p className="muted">{t('programmes.user.empty')}</p> : user.map(card)}
      </section>
      <section aria-labelledby="shipped-heading" className="programme-group">
        <h2 id="shipped-heading">{t('programmes.shipped')}</h2>
        {shipped.map(card)}
      </section>
    </div>
  );
}
