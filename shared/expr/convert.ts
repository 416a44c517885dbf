/**
 * Second line of defence: converts a mathjs syntax tree into our Expr, accepting only an
 * allow-list of node shapes (numbers, our `_k` placeholder symbols, + - * / ^ and unary ±,
 * parentheses, calls of allow-listed functions). Nodes are inspected as plain data — no mathjs
 * method is ever called on them — and anything else is refused.
 */
import type { Expr } from './ast';
import { call, konst, neg, num, variable, binary } from './ast';
import type { ExprError } from './errors';
import { exprError } from './errors';
import type { Sym } from './resolve';
import type { Result } from '../result';
import { err, ok } from '../result';

const BINARY_OPS: Readonly<Record<string, 'add' | 'sub' | 'mul' | 'div' | 'pow'>> = {
  add: 'add', subtract: 'sub', multiply: 'mul', divide: 'div', pow: 'pow',
};

function field(node: unknown, key: string): unknown {
  if (typeof node !== 'object' || node === null) return undefined;
  // mathjs exposes `type` as a prototype getter, so a plain property read (not own-keys) is needed.
  return (node as Record<string, unknown>)[key];
}

function symbolOf(node: unknown, symbols: readonly Sym[]): Sym | undefined {
  if (field(node, 'type') !== 'SymbolNode') return undefined;
  const name = field(node, 'name');
  if (typeof name !== 'string') return undefined;
  const m = /^_(\d+)$/.exec(name);
  return m ? symbols[Number(m[1])] : undefined;
}

/** mathjs tree -> Expr, or a 'not-allowed' error covering `span` (the whole formula). */
export function convertTree(root: unknown, symbols: readonly Sym[], n: number): Result<Expr, ExprError> {
  const refuse = (what: string): ExprError =>
    exprError('not-allowed', `This kind of expression is not allowed here (${what}).`, `这里不允许这种表达式（${what}）。`, 0, n, n);

  /** Converts every argument in order; the first refusal wins. */
  const walkAll = (args: readonly unknown[]): Result<Expr[], ExprError> => {
    const kids: Expr[] = [];
    for (const a of args) {
      const r = walk(a);
      if (!r.ok) return r;
      kids.push(r.value);
    }
    return ok(kids);
  };
  const walk = (node: unknown): Result<Expr, ExprError> => {
    const type = field(node, 'type');
    switch (type) {
      case 'ConstantNode': {
        const v = field(node, 'value');
        if (typeof v !== 'number' || !Number.isFinite(v)) return err(refuse('constant'));
        return ok(num(v));
      }
      case 'SymbolNode': {
        const s = symbolOf(node, symbols);
        if (!s) return err(refuse('symbol'));
        if (s.role === 'var') return ok(variable(s.name));
        if (s.role === 'const') return ok(konst(s.name));
        return err(exprError('missing-argument', `'${s.fn}' needs an argument, for example ${s.fn}(x).`, `“${s.fn}”需要自变量，例如 ${s.fn}(x)。`, s.start, s.end, n));
      }
      case 'ParenthesisNode':
        return walk(field(node, 'content'));
      case 'OperatorNode': {
        const fn = field(node, 'fn');
        const args = field(node, 'args');
        if (typeof fn !== 'string' || !Array.isArray(args)) return err(refuse('operator'));
        const converted = walkAll(args as unknown[]);
        if (!converted.ok) return converted;
        const kids = converted.value;
        const [a, b] = kids;
        if (kids.length === 1 && a && fn === 'unaryMinus') return ok(neg(a));
        if (kids.length === 1 && a && fn === 'unaryPlus') return ok(a);
        const op = Object.prototype.hasOwnProperty.call(BINARY_OPS, fn) ? BINARY_OPS[fn] : undefined;
        if (kids.length === 2 && a && b && op) return ok(binary(op, a, b));
        return err(refuse(`operator ${fn}`));
      }
      case 'FunctionNode': {
        const s = symbolOf(field(node, 'fn'), symbols);
        const args = field(node, 'args');
        if (!s || s.role !== 'fn' || !Array.isArray(args)) return err(refuse('function call'));
        const converted = walkAll(args as unknown[]);
        if (!converted.ok) return converted;
        const kids = converted.value;
        const [a, b] = kids;
        // log with one argument is the natural logarithm (README "Input conventions").
        if (s.fn === 'log' && kids.length === 1 && a) return ok(call('ln', a));
        if (kids.length === 2 && a && b && (s.fn === 'log' || s.fn === 'nthRoot')) return ok(call(s.fn, a, b));
        if (kids.length === 1 && a && s.fn !== 'log' && s.fn !== 'nthRoot') return ok(call(s.fn, a));
        return err(exprError('wrong-arity', `Wrong number of arguments for '${s.fn}'.`, `“${s.fn}”的参数个数不对。`, s.start, s.end, n));
      }
      default:
        return err(refuse(typeof type === 'string' ? type : 'unknown'));
    }
  };
  return walk(root);
}
