// The header's links to the current applicant's assessment form and print page (after the work summary).
import { tf } from '../../../shared/i18n/form';
import { useI18n } from '../i18n';
import { type Route, hrefOf } from '../router';

export function FormNavLinks({ applicantId, route }: { applicantId: string; route: Route }) {
  const { language } = useI18n();
  const here = (name: 'form' | 'print') => route.name === name && route.applicantId === applicantId;
  return (
    <>
      <li>
        <a href={hrefOf({ name: 'form', applicantId })} aria-current={here('form') ? 'page' : undefined}>
          {tf(language, 'nav.form')}
        </a>
      </li>
      <li>
        <a href={hrefOf({ name: 'print', applicantId })} aria-current={here('print') ? 'page' : undefined}>
          {tf(language, 'nav.print')}
        </a>
      </li>
    </>
  );
}
