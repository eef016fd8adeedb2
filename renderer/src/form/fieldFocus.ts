// Bringing the user to a field named by its path (a link of the report before printing): the field may not
// be on screen yet (the page is still loading), so wait for it a little, then scroll it into view and focus
// its control. Fields mark themselves with data-path (profile/fields.tsx, form/fields.tsx); a section or an
// empty list is reached through its heading.
import { useEffect } from 'react';

const WAIT_MS = 5000;

/** The profile's sections by the first step of a path: their headings are `section-<id>`. */
const PROFILE_SECTION_IDS: Record<string, string> = { person: 'person', education: 'education', workPeriods: 'work', certificates: 'certificates' };

function findTarget(pathKey: string, page: 'profile' | 'form'): HTMLElement | null {
  const marked = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(pathKey)}"]`);
  if (marked) {
    if (marked.matches('input, select, textarea, h2, h3')) return marked;
    return marked.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea, button') ?? marked;
  }
  // A whole profile list (no education at all…): its section heading.
  if (page === 'profile' && !pathKey.includes('.')) {
    const section = PROFILE_SECTION_IDS[pathKey];
    return section ? document.getElementById(`section-${section}`) : null;
  }
  return null;
}

function focusNow(target: HTMLElement): void {
  target.scrollIntoView({ block: 'center' });
  if (target.tabIndex < 0 && !target.matches('input, select, textarea, button, a[href]')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

/** Focuses the field as soon as it is shown; returns a function that stops waiting. */
export function focusFieldWhenShown(pathKey: string, page: 'profile' | 'form'): () => void {
  const started = performance.now();
  let frame = 0;
  const attempt = () => {
    const target = findTarget(pathKey, page);
    if (target) return focusNow(target);
    if (performance.now() - started < WAIT_MS) frame = requestAnimationFrame(attempt);
  };
  // After the current render's effects (a page that focuses its own heading on load goes first).
  frame = requestAnimationFrame(attempt);
  return () => cancelAnimationFrame(frame);
}

/** Focuses `field` (a path key) once it is shown, again whenever the link names another field. */
export function useFieldFocus(field: string | undefined, page: 'profile' | 'form', ready = true): void {
  useEffect(() => {
    if (!field || !ready) return;
    return focusFieldWhenShown(field, page);
  }, [field, page, ready]);
}

/** Rendered beside a page that knows nothing of field links (the profile page). */
export function FieldFocus({ field, page }: { field: string | undefined; page: 'profile' | 'form' }): null {
  useFieldFocus(field, page);
  return null;
}
