/**
 * Turns resolved tokens into the text handed to mathjs, adding what a student leaves implicit:
 * `sin x^2` -> sin(x^2), `sin^2 x` -> (sin(x))^2, `sin^-1 x` -> asin(x), `|x|` -> abs(x),
 * `x(y+1)` -> x*(y+1). Every name is replaced by a placeholder symbol `_k` (k indexes `symbols`),
 * so mathjs never sees a user-chosen identifier, and each output character remembers which span
 * of the original text it came from (for positioned errors).
 *
 * Function application without parentheses (README "Input conventions"): the argument is the
 * implicit product of numbers, variables and constants that follows, each possibly raised to a
 * power, up to the next operator, parenthesis or function name: `sin 2x y^2` = sin(2xy²),
 * `sin x cos x` = sin(x)·cos(x), `sin x + 1` = sin(x) + 1, `ln x/2` = ln(x)/2.
 */
import type { ExprError } from './errors';
import { exprError } from './errors';
import { INVERSE, arityOf } from './names';
import type { RToken, Sym } from './resolve';
import type { Result } from '../result';
import { err, ok } from '../result';

export interface Rewritten {
  /** Text for mathjs: placeholders, numbers, + - * / ^ ( ) , separated by spaces. */
  readonly text: string;
  readonly symbols: readonly Sym[];
  /** For each character of `text` (and one past the end), the original span it came from. */
  readonly spanStart: readonly number[];
  readonly spanEnd: readonly number[];
}

interface Piece {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

class Fail {
  constructor(readonly error: ExprError) {}
}

/** Pairs parentheses and |bars|; fails on imbalance, empty groups and nesting beyond maxDepth. */
function matchGroups(tokens: readonly RToken[], maxDepth: number, n: number): Result<Int32Array, ExprError> {
  const match = new Int32Array(tokens.length).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const prev = tokens[i - 1];
    const open = (): Result<true, ExprError> => {
      stack.push(i);
      if (stack.length > maxDepth) {
        return err(exprError('too-deep', `Too deeply nested (more than ${maxDepth} levels).`, `嵌套层数太多（超过 ${maxDepth} 层）。`, t.start, t.end, n));
      }
      return ok(true);
    };
    if (t.kind === 'lparen') {
      const r = open();
      if (!r.ok) return r;
    } else if (t.kind === 'rparen') {
      const top = stack[stack.length - 1];
      const topTok = top === undefined ? undefined : tokens[top];
      if (top === undefined || topTok?.kind !== 'lparen') {
        return err(exprError('unbalanced-paren', "This ')' has no matching '('.", '这个“)”没有对应的“(”。', t.start, t.end, n));
      }
      if (top === i - 1) {
        return err(exprError('syntax', 'Empty parentheses: put an expression inside.', '括号里是空的：请在括号内写上表达式。', topTok.start, t.end, n));
      }
      stack.pop();
      match[top] = i;
      match[i] = top;
    } else if (t.kind === 'bar') {
      const top = stack[stack.length - 1];
      const prevOpensBar = prev !== undefined && prev.kind === 'bar' && match[i - 1] === -1;
      const expectsValue =
        prev === undefined ||
        prev.kind === 'op' ||
        prev.kind === 'lparen' ||
        prev.kind === 'comma' ||
        prevOpensBar ||
        (prev.kind === 'sym' && prev.sym.role === 'fn');
      if (!expectsValue && top !== undefined && tokens[top]?.kind === 'bar') {
        stack.pop();
        match[top] = i;
        match[i] = top;
      } else {
        const r = open();
        if (!r.ok) return r;
      }
    }
  }
  const unclosed = stack[stack.length - 1];
  const u = unclosed === undefined ? undefined : tokens[unclosed];
  if (u) {
    return u.kind === 'bar'
      ? err(exprError('unbalanced-bar', "This '|' is never closed: write |x| for an absolute value.", '这个“|”没有闭合：绝对值请写成 |x|。', u.start, u.end, n))
      : err(exprError('unbalanced-paren', "Missing closing parenthesis for this '('.", '这个“(”缺少对应的右括号“)”。', u.start, u.end, n));
  }
  return ok(match);
}

class Emitter {
  readonly pieces: Piece[] = [];
  readonly symbols: Sym[] = [];

  constructor(
    private readonly tokens: readonly RToken[],
    private readonly match: Int32Array,
    private readonly n: number,
  ) {}

  private tok(i: number): RToken | undefined {
    return this.tokens[i];
  }

  private matchOf(i: number): number {
    return this.match[i] ?? -1;
  }

