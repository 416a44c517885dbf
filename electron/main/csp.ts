/**
 * The Content-Security-Policy sent with every app:// response.
 *
 * Nothing remote, no eval: scripts, workers, fetches, fonts and images only from our own origin.
 * `'wasm-unsafe-eval'` lets the page compile WebAssembly, and nothing else (JS eval, new Function
 * and string timers stay blocked): the formula sampler (shared/expr/wasm) compiles modules whose
 * bytes its own code generator writes from a validated formula tree, with only allow-listed Math
 * functions as imports (DESIGN.md §7, issue 11).
 * `style-src 'unsafe-inline'` is needed because KaTeX and Svelte set inline style attributes;
 * data:/blob: images cover canvas exports, blob: workers cover Vite's inline worker fallback.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
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
