/**
 * The deck's three derivations from first principles (xⁿ by the binomial theorem, eˣ through
 * (eʰ − 1)/h → 1, ln x through ln(1 + u)/u → 1) as steps a student advances through. Each step is
 * data: its title and explanation (message keys), the board formula in LaTeX, and which live
 * numbers the figure shows beside it. The numbers come from shared/calculus/firstPrinciples.
 */
import type { MessageKey } from '../../i18n/messages';
import { binomial } from '$shared/calculus/firstPrinciples';

export type Derivation = 'power' | 'exp' | 'ln';
export const DERIVATIONS: readonly Derivation[] = ['power', 'exp', 'ln'];

/** What the live panel shows at a step. */
export type LiveKind = 'quotient' | 'expansion' | 'terms' | 'factor' | 'substitution' | 'limit';

export interface DerivationStep {
  readonly title: MessageKey;
  readonly body: MessageKey;
  /** The step's formula as on the board (general n, x, h). */
  readonly tex: string;
  readonly live: LiveKind;
}

export const DERIVATION_STEPS: Readonly<Record<Derivation, readonly DerivationStep[]>> = {
  power: [
    {
      title: 'derivatives.fp.power.1.title', body: 'derivatives.fp.power.1.body', live: 'quotient',
      tex: "f(x) = x^n, \\qquad f'(x) = \\lim_{h \\to 0} \\frac{(x+h)^n - x^n}{h}",
    },
    {
      title: 'derivatives.fp.power.2.title', body: 'derivatives.fp.power.2.body', live: 'expansion',
      tex: '(x+h)^n = x^n + n x^{n-1} h + \\frac{n(n-1)}{2} x^{n-2} h^2 + \\dots + h^n',
    },
    {
      title: 'derivatives.fp.power.3.title', body: 'derivatives.fp.power.3.body', live: 'terms',
      tex: '\\frac{(x+h)^n - x^n}{h} = n x^{n-1} + \\frac{n(n-1)}{2} x^{n-2} h + \\dots + h^{n-1}',
    },
    {
      title: 'derivatives.fp.power.4.title', body: 'derivatives.fp.power.4.body', live: 'limit',
      tex: "f'(x) = \\lim_{h \\to 0} \\left(n x^{n-1} + \\frac{n(n-1)}{2} x^{n-2} h + \\dots\\right) = n x^{n-1}",
    },
  ],
  exp: [
    {
      title: 'derivatives.fp.exp.1.title', body: 'derivatives.fp.exp.1.body', live: 'quotient',
      tex: "f(x) = e^x, \\qquad f'(x) = \\lim_{h \\to 0} \\frac{e^{x+h} - e^x}{h}",
    },
    {
      title: 'derivatives.fp.exp.2.title', body: 'derivatives.fp.exp.2.body', live: 'factor',
      tex: "f'(x) = \\lim_{h \\to 0} \\frac{e^x (e^h - 1)}{h} = e^x \\lim_{h \\to 0} \\frac{e^h - 1}{h}",
    },
    {
      title: 'derivatives.fp.exp.3.title', body: 'derivatives.fp.exp.3.body', live: 'expansion',
      tex: 'e^h = 1 + h + \\frac{h^2}{2!} + \\frac{h^3}{3!} + \\dots',
    },
    {
      title: 'derivatives.fp.exp.4.title', body: 'derivatives.fp.exp.4.body', live: 'terms',
      tex: '\\frac{e^h - 1}{h} = 1 + \\frac{h}{2!} + \\frac{h^2}{3!} + \\dots',
    },
    {
      title: 'derivatives.fp.exp.5.title', body: 'derivatives.fp.exp.5.body', live: 'limit',
      tex: "f'(x) = e^x \\lim_{h \\to 0} \\left(1 + \\frac{h}{2!} + \\frac{h^2}{3!} + \\dots\\right) = e^x",
    },
  ],
  ln: [
    {
      title: 'derivatives.fp.ln.1.title', body: 'derivatives.fp.ln.1.body', live: 'quotient',
      tex: "f(x) = \\ln x, \\qquad f'(x) = \\lim_{h \\to 0} \\frac{\\ln(x+h) - \\ln x}{h}",
    },
    {
      title: 'derivatives.fp.ln.2.title', body: 'derivatives.fp.ln.2.body', live: 'factor',
      tex: "f'(x) = \\lim_{h \\to 0} \\frac{\\ln \\frac{x+h}{x}}{h} = \\lim_{h \\to 0} \\frac{\\ln\\left(1 + \\frac{h}{x}\\right)}{h}",
    },
    {
      title: 'derivatives.fp.ln.3.title', body: 'derivatives.fp.ln.3.body', live: 'substitution',
      tex: "u = \\frac{h}{x}, \\qquad f'(x) = \\frac{1}{x} \\lim_{u \\to 0} \\frac{\\ln(1+u)}{u}",
    },
    {
      title: 'derivatives.fp.ln.4.title', body: 'derivatives.fp.ln.4.body', live: 'expansion',
      tex: '\\ln(1+u) = u - \\frac{u^2}{2} + \\frac{u^3}{3} - \\dots',
    },
    {
      title: 'derivatives.fp.ln.5.title', body: 'derivatives.fp.ln.5.body', live: 'terms',
      tex: "f'(x) = \\frac{1}{x} \\lim_{u \\to 0} \\left(1 - \\frac{u}{2} + \\frac{u^2}{3} - \\dots\\right) = \\frac{1}{x}",
    },
  ],
};

/** n for the power derivation: a positive integer (the binomial theorem as the deck uses it). */
export const POWER_N_MIN = 1;
export const POWER_N_MAX = 8;

/** c·x^a·h^b in LaTeX, leaving out factors 1, x⁰, h⁰ and exponents 1 (c a positive integer). */
export function monomialTex(c: number, xPow: number, hPow: number): string {
  const parts: string[] = [];
  if (c !== 1 || (xPow === 0 && hPow === 0)) parts.push(String(c));
  if (xPow === 1) parts.push('x');
  else if (xPow > 1) parts.push(`x^{${xPow}}`);
  if (hPow === 1) parts.push('h');
  else if (hPow > 1) parts.push(`h^{${hPow}}`);
  return parts.join(' ');
}

/** (x+h)ⁿ written out for a concrete n: x^{3} + 3 x^{2} h + 3 x h^{2} + h^{3}. */
export function powerExpansionTex(n: number): string {
  const terms: string[] = [];
  for (let k = 0; k <= n; k++) terms.push(monomialTex(binomial(n, k), n - k, k));
  return `(x+h)^{${n}} = ${terms.join(' + ')}`;
}

/** The k-th term (k = 1 … n) of ((x+h)ⁿ − xⁿ)/h for a concrete n: C(n,k)·x^(n−k)·h^(k−1). */
export function powerQuotientTermTex(n: number, k: number): string {
  return monomialTex(binomial(n, k), n - k, k - 1);
}

/** The k-th Taylor term (k ≥ 0) of (eʰ − 1)/h: 1, h/2!, h²/3!, … */
export function expTermTex(k: number): string {
  if (k === 0) return '1';
  return `\\frac{${k === 1 ? 'h' : `h^{${k}}`}}{${k + 1}!}`;
}

/** The k-th Taylor term (k ≥ 0) of ln(1+u)/u with its sign: 1, −u/2, +u²/3, … */
export function logTermTex(k: number): string {
  if (k === 0) return '1';
  const sign = k % 2 === 1 ? '-' : '+';
  return `${sign}\\frac{${k === 1 ? 'u' : `u^{${k}}`}}{${k + 1}}`;
}
