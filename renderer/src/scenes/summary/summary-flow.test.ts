import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/messages';
import { chapterById } from '../../shell/chapters';
import { SUMMARY_FLOW } from './summary-flow';

describe('SUMMARY_FLOW', () => {
  it('runs limit → derivative → partial → chain rule → backprop, as the deck\'s summary does', () => {
    expect(SUMMARY_FLOW.map((s) => s.id)).toEqual(['limit', 'derivative', 'partial', 'chain', 'backprop']);
  });
  it('links every formula to a real chapter, and reaches every chapter before the summary', () => {
    const chapters = new Set<string>();
    for (const s of SUMMARY_FLOW)
      for (const f of s.formulas) {
        expect(chapterById(f.chapter), f.id).toBeDefined();
        chapters.add(f.chapter);
      }
    expect([...chapters].sort()).toEqual(['chain-rule', 'derivatives', 'descent', 'graphs', 'limits']);
  });
  it('has unique ids and messages for every stage and formula', () => {
    const ids = SUMMARY_FLOW.flatMap((s) => s.formulas.map((f) => f.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of SUMMARY_FLOW) {
      expect(en[s.title]).toBeTruthy();
      expect(en[s.tagline]).toBeTruthy();
      for (const f of s.formulas) expect(en[f.meaning]).toBeTruthy();
    }
  });
  it('renders every formula with KaTeX', () => {
    for (const s of SUMMARY_FLOW)
      for (const f of s.formulas) {
        expect(() => katex.renderToString(f.tex, { throwOnError: true, displayMode: true })).not.toThrow();
        if (f.detail) expect(() => katex.renderToString(f.detail!, { throwOnError: true })).not.toThrow();
      }
  });
  it('states the ε-δ definition with |f(x) − L| < ε, not the deck\'s 0 < |f(x) − L| < ε', () => {
    const limit = SUMMARY_FLOW[0]!.formulas[0]!;
    expect(limit.detail).toContain('|f(x) - L| < \\varepsilon');
    expect(limit.detail).not.toMatch(/0 < \|f\(x\)/);
  });
  it('writes the update with the learning rate and the partial derivative: w ← w − η ∂L/∂w', () => {
    const update = SUMMARY_FLOW.flatMap((s) => s.formulas).find((f) => f.id === 'update')!;
    expect(update.tex).toBe('w \\leftarrow w - \\eta\\,\\frac{\\partial L}{\\partial w}');
  });
});
