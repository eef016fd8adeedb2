// Create a round from an existing one, or edit a round the user entered. The dates are the user's, from the
// new notice; a blank date stays unknown. Messages come field by field from the same schema the server
// applies (the client checks first, the server's issues are placed the same way).
import { useMemo, useState } from 'react';
import type { ProgrammeSummary } from '../../../shared/contract/programmeChannels';
import type { FieldIssue } from '../../../shared/contract/result';
import type { Programme } from '../../../shared/programmes';
import { call } from '../api';
import { rulesText } from '../../../shared/i18n/rules';
import { type I18n, useI18n } from '../i18n';
import type { Localized } from '../toasts';
import { DateField, TextField } from '../profile/fields';
import { ProfileFormContext, groupIssues } from '../profile/formContext';
import { type ROUND_DATE_FIELDS, editsOf, formFieldOf, type RoundFormValues } from './roundForm';

interface Props {
  mode: 'create' | 'edit';
  /** The round copied from (create) or the round edited (edit). */
  base: Programme;
  initial: RoundFormValues;
  /** Rounds of the same city that the new notice may exclude. */
  rounds: readonly ProgrammeSummary[];
  onDone(saved: Programme): void;
  onCancel(): void;
}

export function RoundForm({ mode, base, initial, rounds, onDone, onCancel }: Props) {
  const i18n = useI18n();
  const { t, issue, pick, language } = i18n;
  const [values, setValues] = useState(initial);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  // A function of the dictionary, so that a failure already shown follows a change of language.
  const [failure, setFailure] = useState<Localized | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<RoundFormValues>) => setValues((current) => ({ ...current, ...patch }));

  const placed = useMemo(() => issues.flatMap((item) => {
    const field = formFieldOf(item.path);
    return field ? [{ ...item, path: [field] }] : [];
  }), [issues]);
  const unplaced = issues.filter((item) => formFieldOf(item.path) === null);
  const form = useMemo(() => ({ issues: groupIssues(placed), missing: new Set<string>() }), [placed]);

  const submit = async () => {
    const built = editsOf(values);
    if ('issues' in built) {
      setIssues(built.issues);
      return;
    }
    setBusy(true);
    const result = mode === 'create'
      ? await call('rounds.create', { baseId: base.id, edits: built.edits })
      : await call('rounds.update', { id: base.id, edits: built.edits });
    setBusy(false);
    if (result.ok) {
      onDone(result.value);
      return;
    }
    const problem = result.error;
    setIssues(problem.issues ?? []);
    setFailure(() => (now: I18n) => (problem.code === 'validation' ? now.t('round.fixErrors') : now.error(problem)));
  };

  const text = (field: 'id' | 'nameZh' | 'nameEn' | 'note' | 'noticeNumber', max: number, hint?: string) => (
    <TextField path={[field]} label={t(`round.${field}`)} value={values[field]} maxLength={max} hint={hint} onChange={(value) => set({ [field]: value })} />
  );
  const date = (field: (typeof ROUND_DATE_FIELDS)[number] | 'noticeIssuedOn' | 'materialsFrom' | 'materialsTo', label: string) => (
    <DateField path={[field]} label={label} value={values[field] === '' ? null : values[field]} onChange={(value) => set({ [field]: value ?? '' })} />
  );
  const headingKey = mode === 'create' ? 'round.heading.create' : 'round.heading.edit';
  return (
    <ProfileFormContext.Provider value={form}>
      <form
        className="card round-form"
        aria-labelledby="round-form-heading"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h2 id="round-form-heading">{t(headingKey, { name: pick(base.name) })}</h2>
        {failure && (
          <div className="banner banner-error" role="alert">
            <div>
              <p>{failure(i18n)}</p>
              {unplaced.length > 0 && (
                <ul>
                  {unplaced.map((item, index) => (
                    <li key={index}>{issue(item.key, item.params)}</li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        )}
        <div className="grid">
          {mode === 'create' ? text('id', 60, t('round.id.hint')) : null}
          {text('nameZh', 200)}
          {text('nameEn', 200)}
          {text('noticeNumber', 100)}
          {date('noticeIssuedOn', t('round.noticeIssuedOn'))}
        </div>
        <div className="grid single">{text('note', 2000, t('round.note.hint'))}</div>
        <fieldset className="round-dates">
          <legend>{t('round.dates')}</legend>
          {mode === 'create' && <p className="muted small round-dates-hint">{rulesText(language, 'rules.round.enterFromNotice')}</p>}
          <div className="grid">
            {date('certificateVerifiedBy', t('dates.certificateVerifiedBy'))}
            {date('materialsFrom', t('round.materialsFrom'))}
            {date('materialsTo', t('round.materialsTo'))}
            {date('experienceCountedTo', t('dates.experienceCountedTo'))}
            {date('correctionDeadline', t('dates.correctionDeadline'))}
            {date('paperMaterialsDeadline', t('dates.paperMaterialsDeadline'))}
            {date('interview', t('dates.interview'))}
          </div>
        </fieldset>
        <fieldset className="round-excluded">
          <legend>{t('round.excluded')}</legend>
          <div className="checks">
            <label className="field-checkbox">
              <input type="checkbox" checked={values.excludedUnknown} onChange={(event) => set({ excludedUnknown: event.target.checked })} />
              <span>{t('round.excluded.unknown')}</span>
            </label>
            {!values.excludedUnknown &&
              rounds.map((round) => (
                <label key={round.id} className="field-checkbox">
                  <input
                    type="checkbox"
                    checked={values.excluded.includes(round.id)}
                    onChange={(event) => set({ excluded: event.target.checked ? [...values.excluded, round.id] : values.excluded.filter((id) => id !== round.id) })}
                  />
                  <span>{pick(round.name)}</span>
                </label>
              ))}
          </div>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={busy}>
            {mode === 'create' ? t('round.create') : t('common.save')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </ProfileFormContext.Provider>
  );
}
