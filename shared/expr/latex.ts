/**
 * LaTeX as a teacher writes it on the board: \frac for division, juxtaposition for products
 * (2x, 3x^{2}, 2\sin\left(x\right)), \cdot only where juxtaposition would misread (2 \cdot 3,
 * x \cdot 2, 2 \cdot \frac{1}{3}), \sin^{2}\left(x\right) for integer powers of named functions,
 * and no parentheses that the layout already makes unnecessary. Output is KaTeX-compatible.
 */
import type { Expr } from './ast';
import { needsParens, Prec } from './precedence';
import { BINARY, UNARY, isBinaryFn } from './functions';

interface Tex {
  readonly tex: string;
  readonly prec: Prec;
}

const GREEK: Readonly<Record<string, string>> = {
  α: '\\alpha', β: '\\beta', γ: '\\gamma', δ: '\\delta', ε: '\\varepsilon', ζ: '\\zeta', η: '\\eta',
  θ: '\\theta', ι: '\\iota', κ: '\\kappa', λ: '\\lambda', μ: '\\mu', ν: '\\nu', ξ: '\\xi', ο: 'o',
  π: '\\pi', ρ: '\\rho', ς: '\\varsigma', σ: '\\sigma', τ: '\\tau', υ: '\\upsilon', φ: '\\varphi',
  χ: '\\chi', ψ: '\\psi', ω: '\\omega', Γ: '\\Gamma', Δ: '\\Delta', Θ: '\\Theta', Λ: '\\Lambda',
  Ξ: '\\Xi', Π: '\\Pi', Σ: '\\Sigma', Φ: '\\Phi', Ψ: '\\Psi', Ω: '\\Omega',
};

/** Functions printed as \sin^{2}\left(x\right) when raised to a positive integer power. */
const POWER_PREFIX: ReadonlySet<string> = new Set([
  'sin', 'cos', 'tan', 'cot', 'sec', 'csc', 'sinh', 'cosh', 'tanh', 'coth', 'ln',
]);

/** One letter of a name: Greek to its command, hatted letters to \hat, anything else as text. */
function letterTex(ch: string): string {
  const greek = GREEK[ch];
  if (greek !== undefined) return greek;
  const decomposed = ch.normalize('NFD');
  if (decomposed.length === 2 && decomposed[1] === '\u0302') return `\\hat{${letterTex(decomposed[0] ?? '')}}`;
  if (/^[A-Za-z]$/.test(ch)) return ch;
  return `\\text{${ch.replace(/[\\{}$&#^_%~]/g, '')}}`;
}

/** Variable names: w1 -> w_{1}, x_2 -> x_{2}, ŷ -> \hat{y}, loss -> \mathit{loss}. */
export function variableLatex(name: string): string {
  const m = /^(\D+?)_?(\d+)$/.exec(name);
  const base = m?.[1] ?? name;
  const sub = m?.[2];
  const chars = Array.from(base);
  let head: string;
  if (chars.length === 1) {
    head = letterTex(chars[0] ?? '');
  } else if (/^[A-Za-z]+$/.test(base)) {
    head = `\\mathit{${base}}`;
  } else {
    const parts = base.split('_').filter((p) => p.length > 0);
    head = parts.map((p) => Array.from(p).map(letterTex).join('')).join('\\_');
    if (head === '') head = '\\_';
  }
  return sub === undefined ? head : `${head}_{${sub}}`;
}

function numberTex(v: number): Tex {
  if (Number.isNaN(v)) return { tex: '\\mathrm{NaN}', prec: Prec.Atom };
  if (!Number.isFinite(v)) return { tex: v > 0 ? '\\infty' : '-\\infty', prec: v > 0 ? Prec.Atom : Prec.Unary };
  const s = String(Math.abs(v));
  const m = /^(\d+(?:\.\d+)?)e([+-])(\d+)$/.exec(s);
  const body = m ? `${m[1] === '1' ? '' : `${m[1] ?? ''} \\times `}10^{${m[2] === '-' ? '-' : ''}${m[3] ?? ''}}` : s;
  const neg = v < 0 || Object.is(v, -0);
  return { tex: neg ? `-${body}` : body, prec: neg ? Prec.Unary : m ? Prec.Product : Prec.Atom };
}

