// HR's part for one applicant: the public notice with its computed dates (the same period the printed notice
// shows) and what happened to it (posted, ended, objections), the employer's verification comments signed
// and sealed (kept in the form), and the signed forms printed.
import { useState } from 'react';
import { OBJECTIONS } from '../../../shared/tracker/schema';
import type { TrackerView } from '../../../shared/contract/trackerChannels';
import { hrefOf } from '../router';
import { useCaseWarnings } from '../tracker/CasePanels';
import { DeadlineDate, DeadlineWarnings } from '../tracker/DeadlineList';
import { DaysLeft, StateBadge } from '../tracker/badges';
import { DateInput, SelectInput, TextInput } from '../tracker/fields';
import { QuotedSource } from '../tracker/Guidance';
import { NoticeDocuments } from '../tracker/NoticeDocuments';
import { useTrackerI18n } from '../tracker/text';
import type { TrackerActions } from '../tracker/useTracker';

/**
 * The notice's last day is derived from its start (the programme's working days on the working-day
 * calendar), shown, not typed. HR records another day only when the notice actually came down on a
 * different one; that record is kept as an override of the derived end and said to be one.
 */
function NoticeEnd({ view, save, warnings }: { view: TrackerView; save: TrackerActions['updateCase']; warnings: string[] }) {
  const { tt } = useTrackerI18n();
  const { plannedEnd, endOverride } = view.notice;
  const [recording, setRecording] = useState(false);
  const workdays = view.deadlines.find((deadline) => deadline.id === 'public-notice')?.notice?.workdays ?? null;
  const endedEarly = plannedEnd !== null && endOverride !== null && endOverride < plannedEnd;
  const showOverride = endOverride !== null || recording;
  return (
    <div className="notice-end" data-notice-end={plannedEnd ?? ''}>
      <p className="notice-end-fact">
        <span className="notice-end-label">{tt('employer.notice.endsOn')}</span>{' '}
        <strong data-planned-end>{plannedEnd ?? tt('tracker.state.unknown')}</strong>{' '}
        <span className="badge" data-stage={view.notice.stage}>
          {tt(`employer.notice.stage.${view.notice.stage}`)}
        </span>
      </p>
      <p className="field-hint">{plannedEnd !== null && workdays !== null ? tt('employer.notice.endsOnComputed', { workdays }) : tt('employer.notice.endsOnUnknown')}</p>
      {endOverride !== null && plannedEnd !== null && (
        <p className="field-warning" role="note" data-end-override>
          {tt('employer.notice.endOverridden', { end: endOverride, planned: plannedEnd })}
        </p>
      )}
      {plannedEnd !== null && !showOverride && (
        <button type="button" className="button-link" aria-expanded="false" onClick={() => setRecording(true)}>
          {tt('employer.notice.recordOtherEnd')}
        </button>
      )}
      {showOverride && (
        <DateInput
          label={tt('employer.notice.actualEnd')}
          hint={tt('employer.notice.actualEndHint', { planned: plannedEnd ?? '—' })}
          value={endOverride}
          onCommit={async (noticeEndedOn) => {
            const problem = await save({ noticeEndedOn });
            if (!problem && (noticeEndedOn === null || noticeEndedOn === plannedEnd)) setRecording(false);
            return problem;
          }}
          warnings={[...warnings, ...(endedEarly && plannedEnd !== null ? [tt('employer.notice.endedEarly', { end: plannedEnd })] : [])]}
          path="noticeEndedOn"
        />
      )}
    </div>
  );
}

