// One applicant's work summary for the programme they chose: loads the application (programme, level,
// series), lets the user choose the level here if it is missing, then loads the outline and the saved text
// (after any save still in flight from the last visit) and opens the workspace. A new summary starts from
// the level's outline; a conflict or a restore loads the saved text again.
import { useCallback, useEffect, useRef, useState } from 'react';
import { type Application, emptyApplication } from '../../../shared/application/schema';
import { applicationCertificate } from '../../../shared/application/facts';
import type { StoredSummary } from '../../../shared/contract/summaryChannels';
import type { AppError } from '../../../shared/contract/result';
import type { Field, Programme } from '../../../shared/programmes';
import { DOCUMENT_FORMAT, type SummaryDocument } from '../../../shared/summary/document';
import { documentFromOutline, type Outline } from '../../../shared/summary/outline';
import { call } from '../api';
import { useI18n } from '../i18n';
import { markReady } from '../ready';
import { hrefOf } from '../router';
import { displayName, useSession } from '../session';
import { useToast } from '../toasts';
import { LevelChooser } from './LevelChooser';
import { outlineChoice } from './levelChoice';
import { SummaryWorkspace } from './SummaryWorkspace';
import { pendingSummarySaves, summaryKey } from './useSummarySaver';
import { summaryTarget } from '../../../shared/summary/target';

/** wordcount.md: the target when a programme's notice sets none (Guangzhou). */

type Setup = { kind: 'loading' } | { kind: 'failed'; error: AppError } | { kind: 'ready'; application: Application; programme: Programme | null; field: Field | null };
type Load = { kind: 'loading' } | { kind: 'failed'; error: AppError } | { kind: 'loaded'; stored: StoredSummary; outline: Outline | null; generation: number };

/** The outline's (Chinese) headings, each followed by an empty paragraph to write in. */
function startingDocument(outline: Outline | null): SummaryDocument {
  if (!outline) return { format: DOCUMENT_FORMAT, blocks: [] };
  return { format: DOCUMENT_FORMAT, blocks: documentFromOutline(outline).blocks.flatMap((block) => [block, { type: 'paragraph' as const, text: '', marks: [] }]) };
}

async function loadSetup(applicantId: string): Promise<Setup> {
  const [application, profile] = await Promise.all([call('application.get', { applicantId }), call('profile.get', { applicantId })]);
  if (!profile.ok) return { kind: 'failed', error: profile.error };
  const chosen = application.ok ? application.value : emptyApplication();
  const field = applicationCertificate(profile.value.profile.certificates)?.field ?? null;
  if (chosen.programmeId === null) return { kind: 'ready', application: chosen, programme: null, field };
  const programme = await call('programmes.get', { id: chosen.programmeId });
  return programme.ok ? { kind: 'ready', application: chosen, programme: programme.value, field } : { kind: 'failed', error: programme.error };
}

