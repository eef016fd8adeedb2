// 个人承诺 and 所在单位核实意见: their official wordings are not published, so TitlePrep never writes them.
// The user pastes the wording from the form the online system generated; TitlePrep records who signs,
// when, and whether the employer's seal is applied.
import type { AssessmentFormInput } from '../../../shared/form/schema';
import { type FormKey, tf } from '../../../shared/i18n/form';
import { LIMITS } from '../../../shared/profile/text';
import type { Source } from '../../../shared/programmes/source';
import { useI18n } from '../i18n';
import { SourceNote } from '../programmes/SourceNote';
import { CheckboxField, DateField } from '../profile/fields';
import { Copyable, FormTextField } from './fields';
import { FormSection } from './FormSection';

type Commitment = AssessmentFormInput['commitment'];
type EmployerVerification = AssessmentFormInput['employerVerification'];

function useText() {
  const { language } = useI18n();
  return (key: FormKey) => tf(language, key);
}

export function CommitmentSection({ commitment, onChange }: { commitment: Commitment; onChange(patch: Partial<Commitment>): void }) {
  const tx = useText();
  return (
    <FormSection id="commitment" title={tx('section.commitment')}>
      <div className="card">
        <p className="pasted-explain">{tx('commitment.explain')}</p>
        <div className="grid">
          <FormTextField path={['commitment', 'wording']} label={tx('commitment.wording')} value={commitment.wording} maxLength={LIMITS.long} multiline rows={6} onChange={(wording) => onChange({ wording })} />
          <Copyable value={commitment.signedOn ?? ''} label={tx('commitment.signedOn')}>
            <DateField path={['commitment', 'signedOn']} label={tx('commitment.signedOn')} value={commitment.signedOn} onChange={(signedOn) => onChange({ signedOn })} />
          </Copyable>
        </div>
      </div>
    </FormSection>
  );
}

export function EmployerVerificationSection({ verification, onChange }: { verification: EmployerVerification; onChange(patch: Partial<EmployerVerification>): void }) {
  const tx = useText();
  return (
    <FormSection id="employerVerification" title={tx('section.employerVerification')}>
      <div className="card">
        <p className="pasted-explain">{tx('employerVerification.explain')}</p>
        <div className="grid">
          <FormTextField path={['employerVerification', 'wording']} label={tx('employerVerification.wording')} value={verification.wording} maxLength={LIMITS.long} multiline rows={5} onChange={(wording) => onChange({ wording })} />
          <FormTextField path={['employerVerification', 'signatory']} label={tx('employerVerification.signatory')} value={verification.signatory} maxLength={LIMITS.short} onChange={(signatory) => onChange({ signatory })} />
          <Copyable value={verification.signedOn ?? ''} label={tx('employerVerification.signedOn')}>
            <DateField path={['employerVerification', 'signedOn']} label={tx('employerVerification.signedOn')} value={verification.signedOn} onChange={(signedOn) => onChange({ signedOn })} />
          </Copyable>
          <div className="checks">
            <CheckboxField path={['employerVerification', 'sealApplied']} label={tx('employerVerification.sealApplied')} checked={verification.sealApplied} onChange={(sealApplied) => onChange({ sealApplied })} />
          </div>
        </div>
      </div>
    </FormSection>
  );
}

/**
 * 事业单位 staff: the supervising authority confirms the post on paper (沪人社专〔2024〕296号 四(三)). Nothing to
 * type: the printed form has a box for it, with the authority's seal; the wording is not published.
 */
export function PostConfirmationSection({ source }: { source: Source }) {
  const tx = useText();
  return (
    <FormSection id="postConfirmation" title={tx('section.postConfirmation')}>
      <div className="card">
        <p>{tx('postConfirmation.explain')}</p>
        <SourceNote source={source} />
      </div>
    </FormSection>
  );
}
