/**
 * Where the UI lives: `app://gradient-lab/…`, served by electron/main/protocol.ts from the built
 * renderer. One fixed host, so "our origin" is a simple comparison.
 */

/** The privileged scheme name (no colon). */
export const APP_SCHEME = 'app';
/** The only host the protocol answers for. */
export const APP_HOST = 'gradient-lab';
/** The URL the window loads. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * True when `url` is on our own origin (app://gradient-lab). Compared field by field because
 * Node's URL reports the origin of non-special schemes as "null".
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host.toLowerCase() === APP_HOST && parsed.username === '' && parsed.password === '';
}
