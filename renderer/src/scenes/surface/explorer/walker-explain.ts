/**
 * "Explain this step" as LaTeX: the optimizer's update rule, then the same rule with this step's
 * numbers substituted (point, gradient, learning rate, optimizer memory, new point).
 */
import type { OptimizerConfig } from '$shared/optim/index';
import { latexNumber } from './format';
import type { WalkerStep } from './walker-model';

/** The rule and the substituted lines, each a KaTeX-ready display formula. */
export interface StepLatex {
  readonly rule: string;
  readonly lines: readonly string[];
}

const vec = (v: ArrayLike<number>, digits: number): string =>
  `\\begin{pmatrix}${latexNumber(v[0] ?? Number.NaN, digits)}\\\\${latexNumber(v[1] ?? Number.NaN, digits)}\\end{pmatrix}`;

const RULES: Readonly<Record<OptimizerConfig['kind'], string>> = {
  gd: 'w_{k+1} = w_k - \\eta\\,\\nabla f(w_k)',
  momentum: 'v_{k+1} = \\beta v_k + \\nabla f(w_k),\\quad w_{k+1} = w_k - \\eta\\, v_{k+1}',
  nesterov: 'v_{k+1} = \\beta v_k + \\nabla f(w_k),\\quad w_{k+1} = w_k - \\eta\\left(\\nabla f(w_k) + \\beta v_{k+1}\\right)',
  adagrad: 'G_{k+1} = G_k + \\nabla f(w_k)^{2},\\quad w_{k+1} = w_k - \\frac{\\eta\\,\\nabla f(w_k)}{\\sqrt{G_{k+1}} + \\varepsilon}',
  rmsprop: 'S_{k+1} = \\rho S_k + (1-\\rho)\\nabla f(w_k)^{2},\\quad w_{k+1} = w_k - \\frac{\\eta\\,\\nabla f(w_k)}{\\sqrt{S_{k+1}} + \\varepsilon}',
  adam:
    'm_{k+1} = \\beta_1 m_k + (1-\\beta_1) g_k,\\quad v_{k+1} = \\beta_2 v_k + (1-\\beta_2) g_k^{2},\\quad w_{k+1} = w_k - \\frac{\\eta\\,\\hat m_{k+1}}{\\sqrt{\\hat v_{k+1}} + \\varepsilon}',
};

/** The update rule of an optimizer (squares and roots are per coordinate), one equation per row. */
export function ruleLatex(kind: OptimizerConfig['kind']): string {
  // Stacked rows fit a narrow side panel where one long line would need scrolling.
  return `\\begin{gathered}${RULES[kind].split(',\\quad ').join('\\\\')}\\end{gathered}`;
}

/** The rule and this step's numbers, to `digits` significant digits. */
export function explainStepLatex(step: WalkerStep, config: OptimizerConfig, digits = 4): StepLatex {
  const P = vec(step.point, digits);
  const G = vec(step.gradient, digits);
  const N = vec(step.next, digits);
  const U = vec(step.update, digits);
  const eta = latexNumber(step.learningRate, digits);
  // The point, gradient and η are listed as numbers beside the formula; the lines substitute them.
  const lines: string[] = [];
  const k1 = `${step.k + 1}`;
  const a = step.after;
  switch (config.kind) {
    case 'gd':
      lines.push(`w_{${k1}} = ${P} - ${eta}${G} = ${N}`);
      break;
    case 'momentum':
    case 'nesterov': {
      const before = step.before.kind === 'momentum' || step.before.kind === 'nesterov' ? step.before.velocity : [0, 0];
      const v = a.kind === 'momentum' || a.kind === 'nesterov' ? a.velocity : [Number.NaN, Number.NaN];
      const beta = latexNumber(config.beta, digits);
      lines.push(`v_{${k1}} = ${beta}${vec(before, digits)} + ${G} = ${vec(v, digits)}`);
      lines.push(
        config.kind === 'momentum'
          ? `w_{${k1}} = ${P} - ${eta}${vec(v, digits)} = ${N}`
          : `w_{${k1}} = ${P} - ${eta}\\left(${G} + ${beta}${vec(v, digits)}\\right) = ${N}`,
      );
      break;
    }
    case 'adagrad': {
      const s = a.kind === 'adagrad' ? a.sumSquares : [Number.NaN, Number.NaN];
      lines.push(`G_{${k1}} = ${vec(s, digits)}`);
      lines.push(`w_{${k1}} = ${P} + ${U} = ${N}`);
      break;
    }
    case 'rmsprop': {
      const s = a.kind === 'rmsprop' ? a.meanSquare : [Number.NaN, Number.NaN];
      lines.push(`S_{${k1}} = ${vec(s, digits)}`);
      lines.push(`w_{${k1}} = ${P} + ${U} = ${N}`);
      break;
    }
    case 'adam': {
      const m = a.kind === 'adam' ? a.m : [Number.NaN, Number.NaN];
      const v = a.kind === 'adam' ? a.v : [Number.NaN, Number.NaN];
      lines.push(`m_{${k1}} = ${vec(m, digits)},\\quad v_{${k1}} = ${vec(v, digits)}`);
      lines.push(`w_{${k1}} = ${P} + ${U} = ${N}`);
      break;
    }
  }
  lines.push(`f(w_{${step.k}}) = ${latexNumber(step.loss, digits)} \\;\\to\\; f(w_{${k1}}) = ${latexNumber(step.nextLoss, digits)}`);
  return { rule: ruleLatex(config.kind), lines };
}