export function EmployerApplicant({ view, actions, name }: { view: TrackerView; actions: TrackerActions; name: string }) {
  const { tt } = useTrackerI18n();
  const warningsOf = useCaseWarnings(view);
  const notice = view.deadlines.find((deadline) => deadline.id === 'public-notice');
  const form = view.form;
  const verification = form.employerVerification;
  const save = (patch: Parameters<TrackerActions['updateCase']>[0]) => actions.updateCase(patch);
  return (
    <section className="employer-applicant" aria-labelledby="employer-applicant-heading" data-applicant={view.applicantId}>
      <h2 id="employer-applicant-heading">{tt('employer.applicant.heading', { name })}</h2>
      {view.programme === null ? (
        <p className="muted">{tt('tracker.noProgramme.body')}</p>
      ) : view.employerAppointed ? (
        <p>{tt('employer.juniorPath')}</p>
      ) : (
        <div className="employer-grid">
          <section className="card tracker-panel" aria-labelledby="notice-heading" data-panel="notice">
            <h3 id="notice-heading">{tt('employer.notice.heading')}</h3>
            {notice && (
              <dl className="notice-facts">
                <div>
                  <dt>{tt('employer.notice.period')}</dt>
                  <dd data-notice-period>
                    <DeadlineDate deadline={notice} /> <StateBadge state={notice.state} /> <DaysLeft deadline={notice} />
                  </dd>
                </div>
                <div>
                  <dt>{tt('employer.notice.workdays')}</dt>
                  <dd>{notice.notice?.workdays ?? tt('tracker.state.unknown')}</dd>
                </div>
                {notice.notice?.latestStart && (
                  <div>
                    <dt>{tt('employer.notice.latestStart')}</dt>
                    <dd>{notice.notice.latestStart}</dd>
                  </div>
                )}
                <div>
                  <dt>{tt('employer.notice.location')}</dt>
                  <dd>{form.publicNotice.location || <span className="muted">{tt('employer.notEntered')}</span>}</dd>
                </div>
                <div>
                  <dt>{tt('employer.notice.contact')}</dt>
                  <dd>{[form.publicNotice.contactName, form.publicNotice.contactPhone].filter(Boolean).join(' ') || <span className="muted">{tt('employer.notEntered')}</span>}</dd>
                </div>
              </dl>
            )}
            {notice && <DeadlineWarnings deadline={notice} />}
            <p className="panel-links">
              <a href={hrefOf({ name: 'form', applicantId: view.applicantId, field: 'publicNotice.startDate' })}>{tt('employer.notice.edit')}</a>
            </p>
            <NoticeDocuments applicantId={view.applicantId} only="notice" />
            <QuotedSource source={view.programme.publicNotice.source} />
            <h4>{tt('employer.notice.status')}</h4>
            <div className="panel-grid">
              <DateInput label={tt('tracker.field.noticePostedOn')} hint={tt('employer.notice.postedIsStart')} value={view.case.noticePostedOn} onCommit={(noticePostedOn) => save({ noticePostedOn })} warnings={warningsOf('noticePostedOn')} path="noticePostedOn" />
              <NoticeEnd view={view} save={save} warnings={warningsOf('noticeEndedOn')} />
              <SelectInput
                label={tt('tracker.field.objections')}
                value={view.case.objections}
                options={OBJECTIONS}
                optionLabel={(value) => tt(`tracker.objections.${value}`)}
                empty={tt('tracker.objections.unknown')}
                onCommit={(objections) => save({ objections })}
                path="objections"
              />
            </div>
            <TextInput label={tt('tracker.field.objectionsNote')} value={view.case.objectionsNote} onCommit={(objectionsNote) => save({ objectionsNote })} maxLength={2000} multiline path="objectionsNote" />
            <NoticeDocuments applicantId={view.applicantId} only="record" />
          </section>

          <section className="card tracker-panel" aria-labelledby="verification-heading" data-panel="verification">
            <h3 id="verification-heading">{tt('employer.verification.heading')}</h3>
            <p className="muted">{tt('employer.verification.intro')}</p>
            <ul className="employer-checks">
              <li className={verification.hasWording ? 'employer-check done' : 'employer-check'}>
                <span aria-hidden="true">{verification.hasWording ? '✓' : '○'}</span> {tt('employer.verification.wording')}
              </li>
              <li className={verification.signatory && verification.signedOn ? 'employer-check done' : 'employer-check'}>
                <span aria-hidden="true">{verification.signatory && verification.signedOn ? '✓' : '○'}</span>{' '}
                {verification.signatory && verification.signedOn
                  ? tt('employer.verification.signedBy', { name: verification.signatory, date: verification.signedOn })
                  : tt('employer.verification.notSigned')}
              </li>
              <li className={verification.sealApplied ? 'employer-check done' : 'employer-check'}>
                <span aria-hidden="true">{verification.sealApplied ? '✓' : '○'}</span> {verification.sealApplied ? tt('employer.verification.sealed') : tt('employer.verification.notSealed')}
              </li>
            </ul>
            <p className="panel-links">
              <a href={hrefOf({ name: 'form', applicantId: view.applicantId, field: 'employerVerification' })}>{tt('employer.verification.edit')}</a>
            </p>

            <h3>{tt('employer.forms.heading')}</h3>
            <div className="panel-grid">
              <DateInput label={tt('tracker.field.formsPrintedOn')} value={view.case.formsPrintedOn} onCommit={(formsPrintedOn) => save({ formsPrintedOn })} warnings={warningsOf('formsPrintedOn')} path="formsPrintedOn" />
              <DateInput label={tt('tracker.field.formsSignedOn')} value={view.case.formsSignedOn} onCommit={(formsSignedOn) => save({ formsSignedOn })} warnings={warningsOf('formsSignedOn')} path="formsSignedOn" />
            </div>
            <p className="panel-links">
              <a href={hrefOf({ name: 'print', applicantId: view.applicantId })}>{tt('employer.forms.print')}</a>
              <a href={hrefOf({ name: 'tracker', applicantId: view.applicantId })}>{tt('employer.tracker')}</a>
            </p>
            <p className="muted small">{tt('employer.forms.hint')}</p>
          </section>
        </div>
      )}
    </section>
  );
}
