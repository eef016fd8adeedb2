// A tiny hash router: Electron's loadFile only supports hash routes, and browser mode uses the same.
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'applicants' }
  | { name: 'profile'; applicantId: string }
  | { name: 'unknown' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter((part) => part !== '').map(decodeURIComponent);
  if (parts.length === 0 || (parts.length === 1 && parts[0] === 'applicants')) return { name: 'applicants' };
  if (parts.length === 3 && parts[0] === 'applicants' && parts[2] === 'profile' && parts[1]) {
    return { name: 'profile', applicantId: parts[1] };
  }
  return { name: 'unknown' };
}

export function hrefOf(route: Exclude<Route, { name: 'unknown' }>): string {
  switch (route.name) {
    case 'applicants':
      return '#/applicants';
    case 'profile':
      return `#/applicants/${encodeURIComponent(route.applicantId)}/profile`;
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
