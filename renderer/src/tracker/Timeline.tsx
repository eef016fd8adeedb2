// Every change, latest first, with its time and its old and new values: who changed a step's status, when the
// acceptance number was entered, which correction item was ticked, when the correction was marked sent.
import type { TrackerView } from '../../../shared/contract/trackerChannels';
import { ACTORS, OBJECTIONS, RESULTS, STEP_STATUSES } from '../../../shared/tracker/schema';
import { type TrackerKey, isTrackerKey } from '../../../shared/i18n/tracker';
import { type TrackerI18n, useTrackerI18n } from './text';

type Event = TrackerView['timeline'][number];

const VALUE_LABELS: Record<string, { values: readonly string[]; prefix: string }> = {
  status: { values: STEP_STATUSES, prefix: 'tracker.status.' },
  actor: { values: ACTORS, prefix: 'tracker.actor.' },
  result: { values: RESULTS, prefix: 'tracker.result.' },
  objections: { values: OBJECTIONS, prefix: 'tracker.objections.' },
};

function valueText(i18n: TrackerI18n, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return i18n.t(value ? 'common.yes' : 'common.no');
  const labels = VALUE_LABELS[field];
  const key = labels && typeof value === 'string' && labels.values.includes(value) ? `${labels.prefix}${value}` : null;
  if (key !== null && isTrackerKey(key)) return i18n.tt(key);
  return String(value);
}

function fieldLabel(i18n: TrackerI18n, kind: Event['kind'], field: string): string {
  const candidates: string[] =
    kind === 'step' ? [`tracker.step.${field}`] : kind === 'correction-item' ? [`tracker.correction.field.${field}`] : [`tracker.field.${field}`];
  const key = candidates.find(isTrackerKey);
  return key ? i18n.tt(key as TrackerKey) : field;
}

function subjectOf(i18n: TrackerI18n, event: Event, view: TrackerView): string {
  switch (event.kind) {
    case 'step': {
      const step = view.steps.find((entry) => entry.step.id === event.subject)?.step;
      return step ? i18n.pick(step.name) : event.subject;
    }
    case 'case':
      return i18n.tt('tracker.timeline.case');
    case 'correction-item':
      return i18n.tt('tracker.timeline.item', { text: String(event.after.text ?? event.before.text ?? '') });
    case 'correction-sent':
      return i18n.tt('tracker.timeline.sent');
  }
}

function Changes({ event }: { event: Event }) {
  const i18n = useTrackerI18n();
  if (event.kind === 'correction-sent') {
    return <p>{i18n.tt('tracker.timeline.sentDetails', { date: String(event.after.correctionSentOn ?? ''), ticked: Number(event.after.ticked ?? 0), items: Number(event.after.items ?? 0) })}</p>;
  }
  if (event.kind === 'correction-item' && Object.keys(event.after).length === 0) return <p>{i18n.tt('tracker.timeline.itemRemoved')}</p>;
  if (event.kind === 'correction-item' && Object.keys(event.before).length === 0) return <p>{i18n.tt('tracker.timeline.itemAdded')}</p>;
  const fields = Object.keys(event.after).filter((field) => !(event.kind === 'correction-item' && field === 'text' && event.before.text === event.after.text));
  return (
    <ul className="timeline-changes">
      {fields.map((field) => (
        <li key={field}>
          {i18n.tt('tracker.timeline.change', {
            field: fieldLabel(i18n, event.kind, field),
            before: valueText(i18n, field, event.before[field]),
            after: valueText(i18n, field, event.after[field]),
          })}
        </li>
      ))}
    </ul>
  );
}

export function Timeline({ view }: { view: TrackerView }) {
  const i18n = useTrackerI18n();
  if (view.timeline.length === 0) return <p className="muted">{i18n.tt('tracker.timeline.empty')}</p>;
  return (
    <ol className="timeline" aria-label={i18n.tt('tracker.timeline.heading')}>
      {view.timeline.map((event) => (
        <li key={event.id} data-kind={event.kind}>
          <time dateTime={event.at}>{i18n.formatDateTime(event.at)}</time>
          <strong>{subjectOf(i18n, event, view)}</strong>
          <Changes event={event} />
        </li>
      ))}
    </ol>
  );
}
