/**
 * What a node on the canvas may ask the scene to do (edit its value, rename it). Passed by Svelte
 * context because xyflow renders node components itself and only hands them their data.
 */
import { getContext, setContext } from 'svelte';
import type { LocalizedText } from '$shared/text';

export interface NodeActions {
  /** Sets a leaf's value; returns the refusal message, if any. */
  setValue(id: string, value: number): LocalizedText | null;
  rename(id: string, name: string): LocalizedText | null;
  /** Formats a number for display (locale-independent, 6 significant digits, ∞ and NaN visible). */
  format(x: number): string;
}

const KEY = Symbol('graph-node-actions');

export function provideNodeActions(actions: NodeActions): void {
  setContext(KEY, actions);
}

export function useNodeActions(): NodeActions {
  const a = getContext<NodeActions | undefined>(KEY);
  if (a === undefined) throw new Error('useNodeActions() must be used inside GraphScene (provideNodeActions provides it).');
  return a;
}
