// One step of the programme: its status, who acts, its dates and notes, its deadline, and the guidance.
import { VERIFICATION_STEP_ID } from '../../../shared/tracker/certificateVerification';
import { ACTORS, STEP_STATUSES } from '../../../shared/tracker/schema';
import { hrefOf } from '../router';
import type { DeadlineView, TrackerView } from '../../../shared/contract/trackerChannels';
import { DaysLeft, StateBadge } from './badges';
import { DeadlineDate } from './DeadlineList';
import { DateInput, SelectInput, TextInput } from './fields';
import { StepGuidance } from './Guidance';
import { NoticeDocuments } from './NoticeDocuments';
import { useTrackerI18n } from './text';
import type { TrackerActions } from './useTracker';

type Entry = TrackerView['steps'][number];

/** Steps whose due date the user may set here; the others' dates come from the form or the case panels. */
const OWN_DUE_DATE = new Set<string | null>([null, 'certificateVerifiedBy', 'materialsWindow', 'paperMaterialsDeadline', 'experienceCountedTo']);

interface Props {
  entry: Entry;
  applicantId: string;
  index: number;
  deadline: DeadlineView | null;
  contacts: NonNullable<TrackerView['programme']>['contacts'];
  warnings: TrackerView['orderWarnings'];
  actions: TrackerActions;
}

export function StepCard({ entry, applicantId, index, deadline, contacts, warnings, actions }: Props) {
  const { tt, pick, message } = useTrackerI18n();
  const { step, record } = entry;
  const save = (patch: Parameters<TrackerActions['updateStep']>[1]) => actions.updateStep(step.id, patch);
  const fieldWarnings = (field: 'startedOn' | 'doneOn') =>
    warnings.filter((warning) => 'stepId' in warning.field && warning.field.stepId === step.id && warning.field.field === field).map((warning) => message(warning.key, warning.params));
  const titleId = `step-${step.id}-title`;
  return (
    <li className={`step-card status-${record.status}`} data-step={step.id} data-status={record.status} aria-labelledby={titleId}>
      <div className="step-head">
        <span className="step-index" aria-hidden="true">
          {index + 1}
        </span>
        <h3 id={titleId}>{pick(step.name)}</h3>
        <span className={`badge status-badge status-${record.status}`}>{tt(`tracker.status.${record.status}`)}</span>
        {deadline && (
          <span className="step-deadline">
            <DeadlineDate deadline={deadline} />
            <StateBadge state={deadline.state} />
            <DaysLeft deadline={deadline} />
          </span>
        )}
      </div>
      <div className="step-fields">
        <SelectInput
          label={tt('tracker.step.status')}
          value={record.status}
          options={STEP_STATUSES}
          optionLabel={(status) => tt(`tracker.status.${status}`)}
          onCommit={(status) => save(status ? { status } : {})}
          path={`${step.id}.status`}
        />
        <SelectInput
          label={tt('tracker.step.actor')}
          value={record.actor}
          options={ACTORS}
          optionLabel={(actor) => tt(`tracker.actor.${actor}`)}
          onCommit={(actor) => save(actor ? { actor } : {})}
          path={`${step.id}.actor`}
        />
        <DateInput label={tt('tracker.step.startedOn')} value={record.startedOn} onCommit={(startedOn) => save({ startedOn })} warnings={fieldWarnings('startedOn')} path={`${step.id}.startedOn`} />
        <DateInput label={tt('tracker.step.doneOn')} value={record.doneOn} onCommit={(doneOn) => save({ doneOn })} warnings={fieldWarnings('doneOn')} path={`${step.id}.doneOn`} />
        {OWN_DUE_DATE.has(step.deadline) && (
          <DateInput
            label={tt('tracker.step.dueOverride')}
            value={record.dueOverride}
            onCommit={(dueOverride) => save({ dueOverride })}
            hint={tt(step.deadline === null ? 'tracker.step.dueOverride.hintNone' : 'tracker.step.dueOverride.hint')}
            path={`${step.id}.dueOverride`}
          />
        )}
      </div>
      {step.id === VERIFICATION_STEP_ID && (
        <p className="field-hint step-one-fact">
          {tt('tracker.step.verificationFromProfile')} <a href={hrefOf({ name: 'profile', applicantId, section: 'certificates' })}>{tt('tracker.step.verificationInProfile')}</a>
        </p>
      )}
      {step.deadline === 'publicNotice' && <NoticeDocuments applicantId={applicantId} />}
      <TextInput label={tt('tracker.step.notes')} value={record.notes} onCommit={(notes) => save({ notes })} maxLength={2000} multiline path={`${step.id}.notes`} />
      <StepGuidance step={step} contacts={contacts} />
    </li>
  );
}
