// Beside the form: where to jump, whether it is saved, and how much the application still needs.
import { useI18n } from '../i18n';
import type { SaveState } from './autosave';
import { SaveStatus } from '../SaveStatus';

const SECTIONS = [
  ['person', 'section.person'],
  ['education', 'section.education'],
  ['work', 'section.work'],
  ['certificates', 'section.certificates'],
] as const;

interface Props {
  saveState: SaveState;
  /** The fields not saved yet, named (see unsavedText.ts). */
  unsavedText?: string | undefined;
  missingCount: number;
  onRetry(): void;
}

export function ProfileAside({ saveState, unsavedText, missingCount, onRetry }: Props) {
  const { t } = useI18n();
  // Hash links would be read as routes: scroll and move the focus by hand.
  const jump = (id: string) => {
    const heading = document.getElementById(`section-${id}`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.setAttribute('tabindex', '-1');
    heading?.focus({ preventScroll: true });
  };
  return (
    <aside className="profile-aside">
      <SaveStatus state={saveState} onRetry={onRetry} invalidText={unsavedText} />
      <p className="completeness muted">{missingCount === 0 ? t('profile.complete') : t('profile.missingCount', { count: missingCount })}</p>
      <nav aria-label={t('profile.sections')}>
        <ul>
          {SECTIONS.map(([id, key]) => (
            <li key={id}>
              <button type="button" className="button-link" onClick={() => jump(id)}>
                {t(key)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
    </aside>
  );
}
