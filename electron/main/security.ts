// The renderer's cage: web preferences, the CSP header, which requests may leave the page, permissions.
// Pure decisions only; session-policy.ts and window.ts apply them.
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { appFileFor } from './app-protocol';
import { isFileUrlInside, parseUrl } from './trusted-url';

export { CONTENT_SECURITY_POLICY };

/**
 * The window's web preferences: no Node, an isolated and sandboxed preload, nothing that loads remotely.
 * DevTools only in development: in a packaged app they would let anyone at the keyboard script the backend.
 */
export function windowWebPreferences(preloadPath: string, packaged = true) {
  return {
    preload: preloadPath,
    devTools: !packaged,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Chromium's spellchecker downloads its dictionaries from the network.
    spellcheck: false,
  } as const;
}

export interface RequestFacts {
  url: string;
  resourceType?: string;
}

/**
 * The app makes no network request: only its own files, DevTools, and data:/blob: resources inside the
 * page (images the CSP allows) pass. data: and blob: may never become a document.
 */
export function requestAllowed(request: RequestFacts, rendererDirectory: string): boolean {
  if (appFileFor(request.url, rendererDirectory) !== null || isFileUrlInside(request.url, rendererDirectory)) return true;
  const url = parseUrl(request.url);
  if (url === null) return false;
  if (url.protocol === 'devtools:') return true;
  const isDocument = request.resourceType === 'mainFrame' || request.resourceType === 'subFrame';
  return (url.protocol === 'data:' || url.protocol === 'blob:') && !isDocument;
}

/** Response headers with our CSP, replacing any policy the response carried (it may only get stricter). */
export function withContentSecurityPolicy(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(([name]) => {
    const lower = name.toLowerCase();
    return lower !== 'content-security-policy' && lower !== 'content-security-policy-report-only';
  });
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] };
}

/**
 * Camera, notifications, clipboard reads, serial ports, geolocation…: the app needs none of them. The one
 * exception is writing plain text to the clipboard, for the form page's copy buttons (pasting into the
 * online system); reading the clipboard stays refused.
 */
export function permissionGranted(permission: unknown): boolean {
  return permission === 'clipboard-sanitized-write';
}

/** Switches that open a debugger on the app's processes; the fuses stop Node's, these are Chromium's and Node's spellings. */
const DEBUGGING_SWITCHES = ['--remote-debugging-port', '--remote-debugging-pipe', '--remote-debugging-address', '--inspect', '--inspect-brk', '--inspect-port', '--inspect-publish-uid', '--inspect-wait'];

/** The first debugging switch on the command line (a packaged app refuses to start with one), or null. */
export function debuggingSwitch(argv: readonly string[]): string | null {
  for (const argument of argv) {
    const name = argument.split('=')[0]?.toLowerCase() ?? '';
    if (DEBUGGING_SWITCHES.includes(name)) return name;
  }
  return null;
}
