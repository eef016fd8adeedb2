// The print page of one applicant: the report before printing, what to do when something required is
// missing (refuse with the list, or a draft with 待填写 marks), the labels' language and the number of copies,
// the downloads (packet, public notice, form) and the official PDF that replaces the draft form.
import { useCallback, useEffect, useId, useState } from 'react';
import { type FormKey, tf } from '../../../shared/i18n/form';
import type { Params } from '../../../shared/i18n/core';
import { formOf } from '../../../shared/programmes/applicationForm';
import { PACKET_PARTS } from '../../../shared/form/validation';
import { publicNoticeRequired } from '../../../shared/programmes/publicNotice';
import { call } from '../api';
import { useI18n } from '../i18n';
import { markReady } from '../ready';
import { displayName, useSession } from '../session';
import { ReportPanel } from '../form/ReportPanel';
import { useFormReport } from '../form/useFormReport';
import { OfficialPdfCard } from './OfficialPdfCard';
import { PrintDownloads } from './PrintDownloads';
import { PrintReview } from './PrintReview';

type OnMissing = 'refuse' | 'mark';

/** The copies the programme's notice asks for, or why the user must choose. */
export type CopiesRule = { kind: 'loading' } | { kind: 'programme'; copies: number } | { kind: 'unknown' } | { kind: 'noProgramme' };

/** What the programme says about printing: the copies, and whether the summary carries the employer's seal line. */
async function loadCopiesRule(applicantId: string): Promise<{ rule: CopiesRule; employerReview: boolean; formPublished: boolean; noticeRequired: boolean | null }> {
  const application = await call('application.get', { applicantId });
  // No programme yet: the draft prints as TitlePrep's sheet of details (formTitle), and the buttons say so.
  if (!application.ok || application.value.programmeId === null) return { rule: { kind: 'noProgramme' }, employerReview: false, formPublished: false, noticeRequired: null };
  const programme = await call('programmes.get', { id: application.value.programmeId });
  if (!programme.ok) return { rule: { kind: 'unknown' }, employerReview: false, formPublished: true, noticeRequired: null };
  const copies = programme.value.printCopies.value;
  const employerReview = programme.value.summaryEmployerReview?.value === true;
  const formPublished = formOf(programme.value).name !== null;
  const noticeRequired = publicNoticeRequired(programme.value);
  return { rule: copies === null ? { kind: 'unknown' } : { kind: 'programme', copies }, employerReview, formPublished, noticeRequired };
}

/** The packet's parts when the public notice is left out. */
const PARTS_WITHOUT_NOTICE = PACKET_PARTS.filter((part) => part !== 'publicNotice');

const COPY_CHOICES = Array.from({ length: 10 }, (_, index) => index + 1);

