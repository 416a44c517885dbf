/**
 * The node palette: what each item adds to the graph. Ids and display names are chosen so they
 * never collide with existing nodes (x₁, x₂ … for inputs, w₁ … for parameters, u₁ … for
 * operations, as on the board). The composite neuron is built from existing ops (two products,
 * a Σ with a bias and a σ) so the autodiff core needs no special op and the chain rule stays
 * visible inside it.
 */
import type { Graph, GraphNode } from '$shared/autodiff/graph';
import { subscript } from '$shared/autodiff/displayName';
import type { NodeOp } from '$shared/autodiff/ops';
import type { XY } from './graph-doc';
import { OPEN_SLOT } from './slots';

export type PaletteKind =
  | 'input' | 'param' | 'const'
  | 'add' | 'sub' | 'mul' | 'div' | 'pow'
  | 'exp' | 'ln' | 'sin' | 'cos' | 'tanh' | 'sigmoid' | 'relu' | 'square'
  | 'halfSquaredError' | 'bce' | 'neuron';

export interface PaletteItem {
  readonly kind: PaletteKind;
  /** What the palette button shows. */
  readonly symbol: string;
  readonly group: 'leaf' | 'arithmetic' | 'function' | 'loss' | 'composite';
}

export const PALETTE: readonly PaletteItem[] = [
  { kind: 'input', symbol: 'x', group: 'leaf' },
  { kind: 'param', symbol: 'w', group: 'leaf' },
  { kind: 'const', symbol: 'c', group: 'leaf' },
  { kind: 'add', symbol: '+', group: 'arithmetic' },
  { kind: 'sub', symbol: '−', group: 'arithmetic' },
  { kind: 'mul', symbol: '×', group: 'arithmetic' },
  { kind: 'div', symbol: '÷', group: 'arithmetic' },
  { kind: 'pow', symbol: 'aᵇ', group: 'arithmetic' },
  { kind: 'square', symbol: 'a²', group: 'arithmetic' },
  { kind: 'exp', symbol: 'exp', group: 'function' },
  { kind: 'ln', symbol: 'ln', group: 'function' },
  { kind: 'sin', symbol: 'sin', group: 'function' },
  { kind: 'cos', symbol: 'cos', group: 'function' },
  { kind: 'tanh', symbol: 'tanh', group: 'function' },
  { kind: 'sigmoid', symbol: 'σ', group: 'function' },
  { kind: 'relu', symbol: 'ReLU', group: 'function' },
  { kind: 'halfSquaredError', symbol: '½(ŷ−y)²', group: 'loss' },
  { kind: 'bce', symbol: 'BCE', group: 'loss' },
  { kind: 'neuron', symbol: 'σ(w·x+b)', group: 'composite' },
];

export function isPaletteKind(s: string): s is PaletteKind {
  return PALETTE.some((p) => p.kind === s);
}

/** Smallest k ≥ 1 such that `make(k)` is not in `taken`. */
function firstFree(taken: ReadonlySet<string>, make: (k: number) => string): string {
  for (let k = 1; ; k++) if (!taken.has(make(k))) return make(k);
}

/** Allocates fresh ids and names against a graph, including nodes allocated earlier in the batch. */
class Allocator {
  private readonly ids: Set<string>;
  private readonly names: Set<string>;
  constructor(graph: Graph) {
    this.ids = new Set(graph.nodes.map((n) => n.id));
    this.names = new Set(graph.nodes.map((n) => n.name));
  }
  id(): string {
    const id = firstFree(this.ids, (k) => `n${k}`);
    this.ids.add(id);
    return id;
  }
  name(letter: string): string {
    const name = firstFree(this.names, (k) => `${letter}${subscript(k)}`);
    this.names.add(name);
    return name;
  }
  exact(name: string, letter: string): string {
    if (this.names.has(name)) return this.name(letter);
    this.names.add(name);
    return name;
  }
}

export interface Insertion {
  readonly nodes: readonly GraphNode[];
  readonly positions: Readonly<Record<string, XY>>;
}

const open = (n: number): string[] => Array.from({ length: n }, () => OPEN_SLOT);

/**
 * The nodes a palette item adds at `at` (flow coordinates of the drop point), with fresh ids
 * and names. Leaves get a starting value (input 1, parameter 0.5, constant 1) so a new graph
 * can run as soon as it is connected.
 */
export function paletteInsertion(kind: PaletteKind, graph: Graph, at: XY): Insertion {
  const a = new Allocator(graph);
  const one = (node: GraphNode): Insertion => ({ nodes: [node], positions: { [node.id]: at } });
  switch (kind) {
    case 'input':
      return one({ id: a.id(), op: 'input', inputs: [], name: a.name('x'), value: 1 });
    case 'param':
      return one({ id: a.id(), op: 'param', inputs: [], name: a.name('w'), value: 0.5 });
    case 'const':
      return one({ id: a.id(), op: 'const', inputs: [], name: a.name('c'), value: 1 });
    case 'halfSquaredError':
    case 'bce':
      return one({ id: a.id(), op: kind, inputs: open(2), name: a.exact('L', 'L') });
    case 'neuron': {
      const [w1, w2, b, m1, m2, z, out] = [a.id(), a.id(), a.id(), a.id(), a.id(), a.id(), a.id()] as const;
      const nodes: GraphNode[] = [
        { id: w1, op: 'param', inputs: [], name: a.name('w'), value: 0.5 },
        { id: w2, op: 'param', inputs: [], name: a.name('w'), value: -0.5 },
        { id: b, op: 'param', inputs: [], name: a.name('b'), value: 0 },
        { id: m1, op: 'mul', inputs: [w1, OPEN_SLOT], name: a.name('u') },
        { id: m2, op: 'mul', inputs: [w2, OPEN_SLOT], name: a.name('u') },
        { id: z, op: 'sum', inputs: [m1, m2, b], name: a.name('z') },
        { id: out, op: 'sigmoid', inputs: [z], name: a.name('a') },
      ];
      const p = (dx: number, dy: number): XY => ({ x: at.x + dx, y: at.y + dy });
      return {
        nodes,
        positions: { [w1]: p(0, 0), [w2]: p(0, 110), [b]: p(0, 220), [m1]: p(190, 0), [m2]: p(190, 110), [z]: p(380, 90), [out]: p(570, 90) },
      };
    }
    default: {
      const op: NodeOp = kind;
      const arity = op === 'add' || op === 'sub' || op === 'mul' || op === 'div' || op === 'pow' ? 2 : 1;
      return one({ id: a.id(), op, inputs: open(arity), name: a.name('u') });
    }
  }
}
