/**
 * Names a subexpression a formula repeats, as a teacher writes it on the board: the deck's loss
 * differentiated by the chain rule carries σ(w₁x₁ + w₂x₂) three times,
 *   (σ(1.2w₁ + 0.5w₂) − 1) σ(1.2w₁ + 0.5w₂) (1 − σ(1.2w₁ + 0.5w₂)),
 * which reads — and typesets, in a third of the space — as (u − 1) u (1 − u), u = σ(1.2w₁ + 0.5w₂).
 * Presentation only: substituting the parts back gives the very same tree (name-repeated.test.ts).
 */
import { freeVariables, variable, type Expr } from './ast';

/** One named part: `name` stands for `value` in the body and in the values of the parts named after it. */
export interface NamedPart {
  readonly name: string;
  readonly value: Expr;
}

export interface Factored {
  readonly body: Expr;
  /** In the order they were named (the largest saving first). */
  readonly parts: readonly NamedPart[];
}

/** Letters for the parts, in order of preference: none is a variable, a constant or an axis name. */
const NAMES = ['u', 'v', 's', 't', 'p', 'q'] as const;
/** A part is named only if it has at least this many nodes (σ(w₁ + 0.5w₂) has 5). */
const MIN_NODES = 4;
/** At most this many parts: more letters to look up than they save. */
const MAX_PARTS = 2;

interface Shape {
  /** Hash-consed identity: two subtrees with the same id are structurally equal. */
  readonly id: number;
  readonly size: number;
}

/** Ids and sizes of every subtree, by hash-consing (linear: a key names children by their ids). */
function shapes(e: Expr): { readonly of: Map<Expr, Shape>; readonly count: Map<number, number>; readonly sample: Map<number, Expr> } {
  const ids = new Map<string, number>();
  const of = new Map<Expr, Shape>();
  const count = new Map<number, number>();
  const sample = new Map<number, Expr>();
  const visit = (n: Expr): Shape => {
    let key: string;
    let size = 1;
    switch (n.kind) {
      case 'num':
        key = `n${Object.is(n.value, -0) ? '-0' : String(n.value)}`;
        break;
      case 'const':
        key = `c${n.name}`;
        break;
      case 'var':
        key = `v${n.name}`;
        break;
      case 'neg': {
        const a = visit(n.arg);
        key = `-${a.id}`;
        size += a.size;
        break;
      }
      case 'binary': {
        const l = visit(n.left);
        const r = visit(n.right);
        key = `${n.op}(${l.id},${r.id})`;
        size += l.size + r.size;
        break;
      }
      case 'call': {
        const args = n.args.map(visit);
        key = `${n.fn}(${args.map((a) => a.id).join(',')})`;
        for (const a of args) size += a.size;
        break;
      }
    }
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
      sample.set(id, n);
    }
    count.set(id, (count.get(id) ?? 0) + 1);
    const s = { id, size };
    of.set(n, s);
    return s;
  };
  visit(e);
  return { of, count, sample };
}

/** `e` with every subtree of shape `id` replaced by the variable `name`. */
function replaceShape(e: Expr, of: Map<Expr, Shape>, id: number, name: string): Expr {
  const walk = (n: Expr): Expr => {
    if (of.get(n)?.id === id) return variable(name);
    switch (n.kind) {
      case 'neg': {
        const a = walk(n.arg);
        return a === n.arg ? n : { kind: 'neg', arg: a };
      }
      case 'binary': {
        const l = walk(n.left);
        const r = walk(n.right);
        return l === n.left && r === n.right ? n : { kind: 'binary', op: n.op, left: l, right: r };
      }
      case 'call': {
        const args = n.args.map(walk);
        return args.every((a, i) => a === n.args[i]) ? n : { kind: 'call', fn: n.fn, args };
      }
      default:
        return n;
    }
  };
  return walk(e);
}

/**
 * `e` with up to two repeated subexpressions of four or more nodes named (the one that saves the
 * most nodes first). A letter is used only if no variable of `e` is that letter or starts with it
 * (u would be confused with u₁); with none free, or nothing repeated, `e` comes back whole.
 */
export function nameRepeated(e: Expr): Factored {
  const taken = freeVariables(e);
  const free = NAMES.filter((n) => !taken.some((t) => t === n || t.replace(/[_\d]+$/, '') === n));
  let body = e;
  const parts: NamedPart[] = [];
  for (const name of free.slice(0, MAX_PARTS)) {
    const { of, count, sample } = shapes(body);
    let best: { id: number; saving: number; size: number } | null = null;
    for (const [id, n] of count) {
      if (n < 2) continue;
      const node = sample.get(id);
      const size = node ? (of.get(node)?.size ?? 0) : 0;
      if (size < MIN_NODES) continue;
      const saving = (n - 1) * size;
      if (!best || saving > best.saving || (saving === best.saving && size > best.size)) best = { id, saving, size };
    }
    const value = best ? sample.get(best.id) : undefined;
    if (!best || !value) break;
    body = replaceShape(body, of, best.id, name);
    parts.push({ name, value });
  }
  return { body, parts };
}
