/**
 * KaTeX typesetting as a pure function of the TeX (no DOM: it runs in the surface worker too), and
 * the page's cache of its output that Katex.svelte reads. Rendering is the costly part (tens of ms
 * for a long formula on a slow PC), so the same TeX — a panel re-created on a tab switch, a value
 * that returns during a drag — is rendered once, and a worker that already rendered a formula
 * (the explorer's partials, issue 11) hands its HTML in with `prime` so the page only inserts it.
 */
import katex from 'katex';

/** How many typeset formulas the page keeps; the oldest is dropped first. */
export const KATEX_CACHE_SIZE = 256;

// A memo, never rendered: a plain Map on purpose (null = KaTeX rejected the TeX).
const cache = new Map<string, string | null>();
const keyOf = (tex: string, display: boolean): string => `${display ? 'D' : 'I'}${tex}`;

/** KaTeX's HTML+MathML for `tex`, or null when KaTeX rejects it. The one set of options, wherever it runs. */
export function renderKatex(tex: string, display: boolean): string | null {
  try {
    return katex.renderToString(tex, { displayMode: display, throwOnError: true, output: 'htmlAndMathml', strict: 'ignore' });
  } catch {
    return null;
  }
}

function store(key: string, html: string | null): void {
  cache.delete(key);
  if (cache.size >= KATEX_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, html);
}

/** `renderKatex` through the cache. */
export function typesetCached(tex: string, display: boolean): string | null {
  const key = keyOf(tex, display);
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const html = renderKatex(tex, display);
  store(key, html);
  return html;
}

/**
 * Puts `renderKatex(tex, display)` computed elsewhere (the surface worker, same KaTeX, same
 * options) into the cache, so the next `typesetCached(tex, display)` inserts it without rendering.
 * The key is the TeX itself, so a primed entry can never be shown for another formula.
 */
export function prime(tex: string, display: boolean, html: string | null): void {
  store(keyOf(tex, display), html);
}

/** Whether `tex` is in the cache (tests). */
export function isCached(tex: string, display: boolean): boolean {
  return cache.has(keyOf(tex, display));
}
