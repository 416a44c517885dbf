/**
 * Every change to the canvas document as data (DESIGN.md §5, xyflow style): a tagged union
 * applied by one pure function. The canvas never mutates the graph directly, so undo/redo is a
 * stack of documents and every edit is testable without a DOM. Refusals (a cycle, a leaf as a
 * target, a value that is not a number) come back as bilingual messages; the document is untouched.
 */
import type { GraphNode } from '$shared/autodiff/graph';
import { getNode, isLeafOp, updateNode } from '$shared/autodiff/graph';
import { topologicalOrder } from '$shared/autodiff/topologicalOrder';
import type { Result } from '$shared/result';
import { err, ok } from '$shared/result';
import type { LocalizedText } from '$shared/text';
import { text } from '$shared/text';
import type { GraphDoc, XY } from './graph-doc';
import { OPEN_SLOT, isVariadic, slotCount } from './slots';
import { dictFrom, own } from '$shared/dict';

export type GraphEdit =
  /** Adds nodes (one palette item, or a composite such as a neuron) at the given positions. */
  | { readonly kind: 'addNodes'; readonly nodes: readonly GraphNode[]; readonly positions: Readonly<Record<string, XY>> }
  /** Removes nodes; the slots they fed become open (Σ just loses the term). */
  | { readonly kind: 'removeNodes'; readonly ids: readonly string[] }
  /** Feeds `source` into input slot `slot` of `target` (replacing what was there). */
  | { readonly kind: 'connect'; readonly source: string; readonly target: string; readonly slot: number }
  /** Opens input slot `slot` of `target`. */
  | { readonly kind: 'disconnect'; readonly target: string; readonly slot: number }
  /** Sets leaf values (inline editing, or a training update of several parameters at once). */
  | { readonly kind: 'setValues'; readonly values: Readonly<Record<string, number>> }
  | { readonly kind: 'rename'; readonly id: string; readonly name: string }
  | { readonly kind: 'move'; readonly positions: Readonly<Record<string, XY>> }
  /** A whole new document: a template, a typed formula, a loaded file, an automatic layout. */
  | { readonly kind: 'replaceGraph'; readonly doc: GraphDoc };

/** Longest display name accepted, in UTF-16 units (names are labels like "w₁", not prose). */
export const MAX_NAME_LENGTH = 24;

const missing = (id: string): LocalizedText => text(`There is no node "${id}".`, `没有节点 “${id}”。`);

function connect(doc: GraphDoc, source: string, target: string, slot: number): Result<GraphDoc, LocalizedText> {
  const from = getNode(doc.graph, source);
  const to = getNode(doc.graph, target);
  if (from === undefined) return err(missing(source));
  if (to === undefined) return err(missing(target));
  if (isLeafOp(to.op)) {
    return err(text(`${to.name} is a leaf (${to.op}): it has no inputs to connect to.`, `${to.name} 是叶子节点（${to.op}），没有可以连接的输入。`));
  }
  if (source === target) {
    return err(text(`${to.name} cannot read its own value: that would be a cycle.`, `${to.name} 不能读取自己的值：这会形成环。`));
  }
  const count = slotCount(to);
  if (!Number.isInteger(slot) || slot < 0 || slot >= count) {
    return err(text(`${to.name} has no input number ${slot + 1}.`, `${to.name} 没有第 ${slot + 1} 个输入。`));
  }
  const inputs = [...to.inputs];
  while (inputs.length <= slot) inputs.push(OPEN_SLOT);
  inputs[slot] = source;
  const graph = updateNode(doc.graph, target, (n) => ({ ...n, inputs }));
  const order = topologicalOrder(graph);
  if (!order.ok) {
    return err(text(
      `Not connected: ${from.name} → ${to.name} would close a loop. ${order.error.message.en}`,
      `未连接：${from.name} → ${to.name} 会形成闭环。${order.error.message['zh-CN']}`,
    ));
  }
  return ok({ ...doc, graph });
}

function disconnect(doc: GraphDoc, target: string, slot: number): Result<GraphDoc, LocalizedText> {
  const to = getNode(doc.graph, target);
  if (to === undefined) return err(missing(target));
  if (slot < 0 || slot >= to.inputs.length) return ok(doc);
  const inputs = isVariadic(to)
    ? to.inputs.filter((_, i) => i !== slot)
    : to.inputs.map((id, i) => (i === slot ? OPEN_SLOT : id));
  return ok({ ...doc, graph: updateNode(doc.graph, target, (n) => ({ ...n, inputs })) });
}