export function SummaryPage({ applicantId, paragraph }: { applicantId: string; paragraph?: number }) {
  const { t, te, error, pick } = useI18n();
  const { applicants, settings, updateSettings } = useSession();
  const toast = useToast();
  const [setup, setSetup] = useState<Setup>({ kind: 'loading' });
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [conflicted, setConflicted] = useState(false);
  const generation = useRef(0);

  useEffect(() => {
    void loadSetup(applicantId).then(setSetup);
  }, [applicantId]);

  const application = setup.kind === 'ready' ? setup.application : null;
  const programme = setup.kind === 'ready' ? setup.programme : null;
  const choice = application && programme ? outlineChoice(application, programme, setup.kind === 'ready' ? setup.field : null) : null;
  const level = choice?.level ?? null;
  const series = choice?.series ?? null;
  const programmeId = programme?.id ?? null;

  const fetchSummary = useCallback(async () => {
    if (!programmeId || !level || !series) return;
    await pendingSummarySaves.get(summaryKey(applicantId, programmeId));
    const [stored, outline] = await Promise.all([call('summary.get', { applicantId, programmeId }), call('outlines.get', { level, series })]);
    generation.current += 1;
    if (!stored.ok) setLoad({ kind: 'failed', error: stored.error });
    else setLoad({ kind: 'loaded', stored: stored.value, outline: outline.ok ? outline.value : null, generation: generation.current });
  }, [applicantId, programmeId, level, series]);
  useEffect(() => void fetchSummary(), [fetchSummary]);

  const settled = setup.kind === 'failed' || (setup.kind === 'ready' && (!programmeId || !level || !series || load.kind !== 'loading'));
  useEffect(() => {
    if (settled) markReady();
  }, [settled]);
  useEffect(() => {
    if (setup.kind === 'ready' && settings.currentApplicantId !== applicantId) void updateSettings({ currentApplicantId: applicantId });
  }, [setup.kind, settings.currentApplicantId, applicantId, updateSettings]);

  const choose = async (next: Application) => {
    const result = await call('application.save', { applicantId, application: next });
    if (result.ok) setSetup((current) => (current.kind === 'ready' ? { ...current, application: result.value } : current));
    else toast({ message: (i18n) => i18n.error(result.error) });
  };
  const onConflict = useCallback(() => {
    setConflicted(true);
    void fetchSummary();
  }, [fetchSummary]);

  const applicant = applicants?.find((item) => item.id === applicantId);
  const name = applicant ? displayName(applicant, t('common.unnamed')) : '';
  const heading = <h1>{name ? t('summary.title', { name }) : t('nav.summary')}</h1>;

  if (setup.kind === 'loading') return <p className="page muted">{t('common.loading')}</p>;
  if (setup.kind === 'failed') {
    return (
      <div className="page">
        {heading}
        <div className="banner banner-error" role="alert">
          <span>{setup.error.code === 'not-found' || setup.error.code === 'validation' ? t('profile.notFound') : error(setup.error)}</span>
        </div>
        <a href={hrefOf({ name: 'applicants' })}>{t('profile.backToList')}</a>
      </div>
    );
  }
  const body = (() => {
    if (!programme || !setup.application) {
      return (
        <div className="banner banner-warning" role="status">
          <span>{t('summary.noProgramme')}</span>
          <a href={hrefOf({ name: 'eligibility', applicantId })}>{t('summary.goEligibility')}</a>
        </div>
      );
    }
    if (!level || !series) return <LevelChooser programme={programme} application={setup.application} field={setup.field} onChoose={(next) => void choose(next)} />;
    if (load.kind === 'loading') return <p className="muted">{t('common.loading')}</p>;
    if (load.kind === 'failed') return <div className="banner banner-error" role="alert"><span>{t('summary.loadFailed', { reason: error(load.error) })}</span></div>;
    const target = summaryTarget(programme);
    const isNew = load.stored.revision === 0 && load.stored.document.blocks.length === 0;
    return (
      <>
        <p className="summary-level">
          {t('summary.levelOf', { level: te(`eligibility.level.${level}`), series: t(`series.${series}`), programme: pick(programme.name) })}{' '}
          <button type="button" className="button-link" onClick={() => void choose({ ...setup.application, targetLevel: null })}>
            {t('summary.changeLevel')}
          </button>
        </p>
        {!load.outline && <p className="banner banner-warning">{t('summary.noOutline', { level: te(`eligibility.level.${level}`), series: t(`series.${series}`) })}</p>}
        {conflicted && (
          <div className="banner banner-warning" role="alert">
            <span>{t('summary.conflict')}</span>
            <button type="button" onClick={() => setConflicted(false)}>
              {t('common.close')}
            </button>
          </div>
        )}
        <SummaryWorkspace
          key={load.generation}
          applicantId={applicantId}
          programmeId={programme.id}
          stored={load.stored}
          initial={isNew ? startingDocument(load.outline) : load.stored.document}
          outline={load.outline}
          target={target.words}
          targetIsDefault={!target.fromProgramme}
          onConflict={onConflict}
          onReload={() => void fetchSummary()}
          paragraph={paragraph}
        />
      </>
    );
  })();
  return (
    <div className="page summary-page">
      {heading}
      <p className="muted intro">{t('summary.intro')}</p>
      {body}
    </div>
  );
}
