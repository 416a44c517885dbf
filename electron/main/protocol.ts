/**
 * The app:// protocol: serves the built renderer directory and nothing else, with the strict CSP
 * on every response. The path check is a pure function (`resolveAppPath`) so every traversal
 * trick is tested without Electron.
 */
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { ok, err } from '../../shared/result';
import type { Result } from '../../shared/result';
import { APP_HOST, APP_SCHEME } from './app-url';
import { CONTENT_SECURITY_POLICY } from './csp';
import { mimeTypeFor } from './mime-type';

/** Why a request URL was refused (for logs and tests; the page only sees a 4xx). */
export type AppPathRefusal =
  | 'unparsable-url'
  | 'wrong-scheme'
  | 'wrong-host'
  | 'credentials'
  | 'backslash'
  | 'null-byte'
  | 'encoded-separator-or-dot'
  | 'bad-encoding'
  | 'dot-segment'
  | 'empty-segment'
  | 'drive-or-colon'
  | 'outside-root';

/**
 * The privileges of app://: a standard, secure origin (relative URLs, storage, secure context)
 * that the Fetch API and V8 code cache work with. Deliberately NOT `bypassCSP`.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** Must run before `app` is ready (Electron allows it once). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

const ENCODED_DANGER = /%(2e|2f|5c|00)/i;
/** The path part of a URL as written: after `scheme://authority`, before `?` or `#`. */
const RAW_PATH = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i;

/**
 * Maps a request URL to an absolute file path inside `rootDir`, or says why it must be refused.
 * `/` maps to `index.html`. Refuses (before and after decoding) `..` and `.` segments, encoded
 * dots and slashes, backslashes, NUL bytes, drive letters or any colon, other schemes and hosts.
 * Chromium already normalises standard URLs; this does not rely on it.
 *
 * @param rootDir absolute path of the built renderer (out/renderer)
 * @param requestUrl the full URL Chromium asked for, e.g. `app://gradient-lab/assets/index.js`
 */
export function resolveAppPath(rootDir: string, requestUrl: string): Result<string, AppPathRefusal> {
  if (requestUrl.includes('\\')) return err('backslash');
  if (requestUrl.includes('\0')) return err('null-byte');
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return err('unparsable-url');
  }
  if (url.protocol !== `${APP_SCHEME}:`) return err('wrong-scheme');
  if (url.username !== '' || url.password !== '') return err('credentials');
  if (url.host.toLowerCase() !== APP_HOST) return err('wrong-host');

  // The WHATWG parser silently resolves `..` and `%2e%2e`, so the checks run on the raw text.
  const rawPath = RAW_PATH.exec(requestUrl)?.[1];
  if (rawPath === undefined) return err('unparsable-url');
  if (ENCODED_DANGER.test(rawPath)) return err('encoded-separator-or-dot');
  for (const segment of rawPath.split('/').slice(1)) {
    if (segment === '..' || segment === '.') return err('dot-segment');
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return err('bad-encoding');
  }
  if (decoded.includes('\0')) return err('null-byte');
  if (decoded.includes('\\')) return err('backslash');
  if (decoded.includes(':')) return err('drive-or-colon');
  // A '%' left after one decoding is double encoding; no file we ship has one in its name.
  if (decoded.includes('%')) return err('encoded-separator-or-dot');

  const segments = (decoded === '' ? '/' : decoded).split('/').slice(1);
  if (segments.length === 1 && segments[0] === '') segments[0] = 'index.html';
  for (const segment of segments) {
    if (segment === '..' || segment === '.') return err('dot-segment');
    if (segment === '') return err('empty-segment');
  }

  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, ...segments);
  // Belt and braces: whatever the checks above missed, the result must stay under the root.
  const relative = path.relative(root, resolved);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return err('outside-root');
  return ok(resolved);
}

/** Headers every app:// response carries, including errors. */
export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}

/** The parts of a protocol request the handler looks at. */
export interface AppRequest {
  readonly url: string;
  readonly method: string;
}

export interface AppProtocolHandlerDeps {
  /** Absolute path of the built renderer directory. */
  readonly rootDir: string;
  /** Injected for tests; defaults to fs.promises.readFile (which reads inside app.asar too). */
  readonly readFile?: (filePath: string) => Promise<Uint8Array>;
  /** Injected for tests; defaults to fs.promises.realpath (Electron resolves inside app.asar too). */
  readonly realpath?: (filePath: string) => Promise<string>;
}

/** Is `child` the folder `root` itself or inside it (both already real, absolute paths)? */
export function isInside(root: string, child: string): boolean {
  const relative = path.relative(root, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function textResponse(status: number, body: string): Response {
  return new Response(body, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

/** The `protocol.handle(APP_SCHEME, …)` handler. Never throws: failures become 4xx responses. */
export function createAppProtocolHandler(deps: AppProtocolHandlerDeps): (request: AppRequest) => Promise<Response> {
  const read = deps.readFile ?? ((p: string) => readFile(p));
  const real = deps.realpath ?? ((p: string) => realpath(p));
  // The root's own real path, resolved once (the app folder may itself sit behind a symlink).
  let realRoot: Promise<string> | null = null;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method Not Allowed');
    const resolved = resolveAppPath(deps.rootDir, request.url);
    if (!resolved.ok) return textResponse(resolved.error === 'wrong-host' ? 404 : 400, 'Bad Request');
    let body: Uint8Array;
    try {
      // The lexical check above cannot see symlinks: a link inside the app folder pointing
      // elsewhere must not serve the file it points to. Both ends are resolved for real.
      realRoot ??= real(path.resolve(deps.rootDir));
      const [root, target] = await Promise.all([realRoot, real(resolved.value)]);
      if (!isInside(root, target)) return textResponse(403, 'Forbidden');
      body = await read(target);
    } catch {
      return textResponse(404, 'Not Found');
    }
    const headers = securityHeaders(mimeTypeFor(resolved.value));
    // A fresh ArrayBuffer-backed copy: Response wants a plain BufferSource, and Node Buffers may
    // share a pooled ArrayBuffer with unrelated data.
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
