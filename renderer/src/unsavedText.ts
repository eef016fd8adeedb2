// What is not saved yet, named field by field in the user's language: beside the save status, and given
// to the browser's leave-page warning (which may show its own words instead; the page shows ours).
import type { Language } from '../../shared/contract/channels';
import { t } from '../../shared/i18n/app';
import { targetLabel } from './form/fieldLabels';

type Path = readonly (string | number)[];

export function unsavedFieldsText(language: Language, page: 'profile' | 'form', issues: readonly { path: Path }[]): string | undefined {
  const labels = [...new Set(issues.map((issue) => targetLabel(language, { page, path: [...issue.path] })))];
  if (labels.length === 0) return undefined;
  return t(language, 'save.invalidFields', { fields: labels.join(t(language, 'save.fieldSeparator')) });
}
