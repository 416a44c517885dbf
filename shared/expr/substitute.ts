/**
 * Simultaneous substitution of variables by trees: {w1 → x, y → 1} applied to ½(σ(w1·x1) − y)²
 * replaces each original variable once, so a replacement that mentions another substituted
 * name (w1 → y while y → 1) is never substituted again.
 */
import type { Expr } from './ast';

export function substitute(expr: Expr, replacements: Readonly<Record<string, Expr>>): Expr {
  const walk = (e: Expr): Expr => {
    switch (e.kind) {
      case 'var':
        return Object.prototype.hasOwnProperty.call(replacements, e.name) ? replacements[e.name]! : e;
      case 'neg':
        return { kind: 'neg', arg: walk(e.arg) };
      case 'binary':
        return { kind: 'binary', op: e.op, left: walk(e.left), right: walk(e.right) };
      case 'call':
        return { kind: 'call', fn: e.fn, args: e.args.map(walk) };
      default:
        return e;
    }
  };
  return walk(expr);
}
