/**
 * The forward sweep over a graph (DESIGN.md §5, tensorflow/playground style: forward, backward and
 * update are separate so the UI can animate each phase). Non-finite values are not errors of the
 * graph: they are reported as issues at the node where they first appear, with an explanation.
 */
import type { LocalizedText } from '../text';
import { text } from '../text';
import type { Result } from '../result';
import { err, ok } from '../result';
import type { GraphError } from './errors';
import { formatNumber } from './formatNumber';
import type { Graph, GraphNode } from './graph';
import { isLeafOp, nodeMap } from './graph';
import type { NodeOp } from './ops';
import { opSpec } from './ops';
import { validateGraph } from './validateGraph';
import { dictFrom } from '../dict';

/** One node evaluation, in evaluation order (leaves included, with no inputs). */
export interface ForwardStep {
  readonly nodeId: string;
  readonly op: NodeOp;
  readonly inputIds: readonly string[];
  readonly inputValues: readonly number[];
  readonly value: number;
}

export type IssueKind = 'divisionByZero' | 'domain' | 'infinite' | 'nonFiniteInput';

/** A node whose value became non-finite although its inputs were finite (where trouble starts). */
export interface NodeIssue {
  readonly nodeId: string;
  readonly kind: IssueKind;
  readonly message: LocalizedText;
}

export interface ForwardValues {
  /** Evaluation order of all nodes. */
  readonly order: readonly string[];
  /** Value of every node, keyed by id (NaN/±Infinity possible; see `issues`). */
  readonly values: Readonly<Record<string, number>>;
  /** Where non-finite values originate, in evaluation order; empty when all values are finite. */
  readonly issues: readonly NodeIssue[];
}

export interface ForwardTrace extends ForwardValues {
  readonly steps: readonly ForwardStep[];
}

export type ForwardResult = Result<ForwardValues, readonly GraphError[]>;

function describe(node: GraphNode, args: readonly number[]): string {
  const a = args.map(formatNumber);
  const spec = opSpec(node.op);
  const infix = spec !== undefined && spec.arity === 2 && ['add', 'sub', 'mul', 'div', 'pow'].includes(node.op);
  const rhs = infix ? `${a[0] ?? ''} ${spec.symbol} ${a[1] ?? ''}` : `${spec?.symbol ?? node.op}(${a.join(', ')})`;
  return `${node.name} = ${rhs}`;
}

function issueFor(node: GraphNode, args: readonly number[], value: number): NodeIssue {
  const what = describe(node, args);
  if (node.op === 'div' && args[1] === 0) {
    return {
      nodeId: node.id,
      kind: 'divisionByZero',
      message: text(`Division by zero at ${node.name}: ${what}.`, `${node.name} 处除以零：${what}。`),
    };
  }
  if (Number.isNaN(value)) {
    return {
      nodeId: node.id,
      kind: 'domain',
      message: text(
        `${what} is undefined: the input is outside the domain of ${opSpec(node.op)?.symbol ?? node.op}.`,
        `${what} 无定义：输入超出了 ${opSpec(node.op)?.symbol ?? node.op} 的定义域。`,
      ),
    };
  }
  return {
    nodeId: node.id,
    kind: 'infinite',
    message: text(`${what} is infinite (a pole or an overflow).`, `${what} 为无穷大（极点或数值溢出）。`),
  };
}

/** Shared by `forward` and `forwardTrace`; `steps` is filled only when asked for. */
function run(
  graph: Graph,
  inputs: Readonly<Record<string, number>> | undefined,
  steps: ForwardStep[] | undefined,
): Result<ForwardValues, readonly GraphError[]> {
  const valid = validateGraph(graph, inputs);
  if (!valid.ok) return err(valid.error);
  const byId = nodeMap(graph);
  const values = new Map<string, number>();
  const issues: NodeIssue[] = [];
  for (const id of valid.value.order) {
    const node = byId.get(id);
    if (node === undefined) continue;
    if (isLeafOp(node.op)) {
      const given = node.op !== 'const' && inputs !== undefined && Object.hasOwn(inputs, id) ? inputs[id] : undefined;
      const value = given ?? node.value ?? Number.NaN;
      values.set(id, value);
      if (!Number.isFinite(value)) {
        issues.push({
          nodeId: id,
          kind: 'nonFiniteInput',
          message: text(`${node.name} has a non-finite value (${formatNumber(value)}).`, `${node.name} 的取值不是有限数（${formatNumber(value)}）。`),
        });
      }
      steps?.push({ nodeId: id, op: node.op, inputIds: [], inputValues: [], value });
      continue;
    }
    const spec = opSpec(node.op);
    const args = node.inputs.map((i) => values.get(i) ?? Number.NaN);
    const value = spec === undefined ? Number.NaN : spec.eval(args);
    values.set(id, value);
    if (!Number.isFinite(value) && args.every(Number.isFinite)) {
      issues.push(issueFor(node, args, value));
    }
    steps?.push({ nodeId: id, op: node.op, inputIds: [...node.inputs], inputValues: args, value });
  }
  return ok({ order: valid.value.order, values: dictFrom(values), issues });
}

/**
 * Values of every node. `inputs` (keyed by node id) override the stored values of 'input' and
 * 'param' leaves. Structural problems (cycles, missing inputs, …) are returned as errors; a
 * non-finite value is not an error but an entry in `issues` explaining where it started.
 */
export function forward(graph: Graph, inputs?: Readonly<Record<string, number>>): ForwardResult {
  return run(graph, inputs, undefined);
}

/** Like `forward`, plus the ordered list of node evaluations for the forward animation. */
export function forwardTrace(
  graph: Graph,
  inputs?: Readonly<Record<string, number>>,
): Result<ForwardTrace, readonly GraphError[]> {
  const steps: ForwardStep[] = [];
  const result = run(graph, inputs, steps);
  return result.ok ? ok({ ...result.value, steps }) : result;
}
