// The case after the online filing: the filing date, the acceptance number (受理号) and its date, the paper
// materials, the interview, the result and the certificate. Dates out of order are shown next to the field.
import { RESULTS, type CaseField } from '../../../shared/tracker/schema';
import type { DeadlineView, TrackerView } from '../../../shared/contract/trackerChannels';
import { DaysLeft, StateBadge } from './badges';
import { DeadlineWarnings } from './DeadlineList';
import { DateInput, SelectInput, TextInput } from './fields';
import { QuotedSource } from './Guidance';
import { useTrackerI18n } from './text';
import type { TrackerActions } from './useTracker';

type CasePatch = Parameters<TrackerActions['updateCase']>[0];

export function useCaseWarnings(view: TrackerView): (field: CaseField | 'correctionSentOn') => string[] {
  const { message } = useTrackerI18n();
  return (field) => view.orderWarnings.filter((warning) => 'case' in warning.field && warning.field.case === field).map((warning) => message(warning.key, warning.params));
}

export function DeadlineLine({ deadline }: { deadline: DeadlineView | undefined }) {
  if (!deadline || deadline.date === null) return deadline ? <DeadlineWarnings deadline={deadline} /> : null;
  return (
    <>
      <p className="deadline-line">
        <StateBadge state={deadline.state} />
        <DaysLeft deadline={deadline} />
      </p>
      <DeadlineWarnings deadline={deadline} />
    </>
  );
}

interface PanelProps {
  view: TrackerView;
  actions: TrackerActions;
}

export function FilingPanel({ view, actions }: PanelProps) {
  const { tt } = useTrackerI18n();
  const warningsOf = useCaseWarnings(view);
  const save = (patch: CasePatch) => actions.updateCase(patch);
  const paper = view.deadlines.find((deadline) => deadline.id === 'paper-materials');
  return (
    <section className="card tracker-panel" aria-labelledby="filing-heading" data-panel="filing">
      <h2 id="filing-heading">{tt('tracker.filing.heading')}</h2>
      <div className="panel-grid">
        <DateInput label={tt('tracker.field.filedOn')} value={view.case.filedOn} onCommit={(filedOn) => save({ filedOn })} warnings={warningsOf('filedOn')} path="filedOn" />
        <TextInput
          label={tt('tracker.field.acceptanceNumber')}
          value={view.case.acceptanceNumber}
          onCommit={(acceptanceNumber) => save({ acceptanceNumber })}
          maxLength={100}
          hint={tt('tracker.filing.numberHint')}
          path="acceptanceNumber"
        />
        <DateInput label={tt('tracker.field.acceptedOn')} value={view.case.acceptedOn} onCommit={(acceptedOn) => save({ acceptedOn })} warnings={warningsOf('acceptedOn')} path="acceptedOn" />
      </div>
      {paper && (
        <>
          <h3>{tt('tracker.filing.paperHeading')}</h3>
          <div className="panel-grid">
            <DateInput
              label={tt('tracker.field.paperMaterialsDeadline')}
              value={view.case.paperMaterialsDeadline}
              onCommit={(paperMaterialsDeadline) => save({ paperMaterialsDeadline })}
              hint={tt('tracker.filing.paperHint')}
              path="paperMaterialsDeadline"
            />
            <DateInput
              label={tt('tracker.field.paperMaterialsSentOn')}
              value={view.case.paperMaterialsSentOn}
              onCommit={(paperMaterialsSentOn) => save({ paperMaterialsSentOn })}
              warnings={warningsOf('paperMaterialsSentOn')}
              path="paperMaterialsSentOn"
            />
          </div>
          <DeadlineLine deadline={paper} />
          <QuotedSource source={paper.source} />
        </>
      )}
    </section>
  );
}

export function OutcomePanel({ view, actions }: PanelProps) {
  const { tt } = useTrackerI18n();
  const warningsOf = useCaseWarnings(view);
  const save = (patch: CasePatch) => actions.updateCase(patch);
  const interview = view.deadlines.find((deadline) => deadline.id === 'interview');
  return (
    <section className="card tracker-panel" aria-labelledby="outcome-heading" data-panel="outcome">
      <h2 id="outcome-heading">{tt('tracker.interview.heading')}</h2>
      <div className="panel-grid">
        <DateInput label={tt('tracker.field.interviewOn')} value={view.case.interviewOn} onCommit={(interviewOn) => save({ interviewOn })} warnings={warningsOf('interviewOn')} path="interviewOn" />
        <TextInput
          label={tt('tracker.field.interviewTime')}
          value={view.case.interviewTime ?? ''}
          onCommit={(interviewTime) => save({ interviewTime: interviewTime.trim() === '' ? null : interviewTime })}
          maxLength={5}
          placeholder="09:30"
          hint={tt('tracker.interview.timeHint')}
          path="interviewTime"
        />
        <TextInput label={tt('tracker.field.interviewPlace')} value={view.case.interviewPlace} onCommit={(interviewPlace) => save({ interviewPlace })} maxLength={200} path="interviewPlace" />
      </div>
      <DeadlineLine deadline={interview} />
      {view.programme && <QuotedSource source={view.programme.interviewArrangements} />}

      <h2 className="panel-subheading">{tt('tracker.result.heading')}</h2>
      <div className="panel-grid">
        <SelectInput
          label={tt('tracker.field.result')}
          value={view.case.result}
          options={RESULTS}
          optionLabel={(result) => tt(`tracker.result.${result}`)}
          empty={tt('tracker.result.none')}
          onCommit={(result) => save({ result })}
          path="result"
        />
        <DateInput label={tt('tracker.field.resultOn')} value={view.case.resultOn} onCommit={(resultOn) => save({ resultOn })} warnings={warningsOf('resultOn')} path="resultOn" />
        <DateInput label={tt('tracker.field.certificateOn')} value={view.case.certificateOn} onCommit={(certificateOn) => save({ certificateOn })} warnings={warningsOf('certificateOn')} path="certificateOn" />
        <TextInput label={tt('tracker.field.certificateNumber')} value={view.case.certificateNumber} onCommit={(certificateNumber) => save({ certificateNumber })} maxLength={100} path="certificateNumber" />
      </div>
    </section>
  );
}
