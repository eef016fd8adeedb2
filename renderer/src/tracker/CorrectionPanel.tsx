// The one-time correction (一次性补正): what the authority asked for, each item ticked off as it is ready,
// the deadline the user enters from the authority's request, and "mark as sent" behind a confirmation,
// because only one response is allowed and a late or incomplete one counts as a withdrawal.
import { useEffect, useState } from 'react';
import type { AppError } from '../../../shared/contract/result';
import type { TrackerView } from '../../../shared/contract/trackerChannels';
import { today } from '../today';
import { DeadlineLine, useCaseWarnings } from './CasePanels';
import { ConfirmSentDialog } from './ConfirmSentDialog';
import { DateInput } from './fields';
import { QuotedSource } from './Guidance';
import { useTrackerI18n } from './text';
import type { TrackerActions } from './useTracker';

type Item = TrackerView['correctionItems'][number];

function ItemRow({ item, locked, actions }: { item: Item; locked: boolean; actions: TrackerActions }) {
  const { tt, failure } = useTrackerI18n();
  const [error, setError] = useState<AppError | null>(null);
  // The tick shows at once; a refused save puts the stored value back, with the reason.
  const [ticked, setTicked] = useState(item.ticked);
  useEffect(() => setTicked(item.ticked), [item.ticked]);
  const run = async (pending: Promise<AppError | null>) => setError(await pending);
  const tick = async (next: boolean) => {
    setTicked(next);
    const problem = await actions.updateItem(item.id, { ticked: next });
    setError(problem);
    if (problem) setTicked(item.ticked);
  };
  return (
    <li className={ticked ? 'correction-item ticked' : 'correction-item'} data-item={item.text}>
      <label>
        <input type="checkbox" checked={ticked} disabled={locked} onChange={(event) => void tick(event.target.checked)} />
        <span>{item.text}</span>
      </label>
      {!locked && (
        <button type="button" className="button-link" onClick={() => void run(actions.removeItem(item.id))} aria-label={tt('tracker.correction.removeFor', { text: item.text })}>
          {tt('tracker.correction.remove')}
        </button>
      )}
      {error && (
        <p className="field-error" role="alert">
          {failure(error)}
        </p>
      )}
    </li>
  );
}

function AddItem({ actions }: { actions: TrackerActions }) {
  const { tt, failure } = useTrackerI18n();
  const [text, setText] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const add = async () => {
    if (text.trim() === '') return;
    const problem = await actions.addItem(text);
    setError(problem);
    if (!problem) setText('');
  };
  return (
    <form
      className="add-correction-item"
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <label htmlFor="correction-new-item">{tt('tracker.correction.newItem')}</label>
      <div className="inline-form">
        <input id="correction-new-item" type="text" value={text} maxLength={200} onChange={(event) => setText(event.target.value)} placeholder={tt('tracker.correction.newItemPlaceholder')} />
        <button type="submit" disabled={text.trim() === ''}>
          {tt('tracker.correction.add')}
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {failure(error)}
        </p>
      )}
    </form>
  );
}

export function CorrectionPanel({ view, actions }: { view: TrackerView; actions: TrackerActions }) {
  const { tt, formatDateTime } = useTrackerI18n();
  const warningsOf = useCaseWarnings(view);
  const [confirming, setConfirming] = useState(false);
  const sent = view.case.correctionSentOn !== null;
  const items = view.correctionItems;
  const ticked = items.filter((item) => item.ticked).length;
  const deadline = view.deadlines.find((entry) => entry.id === 'correction');
  return (
    <section className="card tracker-panel correction-panel" aria-labelledby="correction-heading" data-panel="correction" data-sent={sent}>
      <h2 id="correction-heading">{tt('tracker.correction.heading')}</h2>
      <p className="muted">{tt('tracker.correction.intro')}</p>
      {view.programme && <QuotedSource source={view.programme.correctionRule} />}
      <div className="panel-grid">
        <DateInput
          label={tt('tracker.field.correctionRequestedOn')}
          value={view.case.correctionRequestedOn}
          onCommit={(correctionRequestedOn) => actions.updateCase({ correctionRequestedOn })}
          warnings={warningsOf('correctionRequestedOn')}
          disabled={sent}
          path="correctionRequestedOn"
        />
        <DateInput
          label={tt('tracker.field.correctionDeadline')}
          value={view.case.correctionDeadline}
          onCommit={(correctionDeadline) => actions.updateCase({ correctionDeadline })}
          hint={tt('tracker.correction.deadlineHint')}
          warnings={warningsOf('correctionDeadline')}
          disabled={sent}
          path="correctionDeadline"
        />
      </div>
      <DeadlineLine deadline={deadline} />

      <h3>{tt('tracker.correction.items', { ticked, total: items.length })}</h3>
      {items.length === 0 ? (
        <p className="muted">{tt('tracker.correction.noItems')}</p>
      ) : (
        <ul className="correction-items">
          {items.map((item) => (
            <ItemRow key={item.id} item={item} locked={sent} actions={actions} />
          ))}
        </ul>
      )}
      {!sent && <AddItem actions={actions} />}

      {sent ? (
        <p className="correction-sent" role="status">
          {tt('tracker.correction.sentOn', { date: view.case.correctionSentOn ?? '', at: formatDateTime(view.case.correctionSentAt ?? '') })}
        </p>
      ) : (
        <div className="form-actions">
          <button type="button" className="button-primary" onClick={() => setConfirming(true)} disabled={items.length === 0}>
            {tt('tracker.correction.markSent')}
          </button>
          {items.length === 0 && <span className="muted">{tt('tracker.correction.markSentNeedsItems')}</span>}
        </div>
      )}
      {warningsOf('correctionSentOn').map((warning) => (
        <p key={warning} className="field-warning">
          {warning}
        </p>
      ))}
      {confirming && (
        <ConfirmSentDialog
          items={items}
          deadline={view.case.correctionDeadline}
          defaultDate={today()}
          onCancel={() => setConfirming(false)}
          onConfirm={async (sentOn) => {
            const problem = await actions.markSent(sentOn);
            if (!problem) setConfirming(false);
            return problem;
          }}
        />
      )}
    </section>
  );
}
