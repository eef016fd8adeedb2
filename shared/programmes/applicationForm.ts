// The form a programme's applicant prints and hands in, and which of its sections are signed or sealed for
// this applicant (templates/programmes/*.json, applicationForm). Shanghai's notices name the 考核认定表 with its
// 个人承诺 and 所在单位核实意见 (and, for staff of a 事业单位, the supervising authority's confirmation of the
// post); Guangzhou's catalogue names no form: its applicants get no Shanghai form and no Shanghai section.
import type { EmployerKind } from '../profile/schema';
import { getProgramme } from './index';
import { type ApplicationForm, type Programme, type SignedSectionId, appliesToEmployer } from './schema';
import type { Source } from './source';

/** What formOf needs: a stored round may lack the form (older than it) and a report's caller the rest. */
export type FormHolder = Partial<Pick<Programme, 'applicationForm' | 'basedOn'>>;

/** Why no form is known: neither the round nor the programme it was copied from names one. */
const NO_FORM_SOURCE: Source = {
  type: 'project',
  document: 'policy.md',
  section: 'Round 4 and later: [unknown]',
  note: 'A round entered by the user before TitlePrep modelled the form, copied from no shipped programme: its form is not known.',
};

/**
 * The programme's form. A user round stored before the form was modelled takes the form of the shipped
 * programme it was copied from; with none, no form is known (nothing is signed on TitlePrep's sheet).
 */
export function formOf(programme: FormHolder): ApplicationForm {
  if (programme.applicationForm) return programme.applicationForm;
  const base = programme.basedOn ? getProgramme(programme.basedOn) : null;
  if (base?.ok && base.value.applicationForm) return base.value.applicationForm;
  return { name: null, source: NO_FORM_SOURCE, sections: [] };
}

/** The form's signed or sealed sections that apply to an applicant whose employer is of `employerKind`. */
export function signedSections(programme: FormHolder | null | undefined, employerKind: EmployerKind | null): SignedSectionId[] {
  if (!programme) return [];
  return formOf(programme).sections.filter((section) => appliesToEmployer(section, employerKind)).map((section) => section.id);
}
