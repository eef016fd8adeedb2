// The navigation's link to the backups screen (its label lives in the backups dictionary).
import { useI18n } from '../i18n';
import { hrefOf } from '../router';
import { backupsText } from './backupText';

export function BackupsNavLink({ current }: { current: boolean }) {
  const text = backupsText(useI18n());
  return (
    <li>
      <a href={hrefOf({ name: 'backups' })} aria-current={current ? 'page' : undefined}>
        {text('backups.nav')}
      </a>
    </li>
  );
}
