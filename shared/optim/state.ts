/**
 * Optimizer state: plain data, never mutated — every step returns a new state with new arrays, so
 * a trajectory can keep every state for "explain this step" and undo.
 * `t` counts steps taken; `lastUpdate` is θ_t − θ_{t−1} (zeros before the first step).
 */
export type OptimizerState =
  | { readonly kind: 'gd'; readonly params: Float64Array; readonly t: number; readonly lastUpdate: Float64Array }
  | { readonly kind: 'momentum' | 'nesterov'; readonly params: Float64Array; readonly t: number; readonly lastUpdate: Float64Array; readonly velocity: Float64Array }
  | { readonly kind: 'adagrad'; readonly params: Float64Array; readonly t: number; readonly lastUpdate: Float64Array; readonly sumSquares: Float64Array }
  | { readonly kind: 'rmsprop'; readonly params: Float64Array; readonly t: number; readonly lastUpdate: Float64Array; readonly meanSquare: Float64Array }
  | { readonly kind: 'adam'; readonly params: Float64Array; readonly t: number; readonly lastUpdate: Float64Array; readonly m: Float64Array; readonly v: Float64Array };
