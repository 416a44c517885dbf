import type { OptimizerConfig } from './config';
import type { OptimizerState } from './state';

/** Gradient component i, NaN when missing (so a short gradient shows up as divergence, not a crash). */
const gi = (grad: ArrayLike<number>, i: number): number => (i < grad.length ? (grad[i] ?? Number.NaN) : Number.NaN);

/** Fresh state at `params` (copied) with zeroed accumulators. */
export function init(params: ArrayLike<number>, config: OptimizerConfig): OptimizerState {
  const p = Float64Array.from(params);
  const n = p.length;
  const z = (): Float64Array => new Float64Array(n);
  switch (config.kind) {
    case 'gd':
      return { kind: 'gd', params: p, t: 0, lastUpdate: z() };
    case 'momentum':
    case 'nesterov':
      return { kind: config.kind, params: p, t: 0, lastUpdate: z(), velocity: z() };
    case 'adagrad':
      return { kind: 'adagrad', params: p, t: 0, lastUpdate: z(), sumSquares: z() };
    case 'rmsprop':
      return { kind: 'rmsprop', params: p, t: 0, lastUpdate: z(), meanSquare: z() };
    case 'adam':
      return { kind: 'adam', params: p, t: 0, lastUpdate: z(), m: z(), v: z() };
  }
}

/**
 * One update with the gradient `grad` evaluated at `state.params`, using `config.lr` as this
 * step's learning rate (a schedule varies it). Pure: `state` and `grad` are not modified.
 * If `config.kind` differs from `state.kind` (the user switched optimizer mid-run) the new
 * optimizer starts from the current point with fresh accumulators.
 *
 * Rules (g = gradient, η = lr):
 * - gd:        θ ← θ − η g
 * - momentum:  v ← β v + g;  θ ← θ − η v              (heavy ball, PyTorch form)
 * - nesterov:  v ← β v + g;  θ ← θ − η (g + β v)      (Sutskever's NAG rewritten so g is taken at θ;
 *              the iterates are classic NAG's look-ahead points θ + β v_classic)
 * - adagrad:   G ← G + g²;   θ ← θ − η g / (√G + ε)
 * - rmsprop:   S ← ρ S + (1−ρ) g²;  θ ← θ − η g / (√S + ε)
 * - adam:      m ← β1 m + (1−β1) g;  v ← β2 v + (1−β2) g²;  m̂ = m/(1−β1ᵗ), v̂ = v/(1−β2ᵗ);
 *              θ ← θ − η m̂ / (√v̂ + ε)   (t counts from 1; the first step is ≈ η·sign(g))
 */
export function step(state: OptimizerState, grad: ArrayLike<number>, config: OptimizerConfig): OptimizerState {
  const s = state.kind === config.kind ? state : init(state.params, config);
  const n = s.params.length;
  const params = new Float64Array(n);
  const update = new Float64Array(n);
  const t = s.t + 1;
  const apply = (i: number, u: number): void => {
    update[i] = u;
    params[i] = (s.params[i] ?? 0) + u;
  };
  switch (config.kind) {
    case 'gd': {
      for (let i = 0; i < n; i++) apply(i, -config.lr * gi(grad, i));
      return { kind: 'gd', params, t, lastUpdate: update };
    }
    case 'momentum':
    case 'nesterov': {
      const prev = s.kind === 'momentum' || s.kind === 'nesterov' ? s.velocity : new Float64Array(n);
      const velocity = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const g = gi(grad, i);
        const v = config.beta * (prev[i] ?? 0) + g;
        velocity[i] = v;
        apply(i, config.kind === 'momentum' ? -config.lr * v : -config.lr * (g + config.beta * v));
      }
      return { kind: config.kind, params, t, lastUpdate: update, velocity };
    }
    case 'adagrad': {
      const prev = s.kind === 'adagrad' ? s.sumSquares : new Float64Array(n);
      const sumSquares = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const g = gi(grad, i);
        const G = (prev[i] ?? 0) + g * g;
        sumSquares[i] = G;
        apply(i, (-config.lr * g) / (Math.sqrt(G) + config.epsilon));
      }
      return { kind: 'adagrad', params, t, lastUpdate: update, sumSquares };
    }
    case 'rmsprop': {
      const prev = s.kind === 'rmsprop' ? s.meanSquare : new Float64Array(n);
      const meanSquare = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const g = gi(grad, i);
        const S = config.rho * (prev[i] ?? 0) + (1 - config.rho) * g * g;
        meanSquare[i] = S;
        apply(i, (-config.lr * g) / (Math.sqrt(S) + config.epsilon));
      }
      return { kind: 'rmsprop', params, t, lastUpdate: update, meanSquare };
    }
    case 'adam': {
      const prevM = s.kind === 'adam' ? s.m : new Float64Array(n);
      const prevV = s.kind === 'adam' ? s.v : new Float64Array(n);
      const m = new Float64Array(n);
      const v = new Float64Array(n);
      const c1 = 1 - Math.pow(config.beta1, t);
      const c2 = 1 - Math.pow(config.beta2, t);
      for (let i = 0; i < n; i++) {
        const g = gi(grad, i);
        const mi = config.beta1 * (prevM[i] ?? 0) + (1 - config.beta1) * g;
        const vi = config.beta2 * (prevV[i] ?? 0) + (1 - config.beta2) * g * g;
        m[i] = mi;
        v[i] = vi;
        apply(i, (-config.lr * (mi / c1)) / (Math.sqrt(vi / c2) + config.epsilon));
      }
      return { kind: 'adam', params, t, lastUpdate: update, m, v };
    }
  }
}
