// A tiny hash router: Electron's loadFile only supports hash routes, and browser mode uses the same.
import { useSyncExternalStore } from 'react';

/** Profile sections a link may open at (the eligibility page links a missing fact to its section). */
export const PROFILE_SECTIONS = ['person', 'education', 'work', 'certificates'] as const;
export type ProfileSection = (typeof PROFILE_SECTIONS)[number];

export type Route =
  | { name: 'applicants' }
  /** `field`: the path of a field to focus once shown (a link from the report before printing). */
  | { name: 'profile'; applicantId: string; section?: ProfileSection; field?: string }
  | { name: 'eligibility'; applicantId: string }
  /** `paragraph`: the paragraph (0-based, headings included) to put the cursor in (a link from the review). */
  | { name: 'summary'; applicantId: string; paragraph?: number }
  | { name: 'form'; applicantId: string; field?: string }
  | { name: 'print'; applicantId: string }
  /** `nextFrom`: open the form for the round after this one (every date empty, from the new notice). */
  | { name: 'programmes'; nextFrom?: string }
  | { name: 'calendar' }
  | { name: 'backups' }
  | { name: 'tracker'; applicantId: string }
  | { name: 'materials'; applicantId: string }
  /** HR's view: the dashboard of every applicant, and one applicant's employer part when `applicantId` is given. */
  | { name: 'employer'; applicantId?: string }
  | { name: 'unknown' };

const isSection = (value: string | undefined): value is ProfileSection => (PROFILE_SECTIONS as readonly string[]).includes(value ?? '');

/** `?field=a.0.b` after a route: the field to focus (see Route). */
function fieldOf(query: string | undefined): { field?: string } {
  const field = new URLSearchParams(query ?? '').get('field');
  return field ? { field } : {};
}

/** `?paragraph=3` after the summary's route. */
function paragraphOf(query: string | undefined): { paragraph?: number } {
  const value = new URLSearchParams(query ?? '').get('paragraph');
  return value !== null && /^\d{1,6}$/.test(value) ? { paragraph: Number(value) } : {};
}

export function parseRoute(hash: string): Route {
  const [routePart = '', query] = hash.split('?', 2);
  const parts = routePart.replace(/^#\/?/, '').split('/').filter((part) => part !== '').map(decodeURIComponent);
  const [first, applicantId, page, section] = parts;
  if (parts.length === 0 || (parts.length === 1 && first === 'applicants')) return { name: 'applicants' };
  if (parts.length === 1 && first === 'programmes') {
    const nextFrom = new URLSearchParams(query ?? '').get('nextFrom');
    return nextFrom ? { name: 'programmes', nextFrom } : { name: 'programmes' };
  }
  if (parts.length === 1 && first === 'calendar') return { name: 'calendar' };
  if (parts.length === 1 && first === 'backups') return { name: 'backups' };
  if (parts.length === 1 && first === 'employer') return { name: 'employer' };
  if (parts.length === 2 && first === 'employer' && applicantId) return { name: 'employer', applicantId };
  if (first !== 'applicants' || !applicantId) return { name: 'unknown' };
  if (parts.length === 3 && page === 'profile') return { name: 'profile', applicantId, ...fieldOf(query) };
  if (parts.length === 4 && page === 'profile' && isSection(section)) return { name: 'profile', applicantId, section };
  if (parts.length === 3 && page === 'eligibility') return { name: 'eligibility', applicantId };
  if (parts.length === 3 && page === 'summary') return { name: 'summary', applicantId, ...paragraphOf(query) };
  if (parts.length === 3 && page === 'form') return { name: 'form', applicantId, ...fieldOf(query) };
  if (parts.length === 3 && page === 'print') return { name: 'print', applicantId };
  if (parts.length === 3 && page === 'tracker') return { name: 'tracker', applicantId };
  if (parts.length === 3 && page === 'materials') return { name: 'materials', applicantId };
  return { name: 'unknown' };
}

export function hrefOf(route: Exclude<Route, { name: 'unknown' }>): string {
  switch (route.name) {
    case 'applicants':
      return '#/applicants';
    case 'profile':
      return `#/applicants/${encodeURIComponent(route.applicantId)}/profile${route.section ? `/${route.section}` : ''}${fieldQuery(route.field)}`;
    case 'eligibility':
      return `#/applicants/${encodeURIComponent(route.applicantId)}/eligibility`;
    case 'summary':
      return `#/applicants/${encodeURIComponent(route.applicantId)}/summary${route.paragraph === undefined ? '' : `?paragraph=${route.paragraph}`}`;
    case 'form':
      return `#/applicants/${encodeURIComponent(route.applicantId)}/form${fieldQuery(route.field)}`;
    case 'print':
      return `#/applicants/${encodeURIComponent(route.applicantId)}/print`;
    case 'programmes':
      return route.nextFrom ? `#/programmes?${new URLSearchParams({ nextFrom: route.nextFrom }).toString()}` : '#/programmes';
    case 'calendar':
      return '#/calendar';
    case 'backups':
      return '#/backups';
    case 'tracker':
      return `#/applicants/${encodeURIComponent(route.applicantId)}/tracker`;
    case 'materials':
      return `#/applicants/${encodeURIComponent(route.applicantId)}/materials`;
    case 'employer':
      return route.applicantId ? `#/employer/${encodeURIComponent(route.applicantId)}` : '#/employer';
  }
}

function fieldQuery(field: string | undefined): string {
  return field ? `?${new URLSearchParams({ field }).toString()}` : '';
}

export function navigate(route: Exclude<Route, { name: 'unknown' }>): void {
  window.location.hash = hrefOf(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
