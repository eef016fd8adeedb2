// The name of the field a report item points at, for the report's {field} placeholder: the same words as
// the label on the page the link leads to (profile, form, application), in the user's language.
import type { Language } from '../../../shared/contract/channels';
import type { FieldTarget } from '../../../shared/form/validation';
import { type AppKey, isAppKey, t } from '../../../shared/i18n/app';
import { type FormKey, isFormKey, tf } from '../../../shared/i18n/form';

type Path = readonly (string | number)[];

/** Profile row lists: the key of their section heading, their row label and the prefix of their fields. */
const PROFILE_LISTS: Record<string, { section: AppKey; row: AppKey; field: string }> = {
  education: { section: 'section.education', row: 'row.education', field: 'education' },
  workPeriods: { section: 'section.work', row: 'row.work', field: 'work' },
  certificates: { section: 'section.certificates', row: 'row.certificate', field: 'certificate' },
};

/** Form row lists: section heading, row label and the prefix of their fields. */
export const FORM_LISTS = {
  achievements: { section: 'section.achievements', row: 'row.achievement', field: 'achievement' },
  papers: { section: 'section.papers', row: 'row.paper', field: 'paper' },
  patents: { section: 'section.patents', row: 'row.patent', field: 'patent' },
  standards: { section: 'section.standards', row: 'row.standard', field: 'standard' },
  awards: { section: 'section.awards', row: 'row.award', field: 'award' },
} as const satisfies Record<string, { section: FormKey; row: FormKey; field: string }>;

const isFormList = (name: string): name is keyof typeof FORM_LISTS => Object.prototype.hasOwnProperty.call(FORM_LISTS, name);

function appOr(language: Language, key: string, fallback: string): string {
  return isAppKey(key) ? t(language, key) : fallback;
}

/** A field's label, or its short form where the label on the page is a whole instruction. */
function formOr(language: Language, key: string, fallback: string): string {
  const short = `${key}.short`;
  if (isFormKey(short)) return tf(language, short);
  return isFormKey(key) ? tf(language, key) : fallback;
}

function inRow(language: Language, row: string, field: string): string {
  return tf(language, 'label.inRow', { row, field });
}

function profileLabel(language: Language, path: Path): string {
  const [first, index, field] = path;
  const name = String(first ?? '');
  if (name === 'person') return appOr(language, `person.label.${String(index)}`, name);
  const list = PROFILE_LISTS[name];
  if (!list) return name;
  if (typeof index !== 'number') return t(language, list.section);
  const row = t(language, list.row, { n: index + 1 });
  return field === undefined ? row : inRow(language, row, appOr(language, `${list.field}.${String(field)}`, String(field)));
}

function formLabel(language: Language, path: Path): string {
  const [first, index, field] = path;
  const name = String(first ?? '');
  if (isFormList(name)) {
    const list = FORM_LISTS[name];
    if (typeof index !== 'number') return tf(language, list.section);
    const row = tf(language, list.row, { n: index + 1 });
    return field === undefined ? row : inRow(language, row, formOr(language, `${list.field}.${String(field)}`, String(field)));
  }
  // registration.committee, commitment.wording, publicNotice.startDate…: one key per field.
  if (index === undefined) return formOr(language, `section.${name}`, name);
  return formOr(language, `${name}.${String(index)}`, `${name}.${String(index)}`);
}

export function targetLabel(language: Language, target: FieldTarget): string {
  switch (target.page) {
    case 'profile':
      return profileLabel(language, target.path);
    case 'form':
      return formLabel(language, target.path);
    case 'application':
      return target.path[0] === 'targetLevel' ? tf(language, 'label.level') : t(language, 'application.programme');
    case 'summary':
      return tf(language, 'label.summary');
  }
}
