/**
 * The typed expression tree every part of the core shares: the parser produces it, the compiler,
 * the symbolic differentiator, the LaTeX printer and the autodiff graph builder consume it.
 * It is deliberately small: anything a student can type is expressed with these six node kinds.
 */
import type { FnName } from './functions';

export type BinaryOp = 'add' | 'sub' | 'mul' | 'div' | 'pow';

export type ConstName = 'pi' | 'e';

export type Expr =
  | { readonly kind: 'num'; readonly value: number }
  | { readonly kind: 'const'; readonly name: ConstName }
  | { readonly kind: 'var'; readonly name: string }
  | { readonly kind: 'neg'; readonly arg: Expr }
  | { readonly kind: 'binary'; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'call'; readonly fn: FnName; readonly args: readonly Expr[] };

export const num = (value: number): Expr => ({ kind: 'num', value });
export const konst = (name: ConstName): Expr => ({ kind: 'const', name });
export const variable = (name: string): Expr => ({ kind: 'var', name });
export const neg = (arg: Expr): Expr => ({ kind: 'neg', arg });
export const binary = (op: BinaryOp, left: Expr, right: Expr): Expr => ({ kind: 'binary', op, left, right });
export const add = (a: Expr, b: Expr): Expr => binary('add', a, b);
export const sub = (a: Expr, b: Expr): Expr => binary('sub', a, b);
export const mul = (a: Expr, b: Expr): Expr => binary('mul', a, b);
export const div = (a: Expr, b: Expr): Expr => binary('div', a, b);
export const pow = (a: Expr, b: Expr): Expr => binary('pow', a, b);
export const call = (fn: FnName, ...args: Expr[]): Expr => ({ kind: 'call', fn, args });

export const CONST_VALUES: Readonly<Record<ConstName, number>> = { pi: Math.PI, e: Math.E };

/** Names of the free variables of `e`, in order of first appearance (left to right). */
export function freeVariables(e: Expr): string[] {
  const seen: string[] = [];
  const walk = (n: Expr): void => {
    switch (n.kind) {
      case 'var':
        if (!seen.includes(n.name)) seen.push(n.name);
        return;
      case 'neg':
        walk(n.arg);
        return;
      case 'binary':
        walk(n.left);
        walk(n.right);
        return;
      case 'call':
        n.args.forEach(walk);
        return;
      default:
        return;
    }
  };
  walk(e);
  return seen;
}

/** Structural equality (numbers compared with Object.is so that 0 and -0 differ, NaN equals NaN). */
export function exprEquals(a: Expr, b: Expr): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'num':
      return b.kind === 'num' && Object.is(a.value, b.value);
    case 'const':
      return b.kind === 'const' && a.name === b.name;
    case 'var':
      return b.kind === 'var' && a.name === b.name;
    case 'neg':
      return b.kind === 'neg' && exprEquals(a.arg, b.arg);
    case 'binary':
      return b.kind === 'binary' && a.op === b.op && exprEquals(a.left, b.left) && exprEquals(a.right, b.right);
    case 'call':
      return (
        b.kind === 'call' &&
        a.fn === b.fn &&
        a.args.length === b.args.length &&
        a.args.every((x, i) => {
          const y = b.args[i];
          return y !== undefined && exprEquals(x, y);
        })
      );
  }
}

/** Number of nodes in the tree; used for caps and for property tests. */
export function exprSize(e: Expr): number {
  switch (e.kind) {
    case 'neg':
      return 1 + exprSize(e.arg);
    case 'binary':
      return 1 + exprSize(e.left) + exprSize(e.right);
    case 'call':
      return e.args.reduce((s, a) => s + exprSize(a), 1);
    default:
      return 1;
  }
}
