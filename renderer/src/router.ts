// A tiny hash router: Electron's loadFile only supports hash routes, and browser mode uses the same.
import { useSyncExternalStore } from 'react';

/** Profile sections a link may open at (the eligibility page links a missing fact to its section). */
export const PROFILE_SECTIONS = ['person', 'education', 'work', 'certificates'] as const;
export type ProfileSection = (typeof PROFILE_SECTIONS)[number];

export type Route =
  | { name: 'applicants' }
  | { name: 'profile'; applicantId: string; section?: ProfileSection }
  | { name: 'eligibility'; applicantId: string }
  | { name: 'summary'; applicantId: string }
  | { name: 'programmes' }
  | { name: 'calendar' }
  | { name: 'unknown' };

const isSection = (value: string | undefined): value is ProfileSection => (PROFILE_SECTIONS as readonly string[]).includes(value ?? '');

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter((part) => part !== '').map(decodeURIComponent);
  const [first, applicantId, page, section] = parts;
  if (parts.length === 0 || (parts.length === 1 && first === 'applicants')) return { name: 'applicants' };
  if (parts.length === 1 && first === 'programmes') return { name: 'programmes' };
  if (parts.length === 1 && first === 'calendar') return { name: 'calendar' };
  if (first !== 'applicants' || !applicantId) return { name: 'unknown' };
  if (parts.length === 3 && page === 'profile') return { name: 'profile', applicantId };
  if (parts.length === 4 && page === 'profile' && isSection(section)) return { name: 'profile', applicantId, section };
  if (parts.length === 3 && page === 'eligibility') return { name: 'eligibility', applicantId };
  if (parts.length === 3 && page === 'summary') return { name: 'summary', applicantId };
  return { name: 'unknown' };
}

export function hrefOf(route: Exclude<Route, { name: 'unknown' }>): string {
  switch (route.name) {
    case 'applicants':
      return '#/applicants';
    case 'profile':
      return `#/applicants/${encodeURIComponent(route.applicantId)}/profile${route.section ? `/${route.section}` : ''}`;
    case 'eligibility':
      return `#/applicants/${encodeURIComponent(route.applicantId)}/eligibility`;
    case 'summary':
      return `#/applicants/${encodeURIComponent(route.applicantId)}/summary`;
    case 'programmes':
      return '#/programmes';
    case 'calendar':
      return '#/calendar';
  }
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
