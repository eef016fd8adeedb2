// The assessing committee is one fact: the programme's assessing body unless the user overrides it with the
// name the online system uses; a typed copy of the programme's name is no override; without a named body
// the typed name is the only source, and missing when empty.
import { describe, expect, it } from 'vitest';
import { effectiveCommittee, isCommitteeOverride } from '../../../shared/form/committee';
import { emptyApplication } from '../../../shared/application/schema';
import { emptyForm } from '../../../shared/form/schema';
import { reportForPrinting } from '../../../shared/form/validation';
import { getProgramme } from '../../../shared/programmes';
import { profileSchema } from '../../../shared/profile/schema';
import type { Programme } from '../../../shared/programmes/schema';
import { sampleProfile } from '../../support/profiles';

function programme(id: string): Programme {
  const result = getProgramme(id);
  if (!result.ok) throw new Error(id);
  return result.value;
}
const shanghai = programme('shanghai-c-r3');
const guangzhou = programme('guangzhou-2025');
const BODY = '上海市专业技术人才职称考核认定委员会（境外职业资格）';

describe('the committee is the programme’s assessing body unless overridden', () => {
  it('uses the programme’s body when nothing is typed', () => {
    expect(effectiveCommittee({ committee: '' }, shanghai)).toEqual({ value: BODY, origin: 'programme', programmeBody: BODY });
  });

  it('a typed copy of the programme’s name (forms saved before the rule) is no override', () => {
    expect(isCommitteeOverride(` ${BODY} `, shanghai)).toBe(false);
    expect(effectiveCommittee({ committee: BODY }, shanghai).origin).toBe('programme');
  });

  it('a different name is the user’s override, and the programme’s name is still known', () => {
    expect(effectiveCommittee({ committee: '上海市境外职业资格评委会 ' }, shanghai)).toEqual({ value: '上海市境外职业资格评委会', origin: 'override', programmeBody: BODY });
  });

  it('without a named body (Guangzhou) the typed name is the only source; empty is missing', () => {
    expect(effectiveCommittee({ committee: '' }, guangzhou)).toEqual({ value: null, origin: 'missing', programmeBody: null });
    expect(effectiveCommittee({ committee: '广州市工程系列评委会' }, guangzhou).origin).toBe('override');
    expect(effectiveCommittee({ committee: '' }, null).origin).toBe('missing');
  });

  it('the report before printing asks for the committee only when the programme names none and has a published form (Guangzhou has neither: optional)', () => {
    const profile = profileSchema.parse(sampleProfile());
    const form = emptyForm();
    const committeeItems = (chosen: Programme | null) =>
      reportForPrinting({ profile, application: { ...emptyApplication(), programmeId: 'shanghai-c-r3' }, form, summary: null, programme: chosen }).items.filter((item) => item.target.path.join('.') === 'registration.committee');
    expect(committeeItems(shanghai)).toEqual([]);
    expect(committeeItems(guangzhou)).toEqual([]);
    expect(committeeItems(null)).toHaveLength(1);
  });
});
