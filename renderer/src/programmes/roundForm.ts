// The round form's values as typed (strings; blank = unknown) and their translation to and from the
// contract's round edits, including where each server issue belongs on the form.
import type { FieldIssue } from '../../../shared/contract/result';
import type { Programme, RoundEdits } from '../../../shared/programmes';
import { tidyDate } from '../profile/dates';

export const ROUND_DATE_FIELDS = ['certificateVerifiedBy', 'experienceCountedTo', 'correctionDeadline', 'paperMaterialsDeadline', 'interview'] as const;
type DateField = (typeof ROUND_DATE_FIELDS)[number];

export interface RoundFormValues extends Record<DateField, string> {
  id: string;
  nameZh: string;
  nameEn: string;
  note: string;
  noticeNumber: string;
  noticeIssuedOn: string;
  materialsFrom: string;
  materialsTo: string;
  /** true: the notice does not say which earlier rounds are excluded (yet). */
  excludedUnknown: boolean;
  excluded: string[];
}

export function blankRound(): RoundFormValues {
  return {
    id: '', nameZh: '', nameEn: '', note: '', noticeNumber: '', noticeIssuedOn: '', materialsFrom: '', materialsTo: '',
    certificateVerifiedBy: '', experienceCountedTo: '', correctionDeadline: '', paperMaterialsDeadline: '', interview: '',
    excludedUnknown: true, excluded: [],
  };
}

export function valuesOfRound(round: Programme): RoundFormValues {
  const window = round.dates.materialsWindow.value;
  const note = round.notice.source.type === 'user-entered' ? round.notice.source.note : '';
  return {
    id: round.id,
    nameZh: round.name.zh,
    nameEn: round.name.en,
    note,
    noticeNumber: round.notice.number ?? '',
    noticeIssuedOn: round.notice.issuedOn ?? '',
    materialsFrom: window?.from ?? '',
    materialsTo: window?.to ?? '',
    ...Object.fromEntries(ROUND_DATE_FIELDS.map((key) => [key, round.dates[key].value ?? ''])) as Record<DateField, string>,
    excludedUnknown: round.excludedRounds.value === null,
    excluded: round.excludedRounds.value ?? [],
  };
}

const optional = (value: string) => (value.trim() === '' ? null : tidyDate(value));

/** The edits to send, or the form's own issues (a materials window needs both ends). */
export function editsOf(values: RoundFormValues): { edits: RoundEdits } | { issues: FieldIssue[] } {
  const from = optional(values.materialsFrom);
  const to = optional(values.materialsTo);
  if ((from === null) !== (to === null)) return { issues: [{ path: [from === null ? 'materialsFrom' : 'materialsTo'], key: 'round.windowIncomplete' }] };
  return {
    edits: {
      id: values.id.trim(),
      name: { zh: values.nameZh, en: values.nameEn },
      note: values.note,
      noticeNumber: values.noticeNumber.trim() === '' ? null : values.noticeNumber,
      noticeIssuedOn: optional(values.noticeIssuedOn),
      dates: {
        ...Object.fromEntries(ROUND_DATE_FIELDS.map((key) => [key, optional(values[key])])),
        materialsWindow: from !== null && to !== null ? { from, to } : null,
      },
      excludedRounds: values.excludedUnknown ? null : values.excluded,
    },
  };
}

/** The form field an issue belongs to: request paths start at `edits`, the derived round's at the programme. */
export function formFieldOf(path: readonly (string | number)[]): string | null {
  const rest = path[0] === 'edits' ? path.slice(1) : path;
  const [first, second, ...tail] = rest;
  if (first === 'id' || first === 'note' || first === 'noticeNumber' || first === 'noticeIssuedOn') return first;
  if (first === 'materialsFrom' || first === 'materialsTo') return first;
  if (first === 'name') return second === 'en' ? 'nameEn' : 'nameZh';
  if (first === 'notice') return second === 'issuedOn' ? 'noticeIssuedOn' : 'noticeNumber';
  if (first === 'excludedRounds') return 'excluded';
  if (first === 'dates' && second === 'materialsWindow') return tail.includes('from') ? 'materialsFrom' : 'materialsTo';
  if (first === 'dates' && typeof second === 'string' && (ROUND_DATE_FIELDS as readonly string[]).includes(second)) return second;
  return null;
}
