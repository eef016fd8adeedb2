// The header's links to the current applicant's assessment form and print page (after the work summary).
// A programme that publishes no form (Guangzhou) has TitlePrep's sheet of details instead of a 考核认定表:
// the link says so. The programme is read again on each page change (it may have been changed meanwhile).
import { useEffect, useState } from 'react';
import { tf } from '../../../shared/i18n/form';
import { formOf } from '../../../shared/programmes/applicationForm';
import { call } from '../api';
import { useI18n } from '../i18n';
import { type Route, hrefOf } from '../router';

function useFormPublished(applicantId: string, routeName: Route['name']): boolean {
  const [published, setPublished] = useState(true);
  useEffect(() => {
    let current = true;
    void (async () => {
      const application = await call('application.get', { applicantId });
      const programmeId = application.ok ? application.value.programmeId : null;
      const programme = programmeId === null ? null : await call('programmes.get', { id: programmeId });
      // No programme yet: TitlePrep's sheet of details, as the print titles it.
      if (current) setPublished(programme !== null && (!programme.ok || formOf(programme.value).name !== null));
    })();
    return () => {
      current = false;
    };
  }, [applicantId, routeName]);
  return published;
}

export function FormNavLinks({ applicantId, route }: { applicantId: string; route: Route }) {
  const { language } = useI18n();
  const published = useFormPublished(applicantId, route.name);
  const here = (name: 'form' | 'print') => route.name === name && route.applicantId === applicantId;
  return (
    <>
      <li>
        <a href={hrefOf({ name: 'form', applicantId })} aria-current={here('form') ? 'page' : undefined}>
          {tf(language, published ? 'nav.form' : 'nav.details')}
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
