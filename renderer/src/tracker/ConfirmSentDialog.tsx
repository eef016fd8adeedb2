// The confirmation before a correction is marked as sent: a modal <dialog> that says why this is final
// (only one response is allowed; an incomplete one counts as a withdrawal), lists what is not ticked yet,
// and asks for the date and an explicit tick. The focus starts on Cancel.
import { useEffect, useRef, useState } from 'react';
import { isIsoDate } from '../../../shared/calendar/isoDate';
import type { AppError } from '../../../shared/contract/result';
import type { TrackerView } from '../../../shared/contract/trackerChannels';
import { tidyDate } from '../profile/dates';
import { useTrackerI18n } from './text';

interface Props {
  items: TrackerView['correctionItems'];
  deadline: string | null;
  defaultDate: string;
  onCancel(): void;
  /** Resolves to the reason it failed, or null. */
  onConfirm(sentOn: string): Promise<AppError | null>;
}

export function ConfirmSentDialog({ items, deadline, defaultDate, onCancel, onConfirm }: Props) {
  const { tt, failure } = useTrackerI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [date, setDate] = useState(defaultDate);
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const open = items.filter((item) => !item.ticked);
  const tidy = tidyDate(date);
  const validDate = isIsoDate(tidy);

  useEffect(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    element.showModal();
    cancel.current?.focus();
    return () => element.close();
  }, []);

  const confirm = async () => {
    setBusy(true);
    setError(await onConfirm(tidy));
    setBusy(false);
  };

  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby="confirm-sent-title"
      aria-describedby="confirm-sent-why"
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id="confirm-sent-title">{tt('tracker.confirm.title')}</h2>
      <p id="confirm-sent-why" className="confirm-why">
        {tt('tracker.confirm.why')}
      </p>
      {open.length > 0 && (
        <div className="banner banner-warning" role="note">
          <div>
            <strong>{tt('tracker.confirm.unticked', { count: open.length })}</strong>
            <ul>
              {open.map((item) => (
                <li key={item.id}>{item.text}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {deadline !== null && validDate && tidy > deadline && (
        <div className="banner banner-error" role="note">
          {tt('tracker.confirm.late', { date: tidy, deadline })}
        </div>
      )}
      <div className="field field-date">
        <label htmlFor="confirm-sent-date">{tt('tracker.confirm.date')}</label>
        <input id="confirm-sent-date" type="text" inputMode="numeric" className="date-input" value={date} maxLength={20} onChange={(event) => setDate(event.target.value)} aria-invalid={validDate ? undefined : true} />
        {!validDate && <p className="field-error">{tt('tracker.confirm.dateInvalid')}</p>}
      </div>
      <div className="field field-checkbox">
        <input id="confirm-sent-check" type="checkbox" checked={checked} onChange={(event) => setChecked(event.target.checked)} />
        <label htmlFor="confirm-sent-check">{tt('tracker.confirm.check')}</label>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {failure(error)}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button-primary" onClick={() => void confirm()} disabled={!checked || !validDate || busy} aria-busy={busy}>
          {tt('tracker.confirm.confirm')}
        </button>
        <button type="button" ref={cancel} onClick={onCancel} disabled={busy}>
          {tt('tracker.confirm.cancel')}
        </button>
      </div>
    </dialog>
  );
}
