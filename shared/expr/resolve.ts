/**
 * Gives every name token its meaning before anything is parsed: a variable, a constant, or an
 * allow-listed function. Run-together names are split the way a student means them when the
 * scene's variables are known (`xy` -> x·y, `sinx` -> sin x, `w1x1` -> w1·x1).
 */
import type { ConstName } from './ast';
import type { ExprError } from './errors';
import { exprError } from './errors';
import type { FnName } from './functions';
import type { OpChar, Token } from './lexer';
import { FUNCTION_SPELLINGS, isReservedName, resolveConstant, resolveFunction } from './names';
import { closest } from './suggest';
import type { Result } from '../result';
import { err, ok } from '../result';

interface Span {
  readonly start: number;
  readonly end: number;
}

/** What a name means, with the span of the typed text it came from. */
export type Sym =
  | (Span & { readonly role: 'var'; readonly name: string })
  | (Span & { readonly role: 'const'; readonly name: ConstName })
  | (Span & { readonly role: 'fn'; readonly fn: FnName });

export type RToken =
  | (Span & { readonly kind: 'num'; readonly value: number })
  | (Span & { readonly kind: 'sym'; readonly sym: Sym })
  | (Span & { readonly kind: 'op'; readonly op: OpChar })
  | (Span & { readonly kind: 'lparen' | 'rparen' | 'comma' | 'bar' });

/** Canonical spelling of a variable name: NFC, subscript digits as ASCII digits. */
export function normalizeName(name: string): string {
  return name.normalize('NFC').replace(/[₀-₉]/g, (d) => String('₀₁₂₃₄₅₆₇₈₉'.indexOf(d)));
}

/** A name that reads as a single variable even without a declared list: x, w1, x_2, θ, ŷ. */
const VARIABLE_LIKE = /^\p{L}\p{M}*(?:_?\d+|_\p{L}+)?$/u;

function meaning(name: string, span: Span, variables: readonly string[] | undefined): Sym | undefined {
  if (variables?.includes(name)) return { role: 'var', name, ...span };
  const fn = resolveFunction(name);
  if (fn !== undefined) return { role: 'fn', fn, ...span };
  const c = resolveConstant(name);
  if (c !== undefined) return { role: 'const', name: c, ...span };
  return undefined;
}

/** Fewest known pieces that spell `name` exactly, or undefined. */
function split(name: string, pieces: readonly string[]): string[] | undefined {
  const best: (string[] | undefined)[] = [[]];
  for (let i = 0; i < name.length; i++) {
    const here = best[i];
    if (!here) continue;
    for (const p of pieces) {
      if (p.length === 0 || !name.startsWith(p, i)) continue;
      const j = i + p.length;
      const prev = best[j];
      if (!prev || prev.length > here.length + 1) best[j] = [...here, p];
    }
  }
  return best[name.length];
}

function unknownName(name: string, span: Span, nextIsParen: boolean, variables: readonly string[] | undefined, n: number): ExprError {
  // Suggesting 'x' for 'q' is noise: one- and two-letter names only get the list of variables.
  const guess = name.length < 3 ? undefined : closest(name, nextIsParen ? FUNCTION_SPELLINGS : [...(variables ?? []), ...FUNCTION_SPELLINGS]);
  if (nextIsParen) {
    return guess
      ? exprError('unknown-function', `Unknown function '${name}' — did you mean '${guess}'?`, `未知函数“${name}”——你是不是想写“${guess}”？`, span.start, span.end, n)
      : exprError('unknown-function', `Unknown function '${name}'.`, `未知函数“${name}”。`, span.start, span.end, n);
  }
  const allowed = variables && variables.length > 0 ? variables.join(', ') : '';
  const enUse = allowed ? `; this formula can use ${allowed}` : '';
  const zhUse = allowed ? `；这里可以使用的变量是 ${allowed}` : '';
  return guess
    ? exprError('unknown-variable', `Unknown name '${name}' — did you mean '${guess}'?`, `未知名称“${name}”——你是不是想写“${guess}”？`, span.start, span.end, n)
    : exprError('unknown-variable', `Unknown variable '${name}'${enUse}.`, `未知变量“${name}”${zhUse}。`, span.start, span.end, n);
}

/**
 * Resolves the names of `tokens`. With `variables` every other name must be a function, a
 * constant or a run-together product of those; without it any other name is a variable, except
 * `fx`-style names (a function name followed by one letter, e.g. `sinx`), read as an application.
 */
export function resolveNames(tokens: readonly Token[], variables: readonly string[] | undefined, n: number): Result<RToken[], ExprError> {
  const vars = variables?.map(normalizeName);
  const pieces = vars ? [...vars, 'pi', 'π', 'e', ...FUNCTION_SPELLINGS] : undefined;
  const out: RToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (t.kind !== 'ident') {
      out.push(t);
      continue;
    }
    const span = { start: t.start, end: t.end };
    const nextIsParen = tokens[i + 1]?.kind === 'lparen';
    const direct = meaning(t.name, span, vars);
    if (direct) {
      out.push({ kind: 'sym', sym: direct, ...span });
      continue;
    }
    if (isReservedName(t.name)) {
      return err(exprError('reserved-name', `'${t.name}' cannot be used as a name.`, `“${t.name}”不能用作名称。`, t.start, t.end, n));
    }
    let parts: string[] | undefined;
    if (pieces) {
      parts = split(t.name, pieces);
    } else {
      const fnPrefix = FUNCTION_SPELLINGS.filter((f) => t.name.startsWith(f)).sort((a, b) => b.length - a.length)[0];
      const rest = fnPrefix === undefined ? '' : t.name.slice(fnPrefix.length);
      if (fnPrefix !== undefined && /^\p{L}\d*$/u.test(rest)) parts = [fnPrefix, rest];
      else if (!nextIsParen || VARIABLE_LIKE.test(t.name)) parts = [t.name];
    }
    if (!parts) return err(unknownName(t.name, span, nextIsParen, vars, n));
    for (const p of parts) {
      const sym: Sym = meaning(p, span, vars) ?? { role: 'var', name: p, ...span };
      out.push({ kind: 'sym', sym, ...span });
    }
  }
  return ok(out);
}