  private put(text: string, start: number, end: number): void {
    this.pieces.push({ text, start, end });
  }

  private putSym(sym: Sym): void {
    this.symbols.push(sym);
    this.put(`_${this.symbols.length - 1}`, sym.start, sym.end);
  }

  private fail(code: ExprError['code'], en: string, zh: string, start: number, end: number): never {
    throw new Fail(exprError(code, en, zh, start, end, this.n));
  }

  /** End (exclusive) of a power's exponent starting at `a`: [sign] (number | name | group | call). */
  private scanExponent(a: number, to: number): number {
    let j = a;
    const s = this.tok(j);
    if (s?.kind === 'op' && (s.op === '-' || s.op === '+')) j++;
    const t = this.tok(j);
    if (j >= to || !t) return -1;
    if (t.kind === 'num' || (t.kind === 'sym' && t.sym.role !== 'fn')) return j + 1;
    if (t.kind === 'lparen' || t.kind === 'bar') return this.matchOf(j) + 1;
    if (t.kind === 'sym') return this.scanCall(j, to);
    return -1;
  }

  /** End of a function application starting at the function name `j`. */
  private scanCall(j: number, to: number): number {
    let k = j + 1;
    const t = this.tok(k);
    if (k < to && t?.kind === 'op' && t.op === '^') {
      const e = this.scanExponent(k + 1, to);
      if (e < 0) return k;
      k = e;
    }
    if (k < to && this.tok(k)?.kind === 'lparen') return this.matchOf(k) + 1;
    return this.scanImplicit(k, to);
  }

  /** End of the parenthesis-free argument starting at `k` (== k when there is none). */
  private scanImplicit(k: number, to: number): number {
    let j = k;
    let first = true;
    while (j < to) {
      const t = this.tok(j);
      if (!t) break;
      if (t.kind === 'num' || (t.kind === 'sym' && t.sym.role !== 'fn')) j++;
      else if (first && t.kind === 'bar') j = this.matchOf(j) + 1;
      else if (first && t.kind === 'sym') return this.scanCall(j, to);
      else break;
      for (;;) {
        const p = this.tok(j);
        if (j >= to || p?.kind !== 'op' || p.op !== '^') break;
        const e = this.scanExponent(j + 1, to);
        if (e < 0) break;
        j = e;
      }
      first = false;
    }
    return j;
  }

  /** Number of comma-separated arguments in the group (from, to). */
  private countArgs(from: number, to: number): number {
    if (from >= to) return 0;
    let count = 1;
    for (let j = from; j < to; j++) {
      const t = this.tok(j);
      if (t?.kind === 'comma') count++;
      else if ((t?.kind === 'lparen' || t?.kind === 'bar') && this.matchOf(j) > j) j = this.matchOf(j);
    }
    return count;
  }

  private isMinusOne(a: number, b: number): boolean {
    const kinds = this.tokens.slice(a, b);
    const core = kinds[0]?.kind === 'lparen' ? kinds.slice(1, -1) : kinds;
    const [m, one] = core;
    return core.length === 2 && m?.kind === 'op' && m.op === '-' && one?.kind === 'num' && one.value === 1;
  }

