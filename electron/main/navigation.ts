// Every webContents stays on the app's index.html: navigation, redirects and frame navigations elsewhere
// are cancelled, window.open is denied, <webview> cannot attach. The app opens no link of its own.
import { isAppIndexUrl } from './trusted-url';

/** Only the app's own page may be (re)loaded; a file, a site, `javascript:` or `data:` may not. */
export function navigationAllowed(targetUrl: unknown, indexUrl: string): boolean {
  return isAppIndexUrl(targetUrl, indexUrl);
}

/** No new window, ever: the app has no external links and makes no network use. */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

interface CancellableEvent {
  preventDefault(): void;
}
interface NavigationEvent extends CancellableEvent {
  url: string;
}

/** What the guard uses of a webContents; Electron's WebContents has it. */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: CancellableEvent) => void): unknown;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
}

export function guardNavigation(contents: GuardedContents, indexUrl: string, report: (message: string) => void = console.warn): void {
  const guard = (kind: string) => (event: NavigationEvent) => {
    if (navigationAllowed(event.url, indexUrl)) return;
    event.preventDefault();
    report(`TitlePrep: ${kind} to ${String(event.url).slice(0, 200)} blocked`);
  };
  contents.on('will-navigate', guard('navigation'));
  contents.on('will-redirect', guard('redirect'));
  contents.on('will-frame-navigate', guard('frame navigation'));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(windowOpenDecision);
}
