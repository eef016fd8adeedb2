// The facts the public-institution rule needs (沪人社专〔2024〕296号 二): the kind of employer, and for a public
// institution the supervising authority's consent; a title already held matters to both. The consent is
// asked only of public-institution staff, but kept when the kind changes (nothing typed is lost).
import type { ProfileInput } from '../../../shared/profile/schema';
import { EMPLOYER_KINDS, TITLE_LEVELS } from '../../../shared/profile/schema';
import { useRulesText } from '../rulesText';
import { SelectField } from './fields';

type Person = ProfileInput['person'];
const CONSENT = ['yes', 'no'] as const;

export function EmployerFacts({ person, onChange }: { person: Person; onChange(patch: Partial<Person>): void }) {
  const rt = useRulesText();
  const consent = person.supervisorConsent === true ? 'yes' : person.supervisorConsent === false ? 'no' : null;
  return (
    <>
      <SelectField
        path={['person', 'employerKind']}
        label={rt('rules.person.employerKind')}
        hint={rt('rules.person.employerKind.hint')}
        value={person.employerKind ?? null}
        options={EMPLOYER_KINDS}
        optionLabel={(value) => rt(`rules.employerKind.${value}`)}
        onChange={(employerKind) => onChange({ employerKind })}
      />
      {person.employerKind === 'public-institution' && (
        <SelectField
          path={['person', 'supervisorConsent']}
          label={rt('rules.person.supervisorConsent')}
          hint={rt('rules.person.supervisorConsent.hint')}
          value={consent}
          options={CONSENT}
          optionLabel={(value) => rt(`rules.supervisorConsent.${value}`)}
          onChange={(value) => onChange({ supervisorConsent: value === null ? null : value === 'yes' })}
        />
      )}
      <SelectField
        path={['person', 'currentTitleLevel']}
        label={rt('rules.person.currentTitleLevel')}
        hint={rt('rules.person.currentTitleLevel.hint')}
        value={person.currentTitleLevel ?? null}
        options={TITLE_LEVELS}
        optionLabel={(value) => rt(`rules.titleLevel.${value}`)}
        onChange={(currentTitleLevel) => onChange({ currentTitleLevel })}
      />
    </>
  );
}
