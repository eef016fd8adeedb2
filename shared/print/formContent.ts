// The form draft's content, section by section, without layout: what each cell says (a value, 待填写, 无 or
// nothing), in the order of a Chinese 考核认定表. The PDF (pdfmake) and the Word (docx) builders lay out this
// same model, so both print the same thing, and the rules (missing, 无, sort order) are tested once, here.
// Section titles are neutral; the 个人承诺 and the 所在单位核实意见 print the user's pasted wording only.
// Which form it is and which sections are signed or sealed is the programme's data (applicationForm): a
// programme that publishes no form (Guangzhou) gets TitlePrep's sheet of the applicant's details, titled as
// such, with none of Shanghai's signed sections or online-system fields.
import { effectiveCommittee } from '../form/committee';
import { formOf, signedSections } from '../programmes/applicationForm';
import type { SignedSectionId } from '../programmes/schema';
import { nationalityForSystem } from '../profile/nationality';
import type { Certificate } from '../profile/schema';
import { type PrintKey, pzh, tprint } from '../i18n/print';
import { appliedFor, levelText, seriesText } from './appliedFor';
import { renewalsText, verificationText } from './certificateText';
import {
  BLANK,
  MISSING,
  MissingFields,
  NONE,
  type PrintSource,
  type PrintValue,
  applicantName,
  cell,
  formDate,
  unbroken,
  periodText,
  textValue,
} from './values';

export interface Pair {
  label: string;
  value: PrintValue;
}

/** One line of a label/value grid: a pair across the whole width, or two pairs side by side. */
export type GridLine = readonly [Pair] | readonly [Pair, Pair];

export interface SectionTitle {
  /** "一、基本情况". */
  zh: string;
  /** The English gloss, printed in English mode only. */
  en: string;
}

export type FormSectionId =
  | 'basic'
  | 'registration'
  | 'education'
  | 'work'
  | 'certificates'
  | 'achievements'
  | 'papers'
  | 'patents'
  | 'standards'
  | 'awards'
  | 'summary'
  | 'commitment'
  | 'employerVerification';

export type TableSectionId = 'education' | 'work' | 'papers' | 'patents' | 'standards' | 'awards';

export type FormSection =
  | { kind: 'grid'; id: FormSectionId; title: SectionTitle; lines: GridLine[] }
  /** Rows of a list; no rows prints one row of 无 (or 待填写 when the list itself is required). */
  | { kind: 'table'; id: TableSectionId; title: SectionTitle; columns: string[]; rows: PrintValue[][]; empty: PrintValue | null }
  /** Rows too wide for one table line (certificates, achievements): each is a small grid under a heading. */
  | { kind: 'records'; id: 'certificates' | 'achievements'; title: SectionTitle; records: { heading: string; lines: GridLine[] }[]; empty: PrintValue | null }
  | StatementSection;

export interface StatementSection {
  kind: 'statement';
  id: SignedSectionId;
  title: SectionTitle;
  /** The pasted wording; blank (space to paste or write by hand) when there is none. */
  wording: PrintValue;
  /** TitlePrep's own instruction in the empty box, clearly not official wording; null when there is wording. */
  note: { zh: string; en: string } | null;
  /** Signatory, signature and date lines, under the wording. */
  lines: Pair[];
  /**
   * The space for the employer's seal (单位（盖章）) and the date under it; never a drawn seal, and nothing of
   * TitlePrep's own records (whether it was sealed) where the employer seals.
   */
  seal: { label: string; date: string } | null;
}

export interface FormContent {
  title: string;
  subtitle: string;
  /** TitlePrep's sheet (no published form): says it is not an official form. null for a programme's form. */
  note: string | null;
  sections: FormSection[];
}

