/**
 * Structural problems of a graph, as values (never thrown), each with a bilingual message that
 * names the node at fault so the canvas can highlight it.
 */
import type { LocalizedText } from '../text';
import { text } from '../text';

export type GraphError =
  | { readonly kind: 'cycle'; readonly nodeIds: readonly string[]; readonly message: LocalizedText }
  | { readonly kind: 'duplicateId'; readonly nodeId: string; readonly message: LocalizedText }
  | { readonly kind: 'unknownOp'; readonly nodeId: string; readonly op: string; readonly message: LocalizedText }
  | {
      readonly kind: 'arity';
      readonly nodeId: string;
      readonly expected: number | 'variadic';
      readonly actual: number;
      readonly message: LocalizedText;
    }
  | {
      readonly kind: 'missingInput';
      readonly nodeId: string;
      /** The id the node refers to that does not exist, or '' for an unconnected slot. */
      readonly inputId: string;
      readonly message: LocalizedText;
    }
  | { readonly kind: 'missingValue'; readonly nodeId: string; readonly message: LocalizedText }
  | { readonly kind: 'unknownNode'; readonly nodeId: string; readonly message: LocalizedText }
  | { readonly kind: 'unknownVariable'; readonly name: string; readonly message: LocalizedText };

/** A cycle through these nodes (in edge order, the first repeated implicitly at the end). */
export const cycleError = (nodeIds: readonly string[], names: readonly string[]): GraphError => ({
  kind: 'cycle',
  nodeIds,
  message: text(
    `The graph has a cycle: ${[...names, names[0] ?? ''].join(' → ')}. A computational graph must flow one way.`,
    `图中存在环：${[...names, names[0] ?? ''].join(' → ')}。计算图中的数据必须单向流动。`,
  ),
});

export const duplicateIdError = (nodeId: string): GraphError => ({
  kind: 'duplicateId',
  nodeId,
  message: text(`Two nodes share the id "${nodeId}".`, `有两个节点使用了相同的标识“${nodeId}”。`),
});

export const unknownOpError = (nodeId: string, name: string, op: string): GraphError => ({
  kind: 'unknownOp',
  nodeId,
  op,
  message: text(`${name} uses an unknown operation "${op}".`, `${name} 使用了未知的运算“${op}”。`),
});

export const arityError = (nodeId: string, name: string, expected: number | 'variadic', actual: number): GraphError => ({
  kind: 'arity',
  nodeId,
  expected,
  actual,
  message:
    expected === 'variadic'
      ? text(`${name} needs at least one input.`, `${name} 至少需要一个输入。`)
      : text(
          `${name} takes ${expected} input${expected === 1 ? '' : 's'} but has ${actual}.`,
          `${name} 需要 ${expected} 个输入，但连接了 ${actual} 个。`,
        ),
});

export const missingInputError = (nodeId: string, name: string, inputId: string): GraphError => ({
  kind: 'missingInput',
  nodeId,
  inputId,
  message:
    inputId === ''
      ? text(`${name} has an unconnected input, so it cannot be computed.`, `${name} 有未连接的输入，因此无法计算。`)
      : text(
          `${name} reads "${inputId}", which is not in the graph, so it cannot be computed.`,
          `${name} 读取的“${inputId}”不在图中，因此无法计算。`,
        ),
});

export const missingValueError = (nodeId: string, name: string): GraphError => ({
  kind: 'missingValue',
  nodeId,
  message: text(`${name} has no value: give it one before running the graph.`, `${name} 没有取值：请先为它赋值再运行计算图。`),
});

export const unknownNodeError = (nodeId: string): GraphError => ({
  kind: 'unknownNode',
  nodeId,
  message: text(`There is no node "${nodeId}" in the graph.`, `图中没有节点“${nodeId}”。`),
});

export const unknownVariableError = (name: string): GraphError => ({
  kind: 'unknownVariable',
  name,
  message: text(
    `The formula uses "${name}", which is not among the variables.`,
    `公式中用到了“${name}”，但它不在变量列表中。`,
  ),
});