  /** Emits the application of the function at `i`; returns the index after it. */
  private call(i: number, to: number): number {
    const head = this.tok(i);
    if (head?.kind !== 'sym' || head.sym.role !== 'fn') return i + 1;
    let fn = head.sym.fn;
    let k = i + 1;
    let power: readonly [number, number] | undefined;
    const caret = this.tok(k);
    if (k < to && caret?.kind === 'op' && caret.op === '^') {
      const e = this.scanExponent(k + 1, to);
      if (e < 0) {
        this.fail('syntax', `The power of '${fn}' is missing, as in sin^2 x.`, `“${fn}”的幂次缺失，例如 sin^2 x。`, caret.start, caret.end);
      }
      const inverse = INVERSE[fn];
      if (inverse && this.isMinusOne(k + 1, e)) fn = inverse;
      else power = [k + 1, e];
      k = e;
    }
    let argFrom: number;
    let argTo: number;
    let next: number;
    let args: number;
    let inCall: boolean;
    let last = head.end;
    const open = this.tok(k);
    if (k < to && open?.kind === 'lparen') {
      argFrom = k + 1;
      argTo = this.matchOf(k);
      next = argTo + 1;
      args = this.countArgs(argFrom, argTo);
      inCall = true;
      last = this.tok(argTo)?.end ?? last;
    } else {
      argFrom = k;
      argTo = this.scanImplicit(k, to);
      next = argTo;
      args = argTo > argFrom ? 1 : 0;
      inCall = false;
    }
    const name: string = fn;
    if (args === 0) {
      const arity = arityOf(fn)[0];
      const example = arity === 2 ? `${name}(x, 2)` : `${name}(x)`;
      this.fail('missing-argument', `'${name}' needs an argument, for example ${example}.`, `“${name}”需要自变量，例如 ${example}。`, head.start, last);
    }
    const [min, max] = arityOf(fn);
    if (args < min || args > max) {
      const want = min === max ? `${min}` : `${min} or ${max}`;
      const wantZh = min === max ? `${min}` : `${min} 或 ${max}`;
      this.fail('wrong-arity', `'${name}' takes ${want} argument${max === 1 ? '' : 's'}, not ${args}.`, `“${name}”需要 ${wantZh} 个参数，而这里有 ${args} 个。`, head.start, last);
    }
    const s = head.start;
    if (power) this.put('(', s, head.end);
    this.putSym({ role: 'fn', fn, start: head.start, end: head.end });
    this.put('(', s, head.end);
    this.range(argFrom, argTo, inCall);
    this.put(')', s, last);
    if (power) {
      this.put(')', s, head.end);
      this.put('^', s, head.end);
      this.put('(', s, head.end);
      this.range(power[0], power[1], false);
      this.put(')', s, head.end);
    }
    return next;
  }

  /** Emits tokens [from, to); commas are legal only directly inside a call's parentheses. */
  range(from: number, to: number, inCall: boolean): void {
    let i = from;
    while (i < to) {
      const t = this.tok(i);
      if (!t) return;
      switch (t.kind) {
        case 'num':
          this.put(String(t.value), t.start, t.end);
          i++;
          break;
        case 'op':
          this.put(t.op, t.start, t.end);
          i++;
          break;
        case 'comma':
          if (!inCall) {
            this.fail('syntax', "A comma only separates the arguments of a function, as in log(x, 2).", '逗号只用来分隔函数的参数，例如 log(x, 2)。', t.start, t.end);
          }
          this.put(',', t.start, t.end);
          i++;
          break;
        case 'rparen':
          // Unreachable: matchGroups paired every ')' and groups are emitted whole.
          this.put(')', t.start, t.end);
          i++;
          break;
        case 'lparen': {
          const j = this.matchOf(i);
          this.put('(', t.start, t.end);
          this.range(i + 1, j, false);
          this.put(')', this.tok(j)?.start ?? t.start, this.tok(j)?.end ?? t.end);
          i = j + 1;
          break;
        }
        case 'bar': {
          const j = this.matchOf(i);
          const close = this.tok(j);
          this.putSym({ role: 'fn', fn: 'abs', start: t.start, end: t.end });
          this.put('(', t.start, t.end);
          this.range(i + 1, j, false);
          this.put(')', close?.start ?? t.start, close?.end ?? t.end);
          i = j + 1;
          break;
        }
        case 'sym':
          if (t.sym.role === 'fn') {
            i = this.call(i, to);
          } else {
            this.putSym(t.sym);
            const nx = this.tok(i + 1);
            // x(y+1) is a product, never a call of x.
            if (i + 1 < to && nx?.kind === 'lparen') this.put('*', nx.start, nx.start);
            i++;
          }
          break;
      }
    }
  }
}

/** Rewrites resolved tokens into mathjs input (see the module comment for the conventions). */
export function rewrite(tokens: readonly RToken[], maxDepth: number, n: number): Result<Rewritten, ExprError> {
  const m = matchGroups(tokens, maxDepth, n);
  if (!m.ok) return m;
  const em = new Emitter(tokens, m.value, n);
  try {
    em.range(0, tokens.length, false);
  } catch (e) {
    if (e instanceof Fail) return err(e.error);
    throw e;
  }
  const spanStart: number[] = [];
  const spanEnd: number[] = [];
  const parts: string[] = [];
  em.pieces.forEach((p, idx) => {
    if (idx > 0) {
      // The separating space belongs to the next piece: mathjs reports errors at token starts.
      spanStart.push(p.start);
      spanEnd.push(p.end);
    }
    for (let c = 0; c < p.text.length; c++) {
      spanStart.push(p.start);
      spanEnd.push(p.end);
    }
    parts.push(p.text);
  });
  spanStart.push(n);
  spanEnd.push(n);
  return ok({ text: parts.join(' '), symbols: em.symbols, spanStart, spanEnd });
}
