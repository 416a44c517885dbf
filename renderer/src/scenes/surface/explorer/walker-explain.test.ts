import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { parseExpr } from '$shared/expr/parse';
import type { OptimizerKind } from '$shared/optim/index';
import { createObjective, defaultWalkerConfig, WalkerModel } from './walker-model';
import { explainStepLatex, ruleLatex } from './walker-explain';

function firstSteps(kind: OptimizerKind) {
  const e = parseExpr('x^2 + 2y^2', { variables: ['x', 'y'] });
  if (!e.ok) throw new Error('parse');
  const o = createObjective(e.value);
  if (!o.ok) throw new Error('objective');
  const m = new WalkerModel(o.value);
  const cfg = defaultWalkerConfig(kind);
  const w = m.addWalker([2, 1.5], kind === 'gd' ? { ...cfg, optimizer: { kind: 'gd', lr: 0.1 } } : cfg);
  if (!w.ok) throw new Error(w.error.en);
  m.stepMany(2);
  const done = m.get(w.value.id);
  if (!done) throw new Error('walker');
  return { walker: done, config: done.config.optimizer };
}

describe('explainStepLatex', () => {
  it('substitutes the numbers of a GD step', () => {
    const { walker, config } = firstSteps('gd');
    const step = walker.steps[0];
    if (!step) throw new Error('no step');
    // Hand computation: ∇f(2, 1.5) = (4, 6); (2, 1.5) − 0.1(4, 6) = (1.6, 0.9).
    const { lines } = explainStepLatex(step, config);
    expect(lines[0]).toBe(
      'w_{1} = \\begin{pmatrix}2\\\\1.5\\end{pmatrix} - 0.1\\begin{pmatrix}4\\\\6\\end{pmatrix} = \\begin{pmatrix}1.6\\\\0.9\\end{pmatrix}',
    );
    expect(lines[1]).toBe('f(w_{0}) = 8.5 \\;\\to\\; f(w_{1}) = 4.18');
  });

  it('shows the momentum velocity of the second step', () => {
    const { walker, config } = firstSteps('momentum');
    const step = walker.steps[1];
    if (!step) throw new Error('no step');
    // v1 = g0 = (4, 6); w1 = (2, 1.5) − 0.01(4, 6) = (1.96, 1.44); g1 = (3.92, 5.76);
    // v2 = 0.9(4, 6) + (3.92, 5.76) = (7.52, 11.16).
    const { lines } = explainStepLatex(step, config);
    expect(lines[0]).toBe(
      'v_{2} = 0.9\\begin{pmatrix}4\\\\6\\end{pmatrix} + \\begin{pmatrix}3.92\\\\5.76\\end{pmatrix} = \\begin{pmatrix}7.52\\\\11.16\\end{pmatrix}',
    );
  });

  for (const kind of ['gd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'] as const) {
    it(`renders with KaTeX for ${kind}`, () => {
      const { walker, config } = firstSteps(kind);
      const step = walker.steps[1];
      if (!step) throw new Error('no step');
      const { rule, lines } = explainStepLatex(step, config);
      expect(rule).toBe(ruleLatex(kind));
      for (const tex of [rule, ...lines]) expect(() => katex.renderToString(tex, { throwOnError: true })).not.toThrow();
    });
  }
});
