// The header's link to the current applicant's paper materials and scans.
import { tm } from '../../../shared/i18n/materials';
import { useI18n } from '../i18n';
import { hrefOf, type Route } from '../router';

export function MaterialsNavLink({ applicantId, route }: { applicantId: string; route: Route }) {
  const { language } = useI18n();
  const here = route.name === 'materials' && route.applicantId === applicantId;
  return (
    <li>
      <a href={hrefOf({ name: 'materials', applicantId })} aria-current={here ? 'page' : undefined}>
        {tm(language, 'materials.nav')}
      </a>
    </li>
  );
}
