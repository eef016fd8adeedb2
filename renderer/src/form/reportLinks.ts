// Where a report item's link leads: the page of its field, with the field's path to focus there. The
// application's programme is chosen on the eligibility page, its level beside the work summary.
import type { FieldTarget } from '../../../shared/form/validation';
import { pathKey } from '../profile/formContext';
import { hrefOf } from '../router';

export function hrefOfTarget(applicantId: string, target: FieldTarget): string {
  switch (target.page) {
    case 'profile':
      return hrefOf({ name: 'profile', applicantId, field: pathKey(target.path) });
    case 'form':
      return hrefOf({ name: 'form', applicantId, field: pathKey(target.path) });
    case 'application':
      return target.path[0] === 'targetLevel' ? hrefOf({ name: 'summary', applicantId }) : hrefOf({ name: 'eligibility', applicantId });
    case 'summary':
      return hrefOf(target.path.length === 2 ? { name: 'summary', applicantId, paragraph: target.path[1] } : { name: 'summary', applicantId });
  }
}
