// Applies security.ts to a session: every response gets the CSP header, every request not for the app's
// own files is cancelled, every permission request and check is refused but writing text to the clipboard.
import { permissionGranted, requestAllowed, withContentSecurityPolicy } from './security';

interface RequestDetails {
  url: string;
  resourceType?: string;
}
interface ResponseDetails {
  responseHeaders?: Record<string, string[]>;
}

/** What the policy uses of a session; Electron's Session has it. */
export interface GuardedSession {
  webRequest: {
    onBeforeRequest(listener: (details: RequestDetails, callback: (response: { cancel: boolean }) => void) => void): void;
    onHeadersReceived(
      listener: (details: ResponseDetails, callback: (response: { responseHeaders: Record<string, string[]> }) => void) => void,
    ): void;
  };
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
}

export function guardSession(session: GuardedSession, rendererDirectory: string, report: (message: string) => void = console.warn): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = requestAllowed(details, rendererDirectory);
    if (!allowed) report(`TitlePrep: request to ${String(details.url).slice(0, 200)} cancelled`);
    callback({ cancel: !allowed });
  });
  // The app scheme's handler sends the CSP itself and the page carries it as a meta tag; this covers the rest.
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionGranted(permission)));
  session.setPermissionCheckHandler((_contents, permission) => permissionGranted(permission));
  session.setDevicePermissionHandler(() => false);
}