/** The printed title: the programme's form as a draft (考核认定表（草稿）), or TitlePrep's sheet of details. */
export function formTitle(programme: PrintSource['programme']): string {
  const name = programme ? formOf(programme).name : null;
  return name ? pzh('print.form.named', { name: name.zh }) : pzh('print.details.title');
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

const pair = (key: PrintKey, value: PrintValue): Pair => ({ label: pzh(key), value });
const label = (key: PrintKey) => pzh(key);
const localized = (key: PrintKey) => ({ zh: pzh(key), en: tprint('en', key) });
const byStart = <T extends { startDate: string | null }>(rows: readonly T[]) =>
  rows.map((row, index) => ({ row, index })).sort((a, b) => (a.row.startDate ?? '9999').localeCompare(b.row.startDate ?? '9999') || a.index - b.index);

function certificateLines(certificate: Certificate, index: number, missing: MissingFields): GridLine[] {
  const at = (field: string) => missing.has('profile', 'certificates', index, field);
  const renewals = renewalsText('zh', certificate);
  const categories = certificate.categories.map((category) => pzh('print.certificate.category', { category })).join(pzh('print.listSeparator'));
  return [
    [pair('print.certificate.name', cell(certificate.name, at('name')))],
    [pair('print.certificate.issuingBody', cell(certificate.issuingBody, at('issuingBody'))), pair('print.certificate.number', cell(unbroken(certificate.number), at('number')))],
    [pair('print.certificate.obtainedOn', cell(formDate(certificate.obtainedOn), at('obtainedOn'))), pair('print.certificate.validUntil', cell(formDate(certificate.validUntil), at('validUntil')))],
    [pair('print.certificate.renewals', renewals === '' ? NONE : textValue(renewals))],
    [
      pair('print.certificate.listVersion', cell(certificate.listVersion && pzh('print.certificate.listVersionValue', { version: certificate.listVersion }), at('listVersion'))),
      pair('print.certificate.categories', cell(categories, at('categories'))),
    ],
    [
      pair('print.certificate.field', cell(certificate.field && pzh(`print.field.${certificate.field}`), at('field'))),
      pair('print.certificate.verification', textValue(verificationText('zh', certificate))),
    ],
  ];
}

/** The sections' content; `missing` decides 待填写 (the builders print it only when asked to mark). */
export function formContent(source: PrintSource): FormContent {
  const { profile } = source.stored;
  const { person } = profile;
  const { form, application, programme, summary } = source;
  const missing = new MissingFields(source.report);
  const p = (field: string) => missing.has('profile', 'person', field);
  const f = (...path: (string | number)[]) => missing.has('form', ...path);
  const applied = appliedFor(application, programme, profile);
  const { registration } = form;
  // The online system's fields (insurance unit, committee, specialty group) belong to a programme's published
  // form; TitlePrep's own sheet prints only what the applicant is and applies for.
  const published = programme !== null && formOf(programme).name !== null;
  let number = 0;
  const title = (key: PrintKey): SectionTitle => {
    const zh = pzh(key);
    return { zh: pzh('print.section.number', { n: NUMERALS[number++] ?? String(number), title: zh }), en: tprint('en', key) };
  };
  const sections: FormSection[] = [];
  function registrationLines(): GridLine[] {
    // The committee once, as the online system names it: the user's override, else the programme's assessing
    // body (one fact, one row: a second row with the programme's name repeated or contradicted it).
    const committee = effectiveCommittee(registration, programme).value;
    if (published || programme === null) {
      return [[pair('print.registration.committee', cell(committee, f('registration', 'committee'))), pair('print.registration.specialtyGroup', cell(registration.specialtyGroup, f('registration', 'specialtyGroup')))]];
    }
    // No published form: the committee only where the programme names one or the user typed one.
    return committee ? [[pair('print.registration.committee', textValue(committee))]] : [];
  }


  sections.push({
    kind: 'grid',
    id: 'basic',
    title: title('print.section.basic'),
    lines: [
      [pair('print.person.name', cell(applicantName(profile), p('nameZh'))), pair('print.person.nameLatin', cell(person.nameLatin, p('nameLatin')))],
      [
        pair('print.person.gender', cell(person.gender && pzh(`print.gender.${person.gender}`), p('gender'))),
        pair('print.person.birthDate', cell(formDate(person.birthDate), p('birthDate'))),
      ],
      [
        pair('print.person.nationality', cell(nationalityForSystem(person.nationality), p('nationality'))),
        pair('print.person.idType', cell(person.idType && pzh(`print.idType.${person.idType}`), p('idType'))),
      ],
      [pair('print.person.idNumber', cell(unbroken(person.idNumber), p('idNumber'))), pair('print.person.phone', cell(unbroken(person.phone), p('phone')))],
      // The e-mail address on a line of its own: in a half-width cell a long address broke inside its domain.
      [pair('print.person.email', cell(person.email, p('email')))],
      [pair('print.person.targetCity', cell(person.targetCity && pzh(`print.city.${person.targetCity}`), p('targetCity')))],
      [pair('print.person.employerName', cell(person.employerName, p('employerName')))],
      [pair('print.person.employerCreditCode', cell(unbroken(person.employerCreditCode), p('employerCreditCode')))],
      [pair('print.person.department', cell(person.department, p('department'))), pair('print.person.post', cell(person.post, p('post')))],
      ...(published
        ? ([
            [pair('print.registration.insuranceBySameEmployer', textValue(pzh(registration.insuranceBySameEmployer ? 'print.yes' : 'print.no')))],
            // Another unit pays the insurance only when the employer does not: then TitlePrep prints 无 (its
            // suggestion, no notice says so); when another unit pays and is not named yet, the box stays blank, never 无.
            [
              pair('print.registration.insuranceUnitName', cell(registration.insuranceUnitName, f('registration', 'insuranceUnitName'), registration.insuranceBySameEmployer)),
              pair('print.registration.insuranceUnitCreditCode', cell(unbroken(registration.insuranceUnitCreditCode), f('registration', 'insuranceUnitCreditCode'), registration.insuranceBySameEmployer)),
            ],
          ] satisfies GridLine[])
        : []),
    ],
  });

  sections.push({
    kind: 'grid',
    id: 'registration',
    title: title('print.section.registration'),
    lines: [
      [pair('print.registration.programme', cell(applied.programme, missing.has('application', 'programmeId')))],
      ...registrationLines(),
      [
        pair('print.registration.series', cell(seriesText(applied), missing.has('application', 'series'))),
        pair('print.registration.level', cell(levelText(applied), missing.has('application', 'targetLevel'))),
      ],
    ],
  });

  sections.push({
    kind: 'table',
    id: 'education',
    title: title('print.section.education'),
    columns: ['print.education.period', 'print.education.school', 'print.education.major', 'print.education.degree', 'print.education.certificateNumber', 'print.education.mode'].map((key) => label(key as PrintKey)),
    rows: byStart(profile.education).map(({ row, index }) => {
      const at = (field: string) => missing.has('profile', 'education', index, field);
      const period = periodText(row.startDate, row.endDate, false);
      return [
        at('startDate') || at('endDate') ? { kind: 'missing', ...(period ? { text: period } : {}) } : cell(period, false),
        cell(row.school, at('school')),
        cell(row.major, at('major')),
        cell(row.degree && pzh(`print.degree.${row.degree}`), at('degree')),
        cell(unbroken(row.degreeCertificateNumber), at('degreeCertificateNumber')),
        textValue(pzh(row.fullTime ? 'print.education.fullTime' : 'print.education.partTime')),
      ];
    }),
    empty: missing.has('profile', 'education') ? MISSING : NONE,
  });

  sections.push({
    kind: 'table',
    id: 'work',
    title: title('print.section.work'),
    columns: ['print.work.period', 'print.work.employer', 'print.work.department', 'print.work.position', 'print.work.titleHeld', 'print.work.referee', 'print.work.note'].map((key) => label(key as PrintKey)),
    rows: byStart(profile.workPeriods).map(({ row, index }) => {
      const at = (field: string) => missing.has('profile', 'workPeriods', index, field);
      const period = periodText(row.startDate, row.endDate, true);
      return [
        at('startDate') ? { kind: 'missing', ...(period ? { text: period } : {}) } : cell(period, false),
        cell(row.employer, at('employer')),
        cell(row.department, at('department')),
        cell(row.position, at('position')),
        cell(row.titleHeld, at('titleHeld')),
        cell(row.referee, at('referee')),
        row.overseas ? textValue(pzh('print.work.overseas')) : BLANK,
      ];
    }),
    empty: missing.has('profile', 'workPeriods') ? MISSING : NONE,
  });

  sections.push({
    kind: 'records',
    id: 'certificates',
    title: title('print.section.certificates'),
    records: profile.certificates.map((certificate, index) => ({
      heading: pzh('print.certificate.heading', { n: index + 1 }),
      lines: certificateLines(certificate, index, missing),
    })),
    empty: missing.has('profile', 'certificates') ? MISSING : NONE,
  });

  sections.push({
    kind: 'records',
    id: 'achievements',
    title: title('print.section.achievements'),
    records: form.achievements.map((row, index) => {
      const at = (field: string) => f('achievements', index, field);
      const period = periodText(row.startDate, row.endDate, true);
      return {
        heading: pzh('print.achievement.heading', { n: index + 1 }),
        lines: [
          [pair('print.achievement.title', cell(row.title, at('title')))],
          [
            pair('print.achievement.period', at('startDate') ? { kind: 'missing', ...(period ? { text: period } : {}) } : cell(period, false)),
            pair('print.achievement.role', cell(row.role && pzh(`print.role.${row.role}`), at('role'))),
          ],
          [pair('print.achievement.work', cell(row.work, at('work')))],
          [pair('print.achievement.results', cell(row.results, at('results')))],
          [pair('print.achievement.evidence', cell(row.evidence, at('evidence')))],
        ],
      };
    }),
    empty: NONE,
  });

  const listTable = <R>(id: 'papers' | 'patents' | 'standards' | 'awards', titleKey: PrintKey, columns: PrintKey[], rows: readonly R[], cells: (row: R, at: (field: string) => boolean) => PrintValue[]): FormSection => ({
    kind: 'table',
    id,
    title: title(titleKey),
    columns: columns.map(label),
    rows: rows.map((row, index) => cells(row, (field) => f(id, index, field))),
    empty: NONE,
  });
  sections.push(
    listTable('papers', 'print.section.papers', ['print.paper.title', 'print.paper.venue', 'print.paper.publishedOn', 'print.paper.authorship', 'print.paper.identifier'], form.papers, (row, at) => [
      cell(row.title, at('title')),
      cell(row.venue, at('venue')),
      cell(formDate(row.publishedOn), at('publishedOn')),
      cell(row.authorship, at('authorship')),
      cell(unbroken(row.identifier), at('identifier')),
    ]),
    listTable('patents', 'print.section.patents', ['print.patent.title', 'print.patent.kind', 'print.patent.number', 'print.patent.grantedOn', 'print.patent.inventorship'], form.patents, (row, at) => [
      cell(row.title, at('title')),
      cell(row.kind && pzh(`print.patentKind.${row.kind}`), at('kind')),
      cell(unbroken(row.number), at('number')),
      cell(formDate(row.grantedOn), at('grantedOn')),
      cell(row.inventorship, at('inventorship')),
    ]),
    listTable('standards', 'print.section.standards', ['print.standard.title', 'print.standard.number', 'print.standard.level', 'print.standard.publishedOn', 'print.standard.role'], form.standards, (row, at) => [
      cell(row.title, at('title')),
      cell(unbroken(row.number), at('number')),
      cell(row.level && pzh(`print.standardLevel.${row.level}`), at('level')),
      cell(formDate(row.publishedOn), at('publishedOn')),
      cell(row.role, at('role')),
    ]),
    listTable('awards', 'print.section.awards', ['print.award.name', 'print.award.grantedBy', 'print.award.level', 'print.award.awardedOn', 'print.award.rank'], form.awards, (row, at) => [
      cell(row.name, at('name')),
      cell(row.grantedBy, at('grantedBy')),
      cell(row.level && pzh(`print.awardLevel.${row.level}`), at('level')),
      cell(formDate(row.awardedOn), at('awardedOn')),
      cell(row.rank, at('rank')),
    ]),
  );

  const summaryMissing = missing.has('summary');
  // Only a minimum the notice publishes is printed as a requirement (Guangzhou's is unknown: the length alone).
  const minimumPublished = programme?.summaryMinChars.value != null;
  const words = summary?.words.toLocaleString('en-US') ?? '';
  const wordsText = !summary ? '' : minimumPublished ? pzh('print.summary.wordsValue', { words, target: summary.target.toLocaleString('en-US') }) : pzh('print.summary.wordsOnly', { words });
  sections.push({
    kind: 'grid',
    id: 'summary',
    title: title('print.section.summary'),
    lines: [
      [
        pair('print.summary.words', summaryMissing ? { kind: 'missing', ...(wordsText ? { text: wordsText } : {}) } : cell(wordsText, false)),
        pair('print.summary.attachment', textValue(pzh('print.summary.attachmentValue'))),
      ],
    ],
  });

  // The signed and sealed sections are the programme's (沪人社专〔2024〕296号 四(三) for Shanghai's form; the
  // post confirmation for staff of a 事业单位 only); a programme with no published form has none.
  const header = {
    title: formTitle(programme),
    subtitle: applied.programme ? pzh('print.form.programme', { programme: applied.programme }) : pzh('print.form.noProgramme'),
    note: published ? null : pzh('print.details.note'),
  };
  const { commitment, employerVerification } = form;
  const signedOn = (date: string | null) => textValue(date ? formDate(date) : pzh('print.blankDate'));
  for (const id of signedSections(programme, person.employerKind)) {
    if (id === 'commitment') {
      sections.push({
        kind: 'statement',
        id,
        title: title('print.section.commitment'),
        wording: cell(commitment.wording, f('commitment', 'wording')),
        note: commitment.wording === '' ? localized('print.commitment.pasteNote') : null,
        lines: [pair('print.commitment.signature', BLANK), pair('print.date', signedOn(commitment.signedOn))],
        seal: null,
      });
    } else if (id === 'employerVerification') {
      sections.push({
        kind: 'statement',
        id,
        title: title('print.section.employerVerification'),
        // No wording yet: the box stays blank for the employer to write by hand; it is not a missing field.
        wording: cell(employerVerification.wording, false),
        note: null,
        lines: [
          pair('print.verification.signatory', cell(employerVerification.signatory, f('employerVerification', 'signatory'))),
          pair('print.verification.signature', BLANK),
        ],
        // The date goes under the seal line, where the employer dates its seal.
        seal: { label: pzh('print.verification.seal'), date: employerVerification.signedOn ? formDate(employerVerification.signedOn) : pzh('print.blankDate') },
      });
    } else {
      // 事业单位: "还须由所在单位主管部门确认事业单位岗位情况". No wording is published: a box for the authority.
      sections.push({
        kind: 'statement',
        id,
        title: title('print.section.postConfirmation'),
        wording: BLANK,
        note: localized('print.postConfirmation.note'),
        lines: [pair('print.postConfirmation.signatory', BLANK)],
        seal: { label: pzh('print.postConfirmation.seal'), date: pzh('print.blankDate') },
      });
    }
  }

  return { ...header, sections };
}