export function PrintPage({ applicantId }: { applicantId: string }) {
  const { t, language } = useI18n();
  const tx = (key: FormKey, params?: Params) => tf(language, key, params);
  const { applicants, settings, updateSettings } = useSession();
  const { state: report, refresh: refreshReport } = useFormReport(applicantId);
  const [onMissing, setOnMissing] = useState<OnMissing>('refuse');
  // Double-sided by default: every copy starts on the front of a sheet (blank backs marked （此页无正文）).
  const [duplex, setDuplex] = useState(true);
  const [copiesRule, setCopiesRule] = useState<CopiesRule>({ kind: 'loading' });
  const [copies, setCopies] = useState<number | null>(null);
  // The summary's employer check-and-seal block: ticked when the programme's notice asks for it, else the user's choice.
  const [employerReview, setEmployerReview] = useState(false);
  const [reviewByProgramme, setReviewByProgramme] = useState(false);
  // Guangzhou publishes no form: no system-generated form to import, the draft is TitlePrep's sheet of details.
  const [formPublished, setFormPublished] = useState(true);
  // The public notice and its record in the packet: by default only where the programme's sources ask for one.
  const [noticeRequired, setNoticeRequired] = useState<boolean | null>(null);
  const [withNotice, setWithNotice] = useState(true);
  const [busy, setBusy] = useState(false);
  const ids = { duplex: useId(), copies: useId(), employerReview: useId(), notice: useId() };

  useEffect(() => {
    void loadCopiesRule(applicantId).then(({ rule, employerReview: required, formPublished: published, noticeRequired: asked }) => {
      setCopiesRule(rule);
      setNoticeRequired(asked);
      setWithNotice(asked !== false);
      setFormPublished(published);
      if (rule.kind === 'programme') setCopies(rule.copies);
      setReviewByProgramme(required);
      setEmployerReview(required);
    });
  }, [applicantId]);
  useEffect(() => {
    if (report.kind !== 'loading') markReady();
  }, [report.kind]);
  useEffect(() => {
    if (settings.currentApplicantId !== applicantId && applicants?.some((item) => item.id === applicantId)) void updateSettings({ currentApplicantId: applicantId });
  }, [settings.currentApplicantId, applicantId, applicants, updateSettings]);

  const onRefresh = useCallback(() => void refreshReport(), [refreshReport]);
  const applicant = applicants?.find((item) => item.id === applicantId);
  const name = applicant ? displayName(applicant, t('common.unnamed')) : '';
  const copiesNote =
    copiesRule.kind === 'programme' ? tx('print.copies.fromProgramme', { copies: copiesRule.copies }) : copiesRule.kind === 'unknown' ? tx('print.copies.unknown') : copiesRule.kind === 'noProgramme' ? tx('print.copies.noProgramme') : '';

  return (
    <div className="page print-page">
      <h1>{name ? tx('print.title', { name }) : tx('nav.print')}</h1>
      <p className="muted intro">{tx(withNotice ? 'print.intro' : 'print.intro.noNotice')}</p>
      <div className="print-layout">
        <div className="print-main">
          <section className="card print-options" aria-labelledby="print-options-heading">
            <h2 id="print-options-heading">{tx('print.options')}</h2>
            <fieldset className="choice-group">
              <legend>{tx('print.onMissing')}</legend>
              {(['refuse', 'mark'] as const).map((choice) => (
                <label key={choice} className="field-checkbox">
                  <input type="radio" name="on-missing" value={choice} checked={onMissing === choice} onChange={() => setOnMissing(choice)} />
                  <span>{tx(`print.onMissing.${choice}`)}</span>
                </label>
              ))}
            </fieldset>
            <div className="grid">
              <div className="field">
                <label className="field-checkbox">
                  <input id={ids.duplex} type="checkbox" checked={duplex} aria-describedby={`${ids.duplex}-hint`} onChange={(event) => setDuplex(event.target.checked)} />
                  <span>{tx('print.duplex')}</span>
                </label>
                <p className="field-hint" id={`${ids.duplex}-hint`}>
                  {tx('print.duplex.hint')}
                </p>
              </div>
              <div className="field">
                <label className="field-checkbox">
                  <input
                    id={ids.employerReview}
                    type="checkbox"
                    checked={employerReview}
                    aria-describedby={`${ids.employerReview}-hint`}
                    onChange={(event) => setEmployerReview(event.target.checked)}
                  />
                  <span>{tx('print.employerReview')}</span>
                </label>
                <p className="field-hint" id={`${ids.employerReview}-hint`}>
                  {reviewByProgramme ? `${tx('print.employerReview.programme')} ` : ''}
                  {tx('print.employerReview.hint')}
                </p>
              </div>
              <div className="field">
                <label className="field-checkbox">
                  <input id={ids.notice} type="checkbox" checked={withNotice} aria-describedby={`${ids.notice}-hint`} onChange={(event) => setWithNotice(event.target.checked)} />
                  <span>{tx('print.withNotice')}</span>
                </label>
                <p className="field-hint" id={`${ids.notice}-hint`} data-notice-rule={noticeRequired === null ? 'unknown' : noticeRequired ? 'required' : 'not-published'}>
                  {tx(noticeRequired === false ? 'print.withNotice.notPublished' : noticeRequired ? 'print.withNotice.required' : 'print.withNotice.noProgramme')}
                </p>
              </div>
              <div className="field">
                <div className="field-label">
                  <label htmlFor={ids.copies}>{tx('print.copies')}</label>
                </div>
                <select id={ids.copies} value={copies ?? ''} aria-describedby={`${ids.copies}-hint`} onChange={(event) => setCopies(event.target.value === '' ? null : Number(event.target.value))}>
                  {copies === null && <option value="">{t('common.choose')}</option>}
                  {COPY_CHOICES.map((count) => (
                    <option key={count} value={count}>
                      {count}
                    </option>
                  ))}
                </select>
                <p className="field-hint" id={`${ids.copies}-hint`}>
                  {copiesNote}
                </p>
              </div>
            </div>
          </section>
          <PrintDownloads
            applicantId={applicantId}
            onMissing={onMissing}
            duplex={duplex}
            employerReview={employerReview}
            withNotice={withNotice}
            copies={copies}
            busy={busy}
            onBusy={setBusy}
            onRefused={onRefresh}
            formPublished={formPublished}
          />
          {(formPublished || copiesRule.kind === 'noProgramme') && <OfficialPdfCard applicantId={applicantId} busy={busy} onBusy={setBusy} onChanged={onRefresh} />}
        </div>
        <div className="print-aside">
          <ReportPanel applicantId={applicantId} state={report} onRefresh={onRefresh} formPublished={formPublished} printedParts={withNotice ? PACKET_PARTS : PARTS_WITHOUT_NOTICE} />
          <PrintReview applicantId={applicantId} />
        </div>
      </div>
    </div>
  );
}
