import { describe, expect, it } from 'vitest';
import { differentiate } from '$shared/expr/derivative';
import { parseExpr } from '$shared/expr/parse';
import { simplify } from '$shared/expr/simplify';
import { toLatex } from '$shared/expr/latex';
import type { Expr } from '$shared/expr/ast';
import { renderKatex } from '../../../components/katex-render';
import { partialLatex, partialTex } from './partial-tex';

const parse = (s: string): Expr => {
  const r = parseExpr(s);
  if (!r.ok) throw new Error(`parse ${s}`);
  return r.value;
};

describe('partialLatex', () => {
  const d = simplify(differentiate(parse('1/2 (sigmoid(1.284 w1 + 0.5 w2) - 1)^2'), 'w1'));

  it('writes the repeated σ(…) once, after the body, and KaTeX typesets it', () => {
    const tex = partialLatex(d, 2500);
    expect(tex).not.toBeNull();
    expect(tex?.match(/\\sigma/g)).toHaveLength(1);
    expect(tex).toMatch(/,\\allowbreak\\quad \{u = \\sigma\\left\(1\.284 w_\{1\} \+ 0\.5 w_\{2\}\\right\)\}$/);
    expect(renderKatex(partialTex('L', 'w1', tex), false)).not.toBeNull();
  });

  it('is plain toLatex when nothing repeats, and null over the budget like the whole formula', () => {
    const plain = parse('2 x cos(y)');
    expect(partialLatex(plain, 2500)).toBe(toLatex(plain));
    expect(partialLatex(d, toLatex(d).length - 1)).toBeNull();
  });
});
