// Beside the form: whether it is saved, where to jump, and the report before printing with its links.
import { tf } from '../../../shared/i18n/form';
import type { AppKey } from '../../../shared/i18n/app';
import type { FormKey } from '../../../shared/i18n/form';
import { useI18n } from '../i18n';
import type { SaveState } from '../revisionSaver';
import { hrefOf } from '../router';
import { SaveStatus } from '../SaveStatus';
import { ReportPanel } from './ReportPanel';
import type { ReportState } from './useFormReport';

const SECTIONS: readonly [id: string, key: { app: AppKey } | { form: FormKey }][] = [
  ['registration', { form: 'section.registration' }],
  ['person', { app: 'section.person' }],
  ['education', { app: 'section.education' }],
  ['work', { app: 'section.work' }],
  ['certificates', { app: 'section.certificates' }],
  ['achievements', { form: 'section.achievements' }],
  ['papers', { form: 'section.papers' }],
  ['patents', { form: 'section.patents' }],
  ['standards', { form: 'section.standards' }],
  ['awards', { form: 'section.awards' }],
  ['summary', { form: 'section.summary' }],
  ['commitment', { form: 'section.commitment' }],
  ['employerVerification', { form: 'section.employerVerification' }],
  ['postConfirmation', { form: 'section.postConfirmation' }],
  ['publicNotice', { form: 'section.publicNotice' }],
];

interface Props {
  applicantId: string;
  saveState: SaveState;
  /** The fields not saved yet, named (see unsavedText.ts). */
  unsavedText?: string | undefined;
  onRetry(): void;
  report: ReportState;
  onRefreshReport(): void;
  /** Sections the programme does not have (Guangzhou: the Shanghai signature sections). */
  hidden?: readonly string[];
  /** false: the programme publishes no form (Guangzhou): the report names TitlePrep's sheet of details. */
  formPublished?: boolean;
}

export function FormAside({ applicantId, saveState, unsavedText, onRetry, report, onRefreshReport, hidden = [], formPublished = true }: Props) {
  const { t, language } = useI18n();
  // Hash links would be read as routes: scroll and move the focus by hand.
  const jump = (id: string) => {
    const heading = document.getElementById(`form-section-${id}`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  };
  return (
    <aside className="form-aside">
      <SaveStatus state={saveState} onRetry={onRetry} invalidText={unsavedText} />
      <nav aria-label={tf(language, 'form.sections')}>
        <ul>
          {SECTIONS.filter(([id]) => !hidden.includes(id)).map(([id, key]) => (
            <li key={id}>
              <button type="button" className="button-link" onClick={() => jump(id)}>
                {'app' in key ? t(key.app) : tf(language, key.form)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <ReportPanel applicantId={applicantId} state={report} onRefresh={onRefreshReport} formPublished={formPublished} />
      <a className="button button-primary print-link" href={hrefOf({ name: 'print', applicantId })}>
        {tf(language, 'form.printLink')}
      </a>
    </aside>
  );
}
