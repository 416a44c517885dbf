/**
 * Seeded toy datasets in the style of TensorFlow Playground. Features are stored row-major in one
 * Float64Array (point i occupies features[i·dim … i·dim + dim − 1]) so that loss sweeps over many
 * points stay allocation-free. Labels for classification are 0 or 1.
 */
import type { Rng } from './prng';
import { gaussian, mulberry32, uniform } from './prng';

export interface Dataset {
  /** Which generator made it (for labels in the UI). */
  readonly name: 'xor' | 'twoMoons' | 'circles' | 'linearlySeparable' | 'regression1D' | 'custom';
  readonly task: 'classification' | 'regression';
  /** Number of features per point. */
  readonly dim: number;
  /** Number of points. */
  readonly size: number;
  /** size × dim values, row-major. */
  readonly features: Float64Array;
  /** size targets: 0/1 labels for classification, real values for regression. */
  readonly targets: Float64Array;
}

export interface DatasetOptions {
  /** Number of points (integer ≥ 1; default 200). */
  readonly size?: number;
  /** Standard deviation of the Gaussian jitter added to each coordinate (≥ 0; default varies). */
  readonly noise?: number;
  /** PRNG seed (default 1): the same seed always gives the same points. */
  readonly seed?: number;
}

interface Resolved {
  readonly size: number;
  readonly noise: number;
  readonly rng: Rng;
}

function resolve(o: DatasetOptions, defaultNoise: number): Resolved {
  const size = Math.max(1, Math.floor(o.size ?? 200));
  const noise = Math.max(0, o.noise ?? defaultNoise);
  return { size, noise, rng: mulberry32(o.seed ?? 1) };
}

function classification(name: Dataset['name'], size: number, fill: (i: number, out: Float64Array) => number): Dataset {
  const features = new Float64Array(size * 2);
  const targets = new Float64Array(size);
  const point = new Float64Array(2);
  for (let i = 0; i < size; i++) {
    targets[i] = fill(i, point);
    features[2 * i] = point[0] ?? 0;
    features[2 * i + 1] = point[1] ?? 0;
  }
  return { name, task: 'classification', dim: 2, size, features, targets };
}

/**
 * XOR: points uniform in [−1, 1]², label 1 when x and y have different signs (before jitter).
 * Points are kept at least 0.1 from the axes so that, with no noise, the classes are separable.
 */
export function xorDataset(options: DatasetOptions = {}): Dataset {
  const { size, noise, rng } = resolve(options, 0);
  const away = (): number => {
    const m = uniform(rng, 0.1, 1);
    return rng() < 0.5 ? -m : m;
  };
  return classification('xor', size, (_i, p) => {
    const x = away();
    const y = away();
    p[0] = x + noise * gaussian(rng);
    p[1] = y + noise * gaussian(rng);
    return x * y < 0 ? 1 : 0;
  });
}

/**
 * Two interleaving half circles: class 0 on (cos t, sin t), class 1 on (1 − cos t, ½ − sin t),
 * t uniform in [0, π]; alternating classes so any prefix is balanced. Default noise 0.1.
 */
export function twoMoonsDataset(options: DatasetOptions = {}): Dataset {
  const { size, noise, rng } = resolve(options, 0.1);
  return classification('twoMoons', size, (i, p) => {
    const t = uniform(rng, 0, Math.PI);
    const label = i % 2;
    p[0] = (label === 0 ? Math.cos(t) : 1 - Math.cos(t)) + noise * gaussian(rng);
    p[1] = (label === 0 ? Math.sin(t) : 0.5 - Math.sin(t)) + noise * gaussian(rng);
    return label;
  });
}

/**
 * Two concentric circles: class 0 at radius 1, class 1 at radius `factor` (0 < factor < 1,
 * default 0.5), angles uniform; alternating classes. Default noise 0.05.
 */
export function circlesDataset(options: DatasetOptions & { readonly factor?: number } = {}): Dataset {
  const { size, noise, rng } = resolve(options, 0.05);
  const factor = Math.min(Math.max(options.factor ?? 0.5, 0), 1);
  return classification('circles', size, (i, p) => {
    const a = uniform(rng, 0, 2 * Math.PI);
    const label = i % 2;
    const r = label === 0 ? 1 : factor;
    p[0] = r * Math.cos(a) + noise * gaussian(rng);
    p[1] = r * Math.sin(a) + noise * gaussian(rng);
    return label;
  });
}

/**
 * Two Gaussian blobs centred at (−1, −1) (class 0) and (1, 1) (class 1) with standard deviation
 * `noise` (default 0.3); alternating classes. Separable by the line x + y = 0 when noise is small.
 */
export function linearlySeparableDataset(options: DatasetOptions = {}): Dataset {
  const { size, noise, rng } = resolve(options, 0.3);
  return classification('linearlySeparable', size, (i, p) => {
    const label = i % 2;
    const c = label === 0 ? -1 : 1;
    p[0] = c + noise * gaussian(rng);
    p[1] = c + noise * gaussian(rng);
    return label;
  });
}

/**
 * 1-D regression: x uniform in [−1, 1], y = f(x) + noise·N(0, 1) with f(x) = sin(πx) by default
 * (pass `fn` for another curve). Default noise 0.1.
 */
export function regression1DDataset(options: DatasetOptions & { readonly fn?: (x: number) => number } = {}): Dataset {
  const { size, noise, rng } = resolve(options, 0.1);
  const fn = options.fn ?? ((x: number) => Math.sin(Math.PI * x));
  const features = new Float64Array(size);
  const targets = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    const x = uniform(rng, -1, 1);
    features[i] = x;
    targets[i] = fn(x) + noise * gaussian(rng);
  }
  return { name: 'regression1D', task: 'regression', dim: 1, size, features, targets };
}
