import katex from 'katex';
import { describe, expect, it } from 'vitest';
import type { Expr } from '$shared/expr/ast';
import { chainRuleAt } from '$shared/expr/chainPaths';
import { parseExpr } from '$shared/expr/parse';
import { alignedTex, differentialSteps, factorTex, inlineTex, sumTex } from './differential-steps';

const parse = (s: string, variables: readonly string[]): Expr => {
  const r = parseExpr(s, { variables: [...variables] });
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
};

function stepsFor(z: string, u: string, v: string, x: number, y: number) {
  const r = chainRuleAt(
    { outer: parse(z, ['u', 'v']), intermediates: [{ name: 'u', expr: parse(u, ['x', 'y']) }, { name: 'v', expr: parse(v, ['x', 'y']) }], inputs: ['x', 'y'] },
    { x, y },
  );
  if (!r.ok) throw new Error(r.error.message.en);
  return differentialSteps(r.value, ['u', 'v'], ['x', 'y']);
}

const strip = (t: string) => t.replace(/\\,|\\left|\\right|\s/g, '');

describe('differentialSteps', () => {
  const steps = stepsFor('u^2 + v^3', 'x y', 'x + y^2', 1, 2);

  it('follows the deck: dz, then du and dv, substitute, collect, read off', () => {
    expect(steps.map((s) => s.id)).toEqual(['outer', 'inner', 'substitute', 'collect', 'read']);
    expect(strip(inlineTex(steps[0]!.instance))).toBe('dz=2udu+3v^{2}dv');
    expect(strip(inlineTex(steps[1]!.instance))).toBe('du=ydx+xdy,\\quaddv=dx+2ydy');
    expect(strip(inlineTex(steps[2]!.instance))).toBe('dz=2u(ydx+xdy)+3v^{2}(dx+2ydy)');
    expect(strip(inlineTex(steps[3]!.instance))).toBe('dz=(2u\\cdoty+3v^{2}\\cdot1)dx+(2u\\cdotx+3v^{2}\\cdot2y)dy');
  });

  it('ends with the numbers at (1, 2): 4·2 + 75·1 = 83 and 4·1 + 75·4 = 304', () => {
    expect(strip(inlineTex(steps[4]!.instance))).toContain('=4\\cdot2+75\\cdot1=83');
    expect(strip(inlineTex(steps[4]!.instance))).toContain('=4\\cdot1+75\\cdot4=304');
  });

  it('writes the general lines with the deck\'s f, g, h', () => {
    expect(inlineTex(steps[1]!.general)).toContain('\\frac{\\partial g}{\\partial x}');
    expect(inlineTex(steps[1]!.general)).toContain('\\frac{\\partial h}{\\partial y}');
  });

  it('renders every line with KaTeX, also for signs, zeros and compound coefficients', () => {
    const more = [...steps, ...stepsFor('u - v^2', '-x', 'x y + 1', -1, 0.5), ...stepsFor('u^2', 'x + y', 'x', 0, 0)];
    for (const s of more) {
      for (const eqs of [s.general, s.instance]) {
        expect(() => katex.renderToString(inlineTex(eqs), { throwOnError: true })).not.toThrow();
        expect(() => katex.renderToString(alignedTex(eqs), { throwOnError: true, displayMode: true })).not.toThrow();
      }
    }
    // v does not occur in z = u²: its terms drop out instead of showing 0·(…).
    const dropped = stepsFor('u^2', 'x + y', 'x', 0, 0);
    expect(strip(inlineTex(dropped[0]!.instance))).toBe('dz=2udu');
  });
});

describe('helpers', () => {
  it('alignedTex puts one term per row and keeps short sums together', () => {
    const t = alignedTex([{ lhs: 'dz', terms: ['a', '-b', null] }, { lhs: 'w', terms: ['1', '2'], result: '3', noBreak: true }]);
    expect(t).toBe('\\begin{aligned}dz &= a \\\\[0.3em] &\\quad - b \\\\[0.3em] w &= 1 + 2 = 3\\end{aligned}');
  });
  it('sumTex joins with + and folds a leading minus into −', () => {
    expect(sumTex(['a', '-b', null, 'c'])).toBe('a - b + c');
    expect(sumTex([null])).toBe('0');
  });
  it('factorTex parenthesises sums and negatives only', () => {
    expect(factorTex(parse('x + 1', ['x']))).toBe('\\left(x + 1\\right)');
    expect(factorTex(parse('-x', ['x']))).toBe('\\left(-x\\right)');
    expect(factorTex(parse('2x', ['x']))).toBe('2 x');
  });
});
