/**
 * The deck's summary as data: the chain limit → derivative → partial derivative → chain rule →
 * backpropagation, each stage with its key formulas (KaTeX), one sentence of meaning each, and the
 * chapter whose live scene shows it. The ε-δ line uses |f(x) − L| < ε (errata, DESIGN.md §4).
 */
import type { MessageKey } from '../../i18n/messages';

export interface SummaryFormula {
  /** Stable id (test ids: `summary-link-{id}`). */
  readonly id: string;
  readonly tex: string;
  /** A second, smaller line under the formula (e.g. the ε-δ form of the limit). */
  readonly detail?: string;
  readonly meaning: MessageKey;
  /** Chapter id opened by the link (chapters.ts). */
  readonly chapter: 'limits' | 'derivatives' | 'chain-rule' | 'graphs' | 'descent';
}

export interface SummaryStage {
  readonly id: 'limit' | 'derivative' | 'partial' | 'chain' | 'backprop';
  readonly title: MessageKey;
  readonly tagline: MessageKey;
  readonly formulas: readonly SummaryFormula[];
}

/** How the stages sit on screen: row by row, in reading order (three short ones share the first row). */
export const SUMMARY_ROWS: readonly (readonly SummaryStage['id'][])[] = [['limit', 'derivative', 'partial'], ['chain'], ['backprop']];

export const SUMMARY_FLOW: readonly SummaryStage[] = [
  {
    id: 'limit',
    title: 'summary.stage.limit',
    tagline: 'summary.stage.limit.tagline',
    formulas: [
      {
        id: 'limit',
        tex: '\\lim\\limits_{x \\to a} f(x) = L',
        detail: '\\begin{array}{l} \\forall \\varepsilon > 0\\ \\exists \\delta > 0: \\\\ \\quad 0 < |x - a| < \\delta \\;\\Rightarrow\\; |f(x) - L| < \\varepsilon \\end{array}',
        meaning: 'summary.meaning.limit',
        chapter: 'limits',
      },
    ],
  },
  {
    id: 'derivative',
    title: 'summary.stage.derivative',
    tagline: 'summary.stage.derivative.tagline',
    formulas: [
      {
        id: 'derivative',
        tex: "f'(x) = \\lim\\limits_{h \\to 0} \\frac{f(x + h) - f(x)}{h}",
        meaning: 'summary.meaning.derivative',
        chapter: 'derivatives',
      },
    ],
  },
  {
    id: 'partial',
    title: 'summary.stage.partial',
    tagline: 'summary.stage.partial.tagline',
    formulas: [
      {
        id: 'partial',
        tex: '\\frac{\\partial f}{\\partial x} = \\lim\\limits_{h \\to 0} \\frac{f(x + h, y) - f(x, y)}{h}',
        meaning: 'summary.meaning.partial',
        chapter: 'derivatives',
      },
    ],
  },
  {
    id: 'chain',
    title: 'summary.stage.chain',
    tagline: 'summary.stage.chain.tagline',
    formulas: [
      {
        id: 'chain-single',
        tex: '\\frac{dy}{dx} = \\frac{dy}{du} \\cdot \\frac{du}{dx}',
        meaning: 'summary.meaning.chainSingle',
        chapter: 'chain-rule',
      },
      {
        id: 'chain-multi',
        tex: '\\frac{\\partial z}{\\partial x} = \\frac{\\partial z}{\\partial u}\\frac{\\partial u}{\\partial x} + \\frac{\\partial z}{\\partial v}\\frac{\\partial v}{\\partial x}',
        meaning: 'summary.meaning.chainMulti',
        chapter: 'chain-rule',
      },
    ],
  },
  {
    id: 'backprop',
    title: 'summary.stage.backprop',
    tagline: 'summary.stage.backprop.tagline',
    formulas: [
      {
        id: 'backprop',
        tex: '\\frac{\\partial L}{\\partial w_1} = \\frac{\\partial L}{\\partial \\hat{y}}\\,\\frac{\\partial \\hat{y}}{\\partial u_3}\\,\\frac{\\partial u_3}{\\partial u_1}\\,\\frac{\\partial u_1}{\\partial w_1}',
        meaning: 'summary.meaning.backprop',
        chapter: 'graphs',
      },
      {
        id: 'gradient',
        tex: '\\nabla L = \\left(\\frac{\\partial L}{\\partial w_1}, \\dots, \\frac{\\partial L}{\\partial w_n}\\right)',
        meaning: 'summary.meaning.gradient',
        chapter: 'descent',
      },
      {
        id: 'update',
        tex: 'w \\leftarrow w - \\eta\\,\\frac{\\partial L}{\\partial w}',
        meaning: 'summary.meaning.update',
        chapter: 'descent',
      },
    ],
  },
];
