// Achievements, papers, patents, standards and awards: the profile editor's row lists (add, remove with
// Undo, move up and down). An empty list reads 无, which is what the online system wants and what is copied
// and printed.
import type { ReactNode } from 'react';
import {
  ACHIEVEMENT_ROLES,
  AWARD_LEVELS,
  type AssessmentFormInput,
  type FormRowList,
  PATENT_KINDS,
  STANDARD_LEVELS,
} from '../../../shared/form/schema';
import { type FormKey, tf } from '../../../shared/i18n/form';
import type { Params } from '../../../shared/i18n/core';
import { LIMITS } from '../../../shared/profile/text';
import { useI18n } from '../i18n';
import { DateField, SelectField } from '../profile/fields';
import { RowList } from '../profile/RowList';
import { CopyButton } from './CopyButton';
import { NONE_TEXT } from './copyValues';
import { FORM_LISTS } from './fieldLabels';
import { Copyable, FormTextField } from './fields';
import { FormSection } from './FormSection';
import { newAchievement, newAward, newPaper, newPatent, newStandard } from './rows';

type Rows<K extends FormRowList> = AssessmentFormInput[K];
type Row<K extends FormRowList> = Rows<K>[number];
type Update<K extends FormRowList> = (update: (rows: Rows<K>) => Rows<K>) => void;

function useText() {
  const { language } = useI18n();
  return (key: FormKey, params?: Params) => tf(language, key, params);
}

interface ListProps<K extends FormRowList> {
  list: K;
  rows: Rows<K>;
  onChange: Update<K>;
  make(id: string): Row<K>;
  children(row: Row<K>, index: number, update: (patch: Partial<Row<K>>) => void): ReactNode;
}

function RecordList<K extends FormRowList>({ list, rows, onChange, make, children }: ListProps<K>) {
  const tx = useText();
  const names = FORM_LISTS[list];
  const section = tx(names.section);
  return (
    <FormSection id={list} title={section}>
      {rows.length === 0 && (
        <div className="none-value">
          <span className="none-text">{tx('rows.none')}</span>
          <CopyButton value={NONE_TEXT} label={section} />
        </div>
      )}
      <RowList<Row<K>>
        rows={rows}
        onChange={onChange as (update: (rows: Row<K>[]) => Row<K>[]) => void}
        make={make}
        rowLabel={(index) => tx(names.row, { n: index + 1 })}
        addLabel={tx(`row.add.${names.field}` as FormKey)}
        emptyText={tx('rows.noneHint', { section })}
      >
        {children}
      </RowList>
    </FormSection>
  );
}

/** A date of a row, with its copy button. */
function RowDate({ path, label, value, onChange }: { path: (string | number)[]; label: string; value: string | null; onChange(value: string | null): void }) {
  return (
    <Copyable value={value ?? ''} label={label}>
      <DateField path={path} label={label} value={value} onChange={onChange} />
    </Copyable>
  );
}

/** A choice of a row: shown in the UI's language, copied in Chinese. */
function RowChoice<T extends string>(props: { path: (string | number)[]; label: string; value: T | null; options: readonly T[]; prefix: string; onChange(value: T | null): void }) {
  const { language } = useI18n();
  const optionLabel = (lang: 'zh' | 'en', value: T) => tf(lang, `${props.prefix}.${value}` as FormKey);
  return (
    <Copyable value={props.value === null ? '' : optionLabel('zh', props.value)} label={props.label}>
      <SelectField path={props.path} label={props.label} value={props.value} options={props.options} optionLabel={(value) => optionLabel(language, value)} onChange={props.onChange} />
    </Copyable>
  );
}

export function AchievementList({ rows, onChange }: { rows: Rows<'achievements'>; onChange: Update<'achievements'> }) {
  const tx = useText();
  return (
    <RecordList list="achievements" rows={rows} onChange={onChange} make={newAchievement}>
      {(row, index, update) => {
        const path = (field: string) => ['achievements', index, field];
        return (
          <div className="grid">
            <FormTextField path={path('title')} label={tx('achievement.title')} value={row.title} maxLength={LIMITS.short} onChange={(title) => update({ title })} />
            <RowDate path={path('startDate')} label={tx('achievement.startDate')} value={row.startDate} onChange={(startDate) => update({ startDate })} />
            <RowDate path={path('endDate')} label={tx('achievement.endDate')} value={row.endDate} onChange={(endDate) => update({ endDate })} />
            <RowChoice path={path('role')} label={tx('achievement.role')} value={row.role} options={ACHIEVEMENT_ROLES} prefix="role" onChange={(role) => update({ role })} />
            <FormTextField path={path('work')} label={tx('achievement.work')} value={row.work} maxLength={LIMITS.long} multiline rows={5} onChange={(work) => update({ work })} />
            <FormTextField path={path('results')} label={tx('achievement.results')} hint={tx('achievement.results.hint')} value={row.results} maxLength={LIMITS.long} multiline onChange={(results) => update({ results })} />
            <FormTextField path={path('evidence')} label={tx('achievement.evidence')} hint={tx('achievement.evidence.hint')} value={row.evidence} maxLength={LIMITS.short} onChange={(evidence) => update({ evidence })} />
          </div>
        );
      }}
    </RecordList>
  );
}

