// The attachment limits of this programme, as a small settings form. The official limits are not
// published; the defaults are TitlePrep's own (templates/attachments/limits.json), and the user may change
// them for this programme or go back to the defaults.
import { useState } from 'react';
import type { LimitsReply } from '../../../shared/contract/materialsChannels';
import { ATTACHMENT_KINDS, type AttachmentKind } from '../../../shared/materials/attachmentTypes';
import { call } from '../api';
import type { I18n } from '../i18n';
import { type Localized, useToast } from '../toasts';
import type { Params } from '../../../shared/i18n/core';
import { type MaterialsKey, tm } from '../../../shared/i18n/materials';
import { describeError, useMaterialsText } from './messages';

const KIND_LABEL: Record<AttachmentKind, string> = { pdf: 'PDF', jpeg: 'JPEG', png: 'PNG' };
const MB = 1_000_000;

export const typesText = (types: readonly AttachmentKind[]) => types.map((kind) => KIND_LABEL[kind]).join(', ');
export const mbText = (bytes: number) => String(Math.round((bytes / MB) * 10) / 10);

const say =
  (key: MaterialsKey, params?: Params): Localized =>
  ({ language }) =>
    tm(language, key, params);

export function LimitsSettings({ limits, onSaved }: { limits: LimitsReply; onSaved(limits: LimitsReply): void }) {
  const { tx, i18n } = useMaterialsText();
  const toast = useToast();
  const [maxMb, setMaxMb] = useState(mbText(limits.limits.maxBytes));
  const [types, setTypes] = useState<AttachmentKind[]>(limits.limits.types);
  // A function of the dictionary, so that a problem already shown follows a change of language.
  const [problem, setProblem] = useState<Localized | null>(null);
  const [saving, setSaving] = useState(false);

  async function save(next: LimitsReply['limits'] | null) {
    setSaving(true);
    try {
      const result = await call('attachments.limits.save', { programmeId: limits.programmeId, limits: next });
      if (!result.ok) {
        const error = result.error;
        const issue = error.issues?.[0];
        setProblem(issue?.key === 'materials.limits.overCeiling' ? say('materials.limits.overCeiling', { ceilingMb: mbText(limits.ceilingBytes) }) : (now: I18n) => describeError(error, now));
        return;
      }
      setProblem(null);
      setMaxMb(mbText(result.value.limits.maxBytes));
      setTypes(result.value.limits.types);
      onSaved(result.value);
      toast({ message: (i18n) => tm(i18n.language, 'materials.limits.saved') });
    } finally {
      setSaving(false);
    }
  }

  function submit() {
    const megabytes = Number(maxMb.replace(',', '.'));
    if (!Number.isFinite(megabytes) || megabytes <= 0) return setProblem(say('materials.limits.maxBytes'));
    const maxBytes = Math.round(megabytes * MB);
    if (maxBytes > limits.ceilingBytes) return setProblem(say('materials.limits.overCeiling', { ceilingMb: mbText(limits.ceilingBytes) }));
    if (types.length === 0) return setProblem(say('materials.limits.types'));
    void save({ maxBytes, types: ATTACHMENT_KINDS.filter((kind) => types.includes(kind)) });
  }

  return (
    <details className="card limits-settings">
      <summary>
        <strong>{tx('materials.limits.title')}</strong>{' '}
        <span className="muted">
          {tx('materials.limits.current', { maxMb: mbText(limits.limits.maxBytes), types: typesText(limits.limits.types) })}{' '}
          {limits.userSet ? tx('materials.limits.userSet') : tx('materials.limits.defaults')}
        </span>
      </summary>
      <p className="field-hint">{tx('materials.limits.intro', { maxMb: mbText(limits.defaults.maxBytes) })}</p>
      <form
        className="limits-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <label className="field">
          <span className="field-label">{tx('materials.limits.maxMbLabel')}</span>
          <input type="text" inputMode="decimal" value={maxMb} onChange={(event) => setMaxMb(event.target.value)} />
        </label>
        <fieldset className="limits-types">
          <legend className="field-label">{tx('materials.limits.typesLabel')}</legend>
          {ATTACHMENT_KINDS.map((kind) => (
            <label key={kind} className="field-checkbox">
              <input
                type="checkbox"
                checked={types.includes(kind)}
                onChange={(event) => setTypes((current) => (event.target.checked ? [...current, kind] : current.filter((entry) => entry !== kind)))}
              />
              {KIND_LABEL[kind]}
            </label>
          ))}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={saving}>
            {tx('materials.limits.save')}
          </button>
          <button type="button" disabled={saving || !limits.userSet} onClick={() => void save(null)}>
            {tx('materials.limits.reset')}
          </button>
        </div>
      </form>
      {problem && (
        <p className="field-error" role="alert">
          {problem(i18n)}
        </p>
      )}
    </details>
  );
}
