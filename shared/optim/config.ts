import type { Result } from '../result';
import { err, ok } from '../result';
import type { LocalizedText } from '../text';
import { text } from '../text';

/** The optimizers the walker offers. */
export type OptimizerKind = 'gd' | 'momentum' | 'nesterov' | 'adagrad' | 'rmsprop' | 'adam';

/**
 * Each optimizer's hyper-parameters. `lr` is the learning rate η (> 0); the update rules are in
 * each optimizer's file. Unitless β/ρ ∈ [0, 1), ε > 0 guards the division by √(accumulator).
 */
export type OptimizerConfig =
  | { readonly kind: 'gd'; readonly lr: number }
  | { readonly kind: 'momentum'; readonly lr: number; readonly beta: number }
  | { readonly kind: 'nesterov'; readonly lr: number; readonly beta: number }
  | { readonly kind: 'adagrad'; readonly lr: number; readonly epsilon: number }
  | { readonly kind: 'rmsprop'; readonly lr: number; readonly rho: number; readonly epsilon: number }
  | { readonly kind: 'adam'; readonly lr: number; readonly beta1: number; readonly beta2: number; readonly epsilon: number };

/**
 * Standard defaults: momentum/Nesterov β = 0.9 (Sutskever et al. 2013); AdaGrad ε = 1e-10 and
 * lr 0.01 (PyTorch); RMSProp ρ = 0.9 (Hinton's lecture 6e, Keras), lr 0.001, ε = 1e-8; Adam
 * lr 0.001, β1 = 0.9, β2 = 0.999, ε = 1e-8 (Kingma & Ba 2015). Plain GD has no standard rate;
 * 0.1 suits the app's O(1)-scaled presets.
 */
export function defaultConfig(kind: OptimizerKind): OptimizerConfig {
  switch (kind) {
    case 'gd':
      return { kind, lr: 0.1 };
    case 'momentum':
      return { kind, lr: 0.01, beta: 0.9 };
    case 'nesterov':
      return { kind, lr: 0.01, beta: 0.9 };
    case 'adagrad':
      return { kind, lr: 0.01, epsilon: 1e-10 };
    case 'rmsprop':
      return { kind, lr: 0.001, rho: 0.9, epsilon: 1e-8 };
    case 'adam':
      return { kind, lr: 0.001, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 };
  }
}

const unitInterval = (v: number): boolean => Number.isFinite(v) && v >= 0 && v < 1;

/** Checks ranges: lr finite and > 0, β/ρ in [0, 1), ε finite and > 0. */
export function validateOptimizerConfig(config: OptimizerConfig): Result<OptimizerConfig, LocalizedText> {
  if (!(Number.isFinite(config.lr) && config.lr > 0)) {
    return err(text('The learning rate must be a positive number.', '学习率必须是正数。'));
  }
  const betaOk = (() => {
    switch (config.kind) {
      case 'gd':
        return true;
      case 'momentum':
      case 'nesterov':
        return unitInterval(config.beta);
      case 'adagrad':
        return Number.isFinite(config.epsilon) && config.epsilon > 0;
      case 'rmsprop':
        return unitInterval(config.rho) && Number.isFinite(config.epsilon) && config.epsilon > 0;
      case 'adam':
        return unitInterval(config.beta1) && unitInterval(config.beta2) && Number.isFinite(config.epsilon) && config.epsilon > 0;
    }
  })();
  if (!betaOk) {
    return err(text('Decay rates (β, ρ) must be in [0, 1) and ε must be positive.', '衰减率（β、ρ）必须在 [0, 1) 内，ε 必须为正数。'));
  }
  return ok(config);
}
