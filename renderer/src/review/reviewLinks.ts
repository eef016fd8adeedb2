// Where a finding's link leads: the paragraph of the summary, the form's row (its title field), the profile's
// field or the application's choice on the eligibility page.
import type { ReviewContext } from '../../../shared/review/fromApplication';
import type { ReviewFinding } from '../../../shared/review';
import { pathKey } from '../profile/formContext';
import { hrefOf } from '../router';

export function hrefOfFinding(applicantId: string, finding: ReviewFinding, itemRows: ReviewContext['itemRows']): string {
  const { target } = finding;
  switch (target.page) {
    case 'summary':
      return hrefOf(target.paragraph === undefined ? { name: 'summary', applicantId } : { name: 'summary', applicantId, paragraph: target.paragraph });
    case 'form': {
      const row = itemRows[target.itemIndex];
      if (!row) return hrefOf({ name: 'form', applicantId });
      return hrefOf({ name: 'form', applicantId, field: pathKey([row.list, row.index, row.list === 'awards' ? 'name' : 'title']) });
    }
    case 'profile':
      return hrefOf({ name: 'profile', applicantId, field: pathKey(target.path) });
    case 'application':
      return hrefOf({ name: 'eligibility', applicantId });
  }
}