export function PaperList({ rows, onChange }: { rows: Rows<'papers'>; onChange: Update<'papers'> }) {
  const tx = useText();
  return (
    <RecordList list="papers" rows={rows} onChange={onChange} make={newPaper}>
      {(row, index, update) => {
        const path = (field: string) => ['papers', index, field];
        return (
          <div className="grid">
            <FormTextField path={path('title')} label={tx('paper.title')} value={row.title} maxLength={LIMITS.short} onChange={(title) => update({ title })} />
            <FormTextField path={path('venue')} label={tx('paper.venue')} value={row.venue} maxLength={LIMITS.short} onChange={(venue) => update({ venue })} />
            <RowDate path={path('publishedOn')} label={tx('paper.publishedOn')} value={row.publishedOn} onChange={(publishedOn) => update({ publishedOn })} />
            <FormTextField path={path('authorship')} label={tx('paper.authorship')} hint={tx('paper.authorship.hint')} value={row.authorship} maxLength={LIMITS.name} onChange={(authorship) => update({ authorship })} />
            <FormTextField path={path('identifier')} label={tx('paper.identifier')} value={row.identifier} maxLength={LIMITS.name} onChange={(identifier) => update({ identifier })} />
          </div>
        );
      }}
    </RecordList>
  );
}

export function PatentList({ rows, onChange }: { rows: Rows<'patents'>; onChange: Update<'patents'> }) {
  const tx = useText();
  return (
    <RecordList list="patents" rows={rows} onChange={onChange} make={newPatent}>
      {(row, index, update) => {
        const path = (field: string) => ['patents', index, field];
        return (
          <div className="grid">
            <FormTextField path={path('title')} label={tx('patent.title')} value={row.title} maxLength={LIMITS.short} onChange={(title) => update({ title })} />
            <RowChoice path={path('kind')} label={tx('patent.kind')} value={row.kind} options={PATENT_KINDS} prefix="patentKind" onChange={(kind) => update({ kind })} />
            <FormTextField path={path('number')} label={tx('patent.number')} value={row.number} maxLength={LIMITS.idNumber} onChange={(number) => update({ number })} />
            <RowDate path={path('grantedOn')} label={tx('patent.grantedOn')} value={row.grantedOn} onChange={(grantedOn) => update({ grantedOn })} />
            <FormTextField path={path('inventorship')} label={tx('patent.inventorship')} hint={tx('patent.inventorship.hint')} value={row.inventorship} maxLength={LIMITS.name} onChange={(inventorship) => update({ inventorship })} />
          </div>
        );
      }}
    </RecordList>
  );
}

export function StandardList({ rows, onChange }: { rows: Rows<'standards'>; onChange: Update<'standards'> }) {
  const tx = useText();
  return (
    <RecordList list="standards" rows={rows} onChange={onChange} make={newStandard}>
      {(row, index, update) => {
        const path = (field: string) => ['standards', index, field];
        return (
          <div className="grid">
            <FormTextField path={path('title')} label={tx('standard.title')} value={row.title} maxLength={LIMITS.short} onChange={(title) => update({ title })} />
            <FormTextField path={path('number')} label={tx('standard.number')} value={row.number} maxLength={LIMITS.idNumber} onChange={(number) => update({ number })} />
            <RowChoice path={path('level')} label={tx('standard.level')} value={row.level} options={STANDARD_LEVELS} prefix="standardLevel" onChange={(level) => update({ level })} />
            <RowDate path={path('publishedOn')} label={tx('standard.publishedOn')} value={row.publishedOn} onChange={(publishedOn) => update({ publishedOn })} />
            <FormTextField path={path('role')} label={tx('standard.role')} value={row.role} maxLength={LIMITS.name} onChange={(role) => update({ role })} />
          </div>
        );
      }}
    </RecordList>
  );
}

export function AwardList({ rows, onChange }: { rows: Rows<'awards'>; onChange: Update<'awards'> }) {
  const tx = useText();
  return (
    <RecordList list="awards" rows={rows} onChange={onChange} make={newAward}>
      {(row, index, update) => {
        const path = (field: string) => ['awards', index, field];
        return (
          <div className="grid">
            <FormTextField path={path('name')} label={tx('award.name')} value={row.name} maxLength={LIMITS.short} onChange={(name) => update({ name })} />
            <FormTextField path={path('grantedBy')} label={tx('award.grantedBy')} value={row.grantedBy} maxLength={LIMITS.short} onChange={(grantedBy) => update({ grantedBy })} />
            <RowChoice path={path('level')} label={tx('award.level')} value={row.level} options={AWARD_LEVELS} prefix="awardLevel" onChange={(level) => update({ level })} />
            <RowDate path={path('awardedOn')} label={tx('award.awardedOn')} value={row.awardedOn} onChange={(awardedOn) => update({ awardedOn })} />
            <FormTextField path={path('rank')} label={tx('award.rank')} hint={tx('award.rank.hint')} value={row.rank} maxLength={LIMITS.name} onChange={(rank) => update({ rank })} />
          </div>
        );
      }}
    </RecordList>
  );
}
