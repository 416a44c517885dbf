/**
 * What web content may do beyond rendering: nothing. Navigation away from app:// is cancelled,
 * window.open is always denied (http(s) links go to the system browser instead), webviews are
 * destroyed before they attach, and every permission request or check is answered "no" (HTML fullscreen of our own page excepted).
 */
import type { Session, WebContents } from 'electron';
import { httpUrlSchema } from '../ipc/contract';
import { isAppUrl } from './app-url';

/** True for the only links we hand to the OS: absolute http(s) URLs without credentials. */
export function isExternalHttpUrl(url: string): boolean {
  return httpUrlSchema.safeParse(url).success;
}

/** Navigation is allowed only within our own app:// origin (e.g. a reload). */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/**
 * The `setWindowOpenHandler` decision: always deny; http(s) URLs are handed to `openExternal`
 * (only those — javascript:, file:, data:, app: and the rest are dropped).
 */
export function decideWindowOpen(url: string, openExternal: (url: string) => void): { action: 'deny' } {
  if (isExternalHttpUrl(url)) openExternal(url);
  return { action: 'deny' };
}

/** The slice of WebContents the hardening touches (so tests can pass a fake). */
export type HardenableWebContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Installs the navigation, window-open and webview rules on a webContents. Call it for every
 * webContents (app 'web-contents-created'), not just the main window's.
 */
export function hardenWebContents(contents: HardenableWebContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  // Also fires for subframes; the CSP forbids frames, this makes sure none navigates anywhere.
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler((details) => decideWindowOpen(details.url, openExternal));
}

/**
 * The one permission ever granted: HTML fullscreen, requested by our own app:// page. Electron
 * routes `element.requestFullscreen()` through the permission handler, and lecture mode (F5) needs
 * it; it exposes no data and the user leaves with Esc. Everything else — camera, microphone,
 * geolocation, notifications, clipboard reads, openExternal, HID/USB/serial… — is refused.
 */
export function isPermissionGranted(permission: string, requestingUrl: string): boolean {
  return permission === 'fullscreen' && isAppUrl(requestingUrl);
}

/** The permission-request handler: refuses everything except our own fullscreen request. */
export function decidePermissionRequest(
  _webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { readonly requestingUrl?: string },
): void {
  callback(isPermissionGranted(permission, details.requestingUrl ?? ''));
}

/** The permission-check handler: same rule, keyed by the requesting origin. */
export function decidePermissionCheck(_webContents: unknown, permission: string, requestingOrigin: string): boolean {
  return isPermissionGranted(permission, requestingOrigin);
}

/** Installs both permission handlers on a session. */
export function lockDownPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler(decidePermissionRequest);
  session.setPermissionCheckHandler(decidePermissionCheck);
}