function removeNodes(doc: GraphDoc, ids: readonly string[]): GraphDoc {
  const gone = new Set(ids);
  const nodes = doc.graph.nodes
    .filter((n) => !gone.has(n.id))
    .map((n) => {
      if (!n.inputs.some((i) => gone.has(i))) return n;
      const inputs = isVariadic(n) ? n.inputs.filter((i) => !gone.has(i)) : n.inputs.map((i) => (gone.has(i) ? OPEN_SLOT : i));
      return { ...n, inputs };
    });
  const positions = dictFrom(Object.entries(doc.positions).filter(([id]) => !gone.has(id)));
  return { graph: { nodes }, positions };
}

function setValues(doc: GraphDoc, values: Readonly<Record<string, number>>): Result<GraphDoc, LocalizedText> {
  let graph = doc.graph;
  for (const [id, value] of Object.entries(values)) {
    const node = getNode(graph, id);
    if (node === undefined) return err(missing(id));
    if (!isLeafOp(node.op)) {
      return err(text(`${node.name} is computed from its inputs; only inputs, parameters and constants take a value.`, `${node.name} 由输入计算得出；只有输入、参数和常数可以赋值。`));
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return err(text(`${node.name} needs a finite number.`, `${node.name} 需要一个有限的数。`));
    }
    if (node.value !== value) graph = updateNode(graph, id, (n) => ({ ...n, value }));
  }
  // Unchanged values give back the same document, so history records no empty step.
  return ok(graph === doc.graph ? doc : { ...doc, graph });
}

function rename(doc: GraphDoc, id: string, name: string): Result<GraphDoc, LocalizedText> {
  const trimmed = name.trim();
  if (getNode(doc.graph, id) === undefined) return err(missing(id));
  if (trimmed === '' || trimmed.length > MAX_NAME_LENGTH) {
    return err(text(`A name needs 1 to ${MAX_NAME_LENGTH} characters.`, `名称长度应为 1 到 ${MAX_NAME_LENGTH} 个字符。`));
  }
  if (getNode(doc.graph, id)?.name === trimmed) return ok(doc);
  return ok({ ...doc, graph: updateNode(doc.graph, id, (n) => ({ ...n, name: trimmed })) });
}

/**
 * Applies one edit. Returns the new document, or why the edit is refused (the input document is
 * never modified either way).
 */
export function applyEdit(doc: GraphDoc, edit: GraphEdit): Result<GraphDoc, LocalizedText> {
  switch (edit.kind) {
    case 'addNodes': {
      const taken = new Set(doc.graph.nodes.map((n) => n.id));
      for (const n of edit.nodes) {
        if (taken.has(n.id)) return err(text(`A node with id "${n.id}" already exists.`, `标识为 “${n.id}” 的节点已存在。`));
        taken.add(n.id);
      }
      const positions = dictFrom(Object.entries(doc.positions));
      for (const n of edit.nodes) positions[n.id] = own(edit.positions, n.id) ?? { x: 0, y: 0 };
      return ok({ graph: { nodes: [...doc.graph.nodes, ...edit.nodes] }, positions });
    }
    case 'removeNodes':
      return ok(removeNodes(doc, edit.ids));
    case 'connect':
      return connect(doc, edit.source, edit.target, edit.slot);
    case 'disconnect':
      return disconnect(doc, edit.target, edit.slot);
    case 'setValues':
      return setValues(doc, edit.values);
    case 'rename':
      return rename(doc, edit.id, edit.name);
    case 'move': {
      const positions = dictFrom(Object.entries(doc.positions));
      let changed = false;
      for (const [id, p] of Object.entries(edit.positions)) {
        const old = own(doc.positions, id);
        if (getNode(doc.graph, id) === undefined || !Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
        if (old !== undefined && old.x === p.x && old.y === p.y) continue;
        positions[id] = p;
        changed = true;
      }
      return ok(changed ? { ...doc, positions } : doc);
    }
    case 'replaceGraph':
      return ok(edit.doc);
  }
}

/** Applies edits in order, stopping at the first refusal. */
export function applyEdits(doc: GraphDoc, edits: readonly GraphEdit[]): Result<GraphDoc, LocalizedText> {
  let current = doc;
  for (const e of edits) {
    const r = applyEdit(current, e);
    if (!r.ok) return r;
    current = r.value;
  }
  return ok(current);
}
