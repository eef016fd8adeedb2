// Header around the current screen: the app's name, the global pages (applicants, the employer's dashboard,
// programmes, holiday calendar, backups) and the language in the first row; the current applicant's pages,
// in the order of the work, in a second row.
import { useEffect, useRef, type ReactNode } from 'react';
import { LANGUAGES, type Language } from '../../shared/contract/channels';
import { BackupsNavLink } from './backups/BackupsNavLink';
import { RecoveryNotice } from './backups/RecoveryNotice';
import { FormNavLinks } from './form/FormNavLinks';
import { MaterialsNavLink } from './materials/MaterialsNavLink';
import { RemindersBanner } from './reminders/RemindersBanner';
import { EmployerNavLink, TrackerNavLink } from './tracker/TrackerNavLinks';
import { useI18n } from './i18n';
import { hrefOf, useRoute } from './router';
import { displayName, useSession } from './session';
import { useToast } from './toasts';

function LanguageSwitch() {
  const { t, language } = useI18n();
  const { updateSettings } = useSession();
  const toast = useToast();
  const choose = async (next: Language) => {
    if (next === language) return;
    const result = await updateSettings({ language: next });
    if (!result.ok) toast({ message: (i18n) => i18n.error(result.error) });
  };
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option === 'zh' ? 'zh-CN' : 'en'}
          aria-pressed={option === language}
          onClick={() => void choose(option)}
        >
          {t(`language.${option}`)}
        </button>
      ))}
    </div>
  );
}

export function Shell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const route = useRoute();
  const { settings, applicants } = useSession();
  const current = applicants?.find((applicant) => applicant.id === settings.currentApplicantId) ?? null;

  useEffect(() => {
    document.title = t('app.name');
  }, [t]);

  // The header's height (one row, or two with an applicant's pages, more when they wrap) for what sticks
  // under it: the summary's toolbar must not slide behind the second row.
  const header = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = header.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => document.documentElement.style.setProperty('--app-header-height', `${element.offsetHeight}px`));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={(event) => {
        // A hash link would be taken as a route: move the focus by hand instead.
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        {t('nav.skip')}
      </a>
      <header className="app-header" ref={header}>
        <div className="app-header-row">
          <span className="app-name">{t('app.name')}</span>
          <nav aria-label={t('nav.label')}>
            <ul>
              <li>
                <a href={hrefOf({ name: 'applicants' })} aria-current={route.name === 'applicants' ? 'page' : undefined}>
                  {t('nav.applicants')}
                </a>
              </li>
              <EmployerNavLink route={route} />
              <li>
                <a href={hrefOf({ name: 'programmes' })} aria-current={route.name === 'programmes' ? 'page' : undefined}>
                  {t('nav.programmes')}
                </a>
              </li>
              <li>
                <a href={hrefOf({ name: 'calendar' })} aria-current={route.name === 'calendar' ? 'page' : undefined}>
                  {t('nav.calendar')}
                </a>
              </li>
              <BackupsNavLink current={route.name === 'backups'} />
            </ul>
          </nav>
          <LanguageSwitch />
        </div>
        {current && (
          // The current applicant's pages, in the order of the work: a second row, so that twelve links never
          // shrink to "申…" at a laptop's width.
          <nav className="applicant-nav" aria-label={t('nav.applicantPages', { name: displayName(current, t('common.unnamed')) })}>
            <ul>
              <li>
                <a
                  href={hrefOf({ name: 'profile', applicantId: current.id })}
                  aria-current={route.name === 'profile' && route.applicantId === current.id ? 'page' : undefined}
                >
                  {t('nav.profileOf', { name: displayName(current, t('common.unnamed')) })}
                </a>
              </li>
              <li>
                <a
                  href={hrefOf({ name: 'eligibility', applicantId: current.id })}
                  aria-current={route.name === 'eligibility' && route.applicantId === current.id ? 'page' : undefined}
                >
                  {t('nav.eligibility')}
                </a>
              </li>
              <li>
                <a
                  href={hrefOf({ name: 'summary', applicantId: current.id })}
                  aria-current={route.name === 'summary' && route.applicantId === current.id ? 'page' : undefined}
                >
                  {t('nav.summary')}
                </a>
              </li>
              <FormNavLinks applicantId={current.id} route={route} />
              <MaterialsNavLink applicantId={current.id} route={route} />
              <TrackerNavLink applicantId={current.id} route={route} />
            </ul>
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        <RecoveryNotice />
        <RemindersBanner />
        {children}
      </main>
    </div>
  );
}
