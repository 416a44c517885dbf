import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { isCached, KATEX_CACHE_SIZE, prime, renderKatex, typesetCached } from './katex-render';

const direct = (tex: string, display: boolean): string => katex.renderToString(tex, { displayMode: display, throwOnError: true, output: 'htmlAndMathml', strict: 'ignore' });

describe('katex-render', () => {
  it('renders with the page’s options, null for TeX KaTeX rejects', () => {
    expect(renderKatex('x^{2}', false)).toBe(direct('x^{2}', false));
    expect(renderKatex('x^{2}', true)).toBe(direct('x^{2}', true));
    expect(renderKatex('\\frac{1}{', false)).toBeNull();
  });

  it('serves a primed entry without rendering, keyed by TeX and display mode', () => {
    // A marker no renderer would produce proves the cache answered.
    prime('a+b', false, '<b>primed</b>');
    expect(typesetCached('a+b', false)).toBe('<b>primed</b>');
    expect(typesetCached('a+b', true)).toBe(direct('a+b', true));
    prime('\\bad', false, null);
    expect(typesetCached('\\bad', false)).toBeNull();
  });

  it('keeps at most KATEX_CACHE_SIZE entries, dropping the oldest', () => {
    typesetCached('z_{0}', false);
    for (let i = 1; i <= KATEX_CACHE_SIZE; i++) prime(`z_{${i}}`, false, `<i>${i}</i>`);
    expect(isCached('z_{0}', false)).toBe(false);
    expect(isCached(`z_{${KATEX_CACHE_SIZE}}`, false)).toBe(true);
  });
});
