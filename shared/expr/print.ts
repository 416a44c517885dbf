/**
 * Plain-text printer whose output parses back (with parseExpr) to the same tree: minimal
 * parentheses, left-associative + - * /, right-associative ^, and unary minus binding looser than
 * ^ but tighter than * (so -x^2 is -(x^2) and -x*y is (-x)*y, as in mathjs and on the board).
 */
import type { Expr } from './ast';
import { needsParens, Prec } from './precedence';

interface Printed {
  readonly text: string;
  readonly prec: Prec;
}

const PLAIN_DECIMAL = /^\d+(\.\d+)?$/;

/** Number literal text; non-finite values have no literal, so they are written as divisions. */
function numberText(v: number): string {
  if (Number.isNaN(v)) return '(0/0)';
  if (v === Infinity) return '(1/0)';
  if (v === -Infinity) return '(-1/0)';
  if (Object.is(v, -0)) return '-0';
  return String(v);
}

function wrap(p: Printed, need: Prec, noLeadingMinus = false): string {
  return needsParens(p.prec, p.text, need, noLeadingMinus) ? `(${p.text})` : p.text;
}

/**
 * Whether `2` and `rightText` may be written side by side (`2x`, `3x^2`, `2sin(x)`): only for a
 * plain decimal followed by a name, never before e/E (which would read as an exponent: 2e1).
 */
function canJuxtapose(left: Expr, right: Expr, rightText: string): boolean {
  if (left.kind !== 'num' || !PLAIN_DECIMAL.test(numberText(left.value))) return false;
  if (/^[eE0-9.]/.test(rightText)) return false;
  if (right.kind === 'var' || right.kind === 'const' || right.kind === 'call') return true;
  return (
    right.kind === 'binary' &&
    right.op === 'pow' &&
    (right.left.kind === 'var' || right.left.kind === 'const')
  );
}

function print(e: Expr): Printed {
  switch (e.kind) {
    case 'num': {
      const t = numberText(e.value);
      return { text: t, prec: t.startsWith('-') ? Prec.Unary : Prec.Atom };
    }
    case 'const':
      return { text: e.name, prec: Prec.Atom };
    case 'var':
      return { text: e.name, prec: Prec.Atom };
    case 'neg':
      return { text: `-${wrap(print(e.arg), Prec.Power)}`, prec: Prec.Unary };
    case 'call':
      return { text: `${e.fn}(${e.args.map((a) => print(a).text).join(', ')})`, prec: Prec.Atom };
    case 'binary': {
      const l = print(e.left);
      const r = print(e.right);
      switch (e.op) {
        case 'add':
          return { text: `${wrap(l, Prec.Sum)} + ${wrap(r, Prec.Product, true)}`, prec: Prec.Sum };
        case 'sub':
          return { text: `${wrap(l, Prec.Sum)} - ${wrap(r, Prec.Product, true)}`, prec: Prec.Sum };
        case 'mul': {
          const rt = wrap(r, Prec.Unary, true);
          if (rt === r.text && canJuxtapose(e.left, e.right, rt)) return { text: `${l.text}${rt}`, prec: Prec.Product };
          return { text: `${wrap(l, Prec.Product)}*${rt}`, prec: Prec.Product };
        }
        case 'div':
          return { text: `${wrap(l, Prec.Product)}/${wrap(r, Prec.Unary, true)}`, prec: Prec.Product };
        case 'pow':
          return { text: `${wrap(l, Prec.Atom)}^${wrap(r, Prec.Power, true)}`, prec: Prec.Power };
      }
    }
  }
}

/**
 * Formula text for `expr`, e.g. `3x^2 + sin(x)*y`; parseExpr(toText(e)) rebuilds `e` exactly,
 * except that a negative literal num(-3) comes back as neg(num(3)) and non-finite literals come
 * back as divisions (1/0).
 */
export function toText(expr: Expr): string {
  return print(expr).text;
}
