/**
 * The Content-Security-Policy sent with every app:// response.
 *
 * Nothing remote, no eval: scripts, workers, fetches, fonts and images only from our own origin.
 * `style-src 'unsafe-inline'` is needed because KaTeX and Svelte set inline style attributes;
 * data:/blob: images cover canvas exports, blob: workers cover Vite's inline worker fallback.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
  'object-src': ["'none'"],
};

/** The header value, e.g. `default-src 'none'; script-src 'self'; …`. */
export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');
