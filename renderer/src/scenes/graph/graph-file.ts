/**
 * The graph file: a versioned JSON document `{ type: 'gradient-lab.graph', version: 1, graph,
 * positions, meta }`. Loading validates everything (zod for the shape, the autodiff core for the
 * structure) and returns the reason for a refusal, so a foreign, corrupt or newer file never
 * replaces the graph on the canvas.
 */
import { z } from 'zod';
import type { Graph, GraphNode } from '$shared/autodiff/graph';
import { isNodeOp } from '$shared/autodiff/ops';
import { topologicalOrder } from '$shared/autodiff/topologicalOrder';
import type { Result } from '$shared/result';
import { err, ok } from '$shared/result';
import type { LocalizedText } from '$shared/text';
import { text } from '$shared/text';
import type { GraphDoc, XY } from './graph-doc';
import { layoutGraph } from './layout';
import { OPEN_SLOT } from './slots';
import { dict, own } from '$shared/dict';

// The app's CSP forbids eval, which zod's JIT would otherwise try (and log) on first use.
z.config({ jitless: true });

export const GRAPH_FILE_TYPE = 'gradient-lab.graph';
export const GRAPH_FILE_VERSION = 1;
/** Largest file accepted, in UTF-16 units (matches the IPC contract's 5 MB). */
export const MAX_GRAPH_FILE_CHARS = 5 * 1024 * 1024;
export const MAX_GRAPH_NODES = 5000;

const id = z.string().min(1).max(200);
const nodeSchema = z.object({
  id,
  op: z.string().min(1).max(40),
  inputs: z.array(z.union([id, z.literal(OPEN_SLOT)])).max(1000),
  name: z.string().max(200),
  value: z.number().optional(),
  symbol: z.string().max(200).optional(),
});
const xySchema = z.object({ x: z.number(), y: z.number() });
const fileSchema = z.object({
  type: z.literal(GRAPH_FILE_TYPE),
  version: z.literal(GRAPH_FILE_VERSION),
  graph: z.object({ nodes: z.array(nodeSchema).max(MAX_GRAPH_NODES) }),
  // Checked entry by entry below into a Map: zod's record copies keys into a plain object, where a
  // node id "__proto__" would set its prototype.
  positions: z.custom<object>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), { message: 'expected an object' }),
  meta: z.object({ title: z.string().max(500).optional(), savedAt: z.string().max(100).optional() }).loose().optional(),
});

/** Extra, non-graph information saved with a file. */
export interface GraphFileMeta {
  readonly title?: string;
  readonly savedAt?: string;
}

/** The file text for a document (pretty-printed; computed values and gradients are not saved). */
export function serializeGraphDoc(doc: GraphDoc, meta: GraphFileMeta = {}): string {
  const nodes = doc.graph.nodes.map((n) => {
    const out: Record<string, unknown> = { id: n.id, op: n.op, inputs: [...n.inputs], name: n.name };
    if (n.value !== undefined && ['input', 'param', 'const'].includes(n.op)) out.value = n.value;
    if (n.symbol !== undefined) out.symbol = n.symbol;
    return out;
  });
  return `${JSON.stringify({ type: GRAPH_FILE_TYPE, version: GRAPH_FILE_VERSION, graph: { nodes }, positions: doc.positions, meta }, null, 2)}\n`;
}

const refuse = (en: string, zh: string): Result<never, LocalizedText> => err(text(`This file cannot be opened: ${en}`, `无法打开此文件：${zh}`));

/** Parses and checks a graph file. The reason of a refusal is ready to show to the user. */
export function parseGraphFile(source: string): Result<GraphDoc, LocalizedText> {
  if (source.length > MAX_GRAPH_FILE_CHARS) return refuse('it is larger than 5 MB.', '文件超过 5 MB。');
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return refuse('it is not valid JSON (it may be damaged or not a graph file).', '它不是有效的 JSON（可能已损坏，或不是计算图文件）。');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return refuse('it is not a Gradient Lab graph.', '它不是 Gradient Lab 计算图文件。');
  }
  const head = data as { type?: unknown; version?: unknown };
  if (head.type !== GRAPH_FILE_TYPE) {
    const what = typeof head.type === 'string' ? `"${head.type.slice(0, 60)}"` : 'unknown';
    return refuse(`it is not a Gradient Lab graph (its type is ${what}).`, `它不是 Gradient Lab 计算图文件（类型为 ${what}）。`);
  }
  if (typeof head.version === 'number' && head.version > GRAPH_FILE_VERSION) {
    return refuse(
      `it was saved by a newer version of Gradient Lab (format ${head.version}). Please update the app.`,
      `它由更新版本的 Gradient Lab 保存（格式版本 ${head.version}）。请更新应用。`,
    );
  }
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined ? '' : issue.path.map(String).join('.');
    return refuse(`its content is malformed at "${where}" (${issue?.message ?? 'invalid'}).`, `其内容在 “${where}” 处格式错误（${issue?.message ?? 'invalid'}）。`);
  }
  const nodes: GraphNode[] = parsed.data.graph.nodes.map((n) => ({
    id: n.id,
    op: n.op as GraphNode['op'],
    inputs: n.inputs,
    name: n.name,
    ...(n.value === undefined ? {} : { value: n.value }),
    ...(n.symbol === undefined ? {} : { symbol: n.symbol }),
  }));
  const ids = new Set<string>();
  for (const n of nodes) {
    if (!isNodeOp(n.op)) return refuse(`node "${n.name}" uses an unknown operation "${n.op}".`, `节点 “${n.name}” 使用了未知的运算 “${n.op}”。`);
    if (ids.has(n.id)) return refuse(`two nodes share the id "${n.id}".`, `有两个节点使用了相同的标识 “${n.id}”。`);
    ids.add(n.id);
  }
  for (const n of nodes) {
    const bad = n.inputs.find((i) => i !== OPEN_SLOT && !ids.has(i));
    if (bad !== undefined) return refuse(`node "${n.name}" reads "${bad}", which is not in the file.`, `节点 “${n.name}” 读取的 “${bad}” 不在文件中。`);
  }
  const graph: Graph = { nodes };
  const order = topologicalOrder(graph);
  if (!order.ok) return refuse(order.error.message.en, order.error.message['zh-CN']);
  // Positions are a convenience: any node without one (or a stray entry) is laid out afresh.
  const given = new Map<string, XY>();
  for (const [key, value] of Object.entries(parsed.data.positions)) {
    const p = xySchema.safeParse(value);
    if (!p.success) return refuse(`its content is malformed at "positions.${key.slice(0, 60)}" (expected x and y numbers).`, `其内容在 "positions.${key.slice(0, 60)}" 处格式错误（应为 x、y 数值）。`);
    given.set(key, p.data);
  }
  const needLayout = nodes.some((n) => !given.has(n.id));
  const auto = needLayout ? layoutGraph(graph) : dict<XY>();
  const positions = dict<XY>();
  for (const n of nodes) positions[n.id] = given.get(n.id) ?? own(auto, n.id) ?? { x: 0, y: 0 };
  return ok({ graph, positions });
}
