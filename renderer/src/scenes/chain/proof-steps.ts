/**
 * The deck's derivation of the one-variable chain rule, corrected (DESIGN.md §4): the numerator is
 * f(u + Δu) − f(u), not f(Δu), and dividing by Δu needs Δu ≠ 0, so the last step is the careful
 * proof through φ (the linear approximation of f at u). Lesson content as data: each step's
 * formula, the message key of its explanation, and the deck's erratum where it has one.
 */
import type { MessageKey } from '../../i18n/messages';

export interface ProofStep {
  readonly id: 'definition' | 'deltaU' | 'numerator' | 'split' | 'careful';
  readonly tex: string;
  readonly text: MessageKey;
  readonly erratum?: { readonly deck: string; readonly correct: string; readonly why: MessageKey };
}

export const PROOF_STEPS: readonly ProofStep[] = [
  {
    id: 'definition',
    tex: '\\frac{dy}{dx} = \\lim_{\\Delta x \\to 0} \\frac{f\\big(g(x+\\Delta x)\\big) - f\\big(g(x)\\big)}{\\Delta x}',
    text: 'chain.proof.definition',
  },
  {
    id: 'deltaU',
    tex: '\\Delta u = g(x+\\Delta x) - g(x) \\;\\longrightarrow\\; 0 \\quad (\\Delta x \\to 0)',
    text: 'chain.proof.deltaU',
  },
  {
    id: 'numerator',
    tex: 'f\\big(g(x+\\Delta x)\\big) - f\\big(g(x)\\big) = f(u+\\Delta u) - f(u) = \\Delta y',
    text: 'chain.proof.numerator',
    erratum: {
      deck: '\\frac{f(g(x+h)) - f(g(x))}{h} = \\frac{f(\\Delta u)}{h}',
      correct: '\\frac{f(g(x+h)) - f(g(x))}{h} = \\frac{f(u+\\Delta u) - f(u)}{h}',
      why: 'chain.erratum.numerator.why',
    },
  },
  {
    id: 'split',
    tex: '\\frac{\\Delta y}{\\Delta x} = \\frac{\\Delta y}{\\Delta u}\\cdot\\frac{\\Delta u}{\\Delta x} \\;\\longrightarrow\\; \\frac{dy}{du}\\cdot\\frac{du}{dx} \\qquad (\\Delta u \\neq 0)',
    text: 'chain.proof.split',
  },
  {
    id: 'careful',
    tex:
      '\\varphi(\\Delta u) = \\begin{cases} \\dfrac{f(u+\\Delta u) - f(u)}{\\Delta u}, & \\Delta u \\neq 0 \\\\[0.4em] f\'(u), & \\Delta u = 0 \\end{cases}' +
      '\\qquad \\frac{\\Delta y}{\\Delta x} = \\varphi(\\Delta u)\\,\\frac{\\Delta u}{\\Delta x} \\;\\longrightarrow\\; f\'(u)\\,g\'(x)',
    text: 'chain.proof.careful',
  },
];
