/**
 * Screen-reader names of the canvas's nodes and edges, in the UI language and with the nodes'
 * display names (ŷ, u₄) — xyflow's own default reads the internal ids ("Edge from n1 to yhat").
 * Applied on top of flow-mapping's output, keeping every object whose name did not change, so
 * the identity reuse that keeps large graphs cheap survives.
 */
import type { Edge, Node } from '@xyflow/svelte';
import type { OpNodeData } from './flow-mapping';
import type { graphMessagesEn } from './graph-messages';
import { slotOfHandle } from './slots';

type GraphKey = keyof typeof graphMessagesEn;
/** The shell's `t`, narrowed to the graph's keys (so a test can pass its own table). */
export type Translate = (key: GraphKey, params?: Readonly<Record<string, string | number>>) => string;

/** "Node ŷ (σ)", "Node w₁ (parameter)". */
export function nodeAriaLabel(data: Pick<OpNodeData, 'name' | 'role' | 'symbol'>, t: Translate): string {
  const kind = data.role === 'input' || data.role === 'param' || data.role === 'const' ? t(`graph.flow.kind.${data.role}`) : data.symbol;
  return t('graph.flow.nodeAria', { name: data.name, kind });
}

/** "Edge from u₁ to ŷ, input 2"; a bundled fan: "12 edges into Σ". */
export function edgeAriaLabel(edge: Pick<Edge, 'source' | 'target' | 'targetHandle' | 'data'>, names: ReadonlyMap<string, string>, t: Translate): string {
  const to = names.get(edge.target) ?? edge.target;
  const count = (edge.data as { count?: unknown } | undefined)?.count;
  if (typeof count === 'number') return t('graph.flow.bundleAria', { count, to });
  const from = names.get(edge.source) ?? edge.source;
  const slot = slotOfHandle(edge.targetHandle);
  return t('graph.flow.edgeAria', { from, to, n: (slot ?? 0) + 1 });
}

/**
 * `list` with `ariaLabel` set from `label`; unchanged objects (and the array, if none changed) are
 * kept. `known` holds the objects already named under the current names and language: they are
 * skipped without building their label, so an animation step names only the few objects it
 * rebuilt. The caller starts a new set whenever what the labels read changes (language, names).
 */
export function withAriaLabels<T extends Node | Edge>(list: T[], label: (item: T) => string, known?: WeakSet<T>): T[] {
  let out: T[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const item = list[i] as T;
    if (known?.has(item)) continue;
    const want = label(item);
    if (item.ariaLabel === want) {
      known?.add(item);
      continue;
    }
    out ??= list.slice();
    const named = { ...item, ariaLabel: want };
    known?.add(named);
    out[i] = named;
  }
  return out ?? list;
}