const paren = (t: string): string => `\\left(${t}\\right)`;

function wrap(t: Tex, need: Prec, noLeadingMinus = false): string {
  return needsParens(t.prec, t.tex, need, noLeadingMinus) ? paren(t.tex) : t.tex;
}

function callTex(e: Expr & { kind: 'call' }): string {
  const a = e.args[0];
  const b = e.args[1];
  if (isBinaryFn(e.fn)) {
    const bt = b ? tex(b).tex : '';
    // A root index that itself contains brackets (\sqrt[\sqrt[3]{x}]{y}) must be braced for TeX.
    const index = e.fn === 'nthRoot' && /[[\]]/.test(bt) ? `{${bt}}` : bt;
    return BINARY[e.fn].latex(a ? tex(a).tex : '', index);
  }
  return UNARY[e.fn].latex(a ? tex(a).tex : '');
}

/** Product of two already-rendered factors: juxtapose unless that would misread. */
function joinProduct(left: string, right: string): string {
  if (/^[-+0-9.]/.test(right) || right.startsWith('\\frac')) return `${left} \\cdot ${right}`;
  return `${left} ${right}`;
}

function tex(e: Expr): Tex {
  switch (e.kind) {
    case 'num':
      return numberTex(e.value);
    case 'const':
      return { tex: e.name === 'pi' ? '\\pi' : 'e', prec: Prec.Atom };
    case 'var':
      return { tex: variableLatex(e.name), prec: Prec.Atom };
    case 'neg':
      return { tex: `-${wrap(tex(e.arg), Prec.Product, true)}`, prec: Prec.Unary };
    case 'call':
      return { tex: callTex(e), prec: Prec.Atom };
    case 'binary': {
      switch (e.op) {
        case 'add':
          return { tex: `${tex(e.left).tex} + ${wrap(tex(e.right), Prec.Product, true)}`, prec: Prec.Sum };
        case 'sub':
          return { tex: `${tex(e.left).tex} - ${wrap(tex(e.right), Prec.Product, true)}`, prec: Prec.Sum };
        case 'mul':
          return {
            tex: joinProduct(wrap(tex(e.left), Prec.Product), wrap(tex(e.right), Prec.Product, true)),
            prec: Prec.Product,
          };
        case 'div':
          return { tex: `\\frac{${tex(e.left).tex}}{${tex(e.right).tex}}`, prec: Prec.Atom };
        case 'pow':
          return powTex(e.left, e.right);
      }
    }
  }
}

function powTex(base: Expr, exponent: Expr): Tex {
  const expTex = tex(exponent).tex;
  if (
    base.kind === 'call' &&
    POWER_PREFIX.has(base.fn) &&
    exponent.kind === 'num' &&
    Number.isInteger(exponent.value) &&
    exponent.value > 0
  ) {
    const arg = base.args[0];
    return { tex: `\\${base.fn}^{${expTex}}${paren(arg ? tex(arg).tex : '')}`, prec: Prec.Power };
  }
  const b = tex(base);
  // A call, fraction or anything already carrying a superscript/root reads badly without parentheses.
  const needsParen =
    b.prec < Prec.Atom ||
    base.kind === 'call' ||
    (base.kind === 'binary' && base.op === 'div') ||
    (base.kind === 'num' && b.tex.includes('\\times'));
  return { tex: `${needsParen ? paren(b.tex) : b.tex}^{${expTex}}`, prec: Prec.Power };
}

/**
 * Board-style LaTeX for `expr`, e.g. `3x^{2} + \frac{1}{2}\sigma\left(w_{1}x_{1}\right)`.
 * Always valid input for KaTeX's renderToString.
 */
export function toLatex(expr: Expr): string {
  return tex(expr).tex;
}
