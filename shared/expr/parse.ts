/**
 * parseExpr: typed formula text -> Expr, or a positioned bilingual error. Pipeline:
 * length cap -> our whitelist lexer -> name resolution -> rewrite of the student conventions into
 * placeholder-only mathjs text -> mathjs parse (locked-down instance, parse only) -> allow-list
 * conversion. Never throws and never evaluates anything with mathjs.
 */
import type { Expr } from './ast';
import type { ExprError } from './errors';
import { exprError } from './errors';
import { tokenize } from './lexer';
import { resolveNames } from './resolve';
import { rewrite } from './rewrite';
import { parseToMathTree } from './mathjs-safe';
import { convertTree } from './convert';
import type { Result } from '../result';
import { err } from '../result';

export interface ParseOptions {
  /**
   * The variables the scene provides (e.g. ['x', 'y']). When given, any other name is an error,
   * and run-together names are split into them (xy -> x·y). When omitted, any name that is not a
   * function or constant is a variable.
   */
  readonly variables?: readonly string[];
  /** Longest accepted text in UTF-16 units; default 500. */
  readonly maxLength?: number;
  /** Deepest nesting of parentheses and |bars|; default 64. */
  readonly maxDepth?: number;
}

export const DEFAULT_MAX_LENGTH = 500;
export const DEFAULT_MAX_DEPTH = 64;

function mathjsSyntaxError(e: unknown, spanStart: readonly number[], spanEnd: readonly number[], n: number): ExprError {
  const ch = typeof e === 'object' && e !== null ? (e as { char?: unknown }).char : undefined;
  const idx = typeof ch === 'number' && Number.isFinite(ch) ? Math.max(0, Math.min(spanStart.length - 1, ch - 1)) : spanStart.length - 1;
  const start = spanStart[idx] ?? n;
  const end = spanEnd[idx] ?? n;
  if (start >= n) {
    return exprError('syntax', 'The formula ends too early: something is missing at the end.', '公式不完整：结尾缺少内容。', n, n, n);
  }
  return exprError('syntax', 'Unexpected here: check for a missing operator or value.', '此处有误：请检查是否缺少运算符或数值。', start, end, n);
}

/**
 * Parses what a student types (conventions in shared/README.md: implicit multiplication,
 * `sin x`, `log x` = ln x, `1/2x` = (1/2)·x, |x|, ², π, σ …). Errors carry 0-based
 * [start, end) offsets into `text`. Never throws, for any input.
 */
export function parseExpr(text: string, options: ParseOptions = {}): Result<Expr, ExprError> {
  const src = typeof text === 'string' ? text : '';
  const n = src.length;
  try {
    const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
    const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
    if (n > maxLength) {
      return err(exprError('too-long', `The formula is too long (at most ${maxLength} characters).`, `公式太长了（最多 ${maxLength} 个字符）。`, maxLength, n, n));
    }
    if (src.trim() === '') {
      return err(exprError('empty', 'Type a formula, for example x^2 + y^2.', '请输入公式，例如 x^2 + y^2。', 0, n, n));
    }
    const tokens = tokenize(src);
    if (!tokens.ok) return tokens;
    const resolved = resolveNames(tokens.value, options.variables, n);
    if (!resolved.ok) return resolved;
    const rw = rewrite(resolved.value, maxDepth, n);
    if (!rw.ok) return rw;
    let tree: unknown;
    try {
      tree = parseToMathTree(rw.value.text);
    } catch (e) {
      return err(mathjsSyntaxError(e, rw.value.spanStart, rw.value.spanEnd, n));
    }
    return convertTree(tree, rw.value.symbols, n);
  } catch {
    // Last resort (e.g. a stack overflow on an absurd maxLength): a value, never an exception.
    return err(exprError('too-deep', 'This formula is too complex to read.', '这个公式太复杂，无法读取。', 0, n, n));
  }
}
