/**
 * Issue 11: the partials' KaTeX is typeset with the worker's job and primed into the page's cache
 * under exactly the TeX the slice panels build, so applying an answer only inserts HTML.
 */
import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { isCached, typesetCached } from '../../components/katex-render';
import { previewLatex } from '../../components/formula-preview';
import { partialTex } from './explorer/partial-tex';
import { SURFACE_PRESETS } from './presets';
import { SurfaceSession } from './surface-session.svelte';

describe('SurfaceSession: partial formulas typeset ahead', () => {
  it('primes the preview’s and the slice panels’ TeX for a new formula (f of x, y and the deck’s L of w₁, w₂)', () => {
    const s = new SurfaceSession();
    s.setFormula('x^3 y + 7 y^2');
    const check = (): void => {
      const m = s.model;
      if (!m || m.partialXLatex === null || m.partialYLatex === null) throw new Error('no partials');
      // The formula box's preview of the shown formula, in display mode (issue 12).
      const e = s.expr;
      const preview = e ? previewLatex(e) : null;
      if (preview === null) throw new Error('no preview');
      expect(isCached(preview, true), preview).toBe(true);
      expect(typesetCached(preview, true)).toBe(katex.renderToString(preview, { displayMode: true, throwOnError: true, output: 'htmlAndMathml', strict: 'ignore' }));
      const [ax, ay] = s.preset.axes;
      for (const [own, latex] of [[ax, m.partialXLatex], [ay, m.partialYLatex]] as const) {
        const tex = partialTex(s.fnName, own, latex);
        expect(isCached(tex, false), tex).toBe(true);
        expect(typesetCached(tex, false)).toBe(katex.renderToString(tex, { displayMode: false, throwOnError: true, output: 'htmlAndMathml', strict: 'ignore' }));
      }
    };
    check();
    const deck = SURFACE_PRESETS.find((p) => p.axes[0] !== 'x');
    if (!deck) throw new Error('no preset in named variables');
    s.applyPreset(deck);
    expect(s.fnName).toBe('L');
    check();
  });
});
