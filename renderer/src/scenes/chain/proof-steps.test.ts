import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { PROOF_STEP_COUNT } from './chain-session.svelte';
import { PROOF_STEPS } from './proof-steps';

describe('PROOF_STEPS', () => {
  it('has as many steps as the session steps through', () => {
    expect(PROOF_STEPS).toHaveLength(PROOF_STEP_COUNT);
  });
  it('renders every formula with KaTeX', () => {
    for (const s of PROOF_STEPS) {
      expect(() => katex.renderToString(s.tex, { throwOnError: true, displayMode: true })).not.toThrow();
      if (s.erratum) {
        expect(() => katex.renderToString(s.erratum!.deck, { throwOnError: true })).not.toThrow();
        expect(() => katex.renderToString(s.erratum!.correct, { throwOnError: true })).not.toThrow();
      }
    }
  });
  it('corrects the deck: f(u + Δu) − f(u), never f(Δu) alone, and the naive split is flagged Δu ≠ 0', () => {
    const numerator = PROOF_STEPS.find((s) => s.id === 'numerator')!;
    expect(numerator.tex).toContain('f(u+\\Delta u) - f(u)');
    expect(numerator.erratum?.deck).toContain('f(\\Delta u)');
    expect(PROOF_STEPS.find((s) => s.id === 'split')!.tex).toContain('\\Delta u \\neq 0');
  });
});
