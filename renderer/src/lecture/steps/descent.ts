/**
 * Chapter 4's extension slides (the deck's 扩展：梯度 and 梯度下降法的公式原理) as lecture steps
 * on the surface explorer: the gradient as the vector of partials, its relation to the tangent
 * plane and the contours, why −∇L is the steepest way down, and gradient descent with a good and
 * a too-large learning rate, on the bowl, the deck's loss and a narrow valley. Data only; applied
 * by `surface-lecture.ts`. Captions are written for the hall, not copied from the deck.
 */
import type { OptimizerKind } from '$shared/optim/index';
import { text } from '$shared/text';
import type { SurfaceState } from '../../scenes/surface/surface-session.svelte';
import type { ChapterLecture } from '../lecture-types';

export interface LectureWalker {
  readonly start: readonly [number, number];
  readonly optimizer: OptimizerKind;
  readonly lr: number;
}

export interface SurfaceLectureAction {
  /** The explorer's fields this step sets (everything else stays as the presenter left it). */
  readonly state?: Partial<SurfaceState>;
  /** Turns the unit vector u along +∇f, −∇f or along the contour at the point. */
  readonly aim?: 'gradient' | 'against' | 'contour';
  /** Walkers this step starts (replacing any), and whether they run. */
  readonly walkers?: readonly LectureWalker[];
  readonly play?: boolean;
}

const bowlLayers = { slices: true, tangentPlane: false, gradient: true, contours: false } as const;

/** Where the lecture starts: the bowl, the point (1.5, 1), slices and the gradient shown. */
export const DESCENT_BASE: SurfaceState = {
  presetId: 'bowl',
  formula: 'x^2 + y^2',
  params: {},
  domain: { xMin: -3, xMax: 3, yMin: -3, yMax: 3 },
  resolution: 128,
  point: [1.5, 1],
  theta: 0,
  layers: bowlLayers,
  tab: 'partials',
};

export const DESCENT_LECTURE: ChapterLecture<SurfaceLectureAction> = {
  chapterId: 'descent',
  steps: [
    {
      caption: text(
        'The gradient puts the partial derivatives side by side: ∇f = (∂f/∂x, ∂f/∂y). On the bowl at (1.5, 1) it is (3, 2).',
        '梯度把各个偏导数并排放在一起：∇f = (∂f/∂x, ∂f/∂y)。在碗形曲面上的点 (1.5, 1) 处，它等于 (3, 2)。',
      ),
      action: { state: { ...DESCENT_BASE } },
    },
    {
      caption: text(
        'Each partial is the slope of one slice. Together the two slopes fix the tangent plane at the point.',
        '每个偏导数是一条截面曲线的斜率；两个斜率合在一起，就确定了该点的切平面。',
      ),
      action: { state: { layers: { ...bowlLayers, tangentPlane: true } } },
    },
    {
      caption: text(
        'The gradient is perpendicular to the contour line through the point: along a contour, f does not change.',
        '梯度与经过该点的等高线垂直：沿着等高线走，f 的值不变。',
      ),
      action: { state: { layers: { ...bowlLayers, contours: true } } },
    },
    {
      caption: text(
        'Walk a small step along a unit vector u: f changes at the rate ∇f·u. Along the contour that rate is 0.',
        '沿单位向量 u 走一小步，f 的变化率是 ∇f·u。沿等高线方向，这个变化率为 0。',
      ),
      action: { state: { tab: 'gradient' }, aim: 'contour' },
    },
    {
      caption: text(
        'Since |∇f·u| ≤ ‖∇f‖·‖u‖, the rate is largest when u points along ∇f: steepest ascent is u = ∇f/‖∇f‖. (The deck writes ΔL here; it means ∇L.)',
        '因为 |∇f·u| ≤ ‖∇f‖·‖u‖，当 u 与 ∇f 同向时变化率最大：最快上升方向是 u = ∇f/‖∇f‖。（课件此处写作 ΔL，正确的是 ∇L。）',
      ),
      action: { aim: 'gradient' },
    },
    {
      caption: text(
        'Turned around, u = −∇f/‖∇f‖ is the steepest way down. Gradient descent steps that way: w ← w − η∇L.',
        '反过来，u = −∇f/‖∇f‖ 是下降最快的方向。梯度下降就沿这个方向迈步：w ← w − η∇L。',
      ),
      action: { aim: 'against' },
    },
    {
      caption: text(
        'Gradient descent with η = 0.1 from (2.5, 2): every step goes against the gradient, and the loss falls towards the minimum.',
        '学习率 η = 0.1，从 (2.5, 2) 出发做梯度下降：每一步都逆着梯度走，损失不断下降，趋向最小值。',
      ),
      action: { state: { tab: 'descent', point: [2.5, 2] }, walkers: [{ start: [2.5, 2], optimizer: 'gd', lr: 0.1 }], play: true },
    },
    {
      caption: text(
        'Too large a step overshoots: with η = 1.1 each step lands farther out on the other side, and the walker diverges.',
        '步子太大会越过谷底：η = 1.1 时，每一步都落到另一侧更远的地方，下降过程发散。',
      ),
      action: {
        walkers: [
          { start: [2.5, 2], optimizer: 'gd', lr: 0.1 },
          { start: [2.5, 2], optimizer: 'gd', lr: 1.1 },
        ],
        play: true,
      },
    },
    {
      caption: text(
        "The deck's loss L(w₁, w₂) = ½(σ(w₁x₁ + w₂x₂) − y)² with x = (1, 2), y = 1: the same rule, w ← w − η ∂L/∂w, trains the neuron.",
        '课件中的损失 L(w₁, w₂) = ½(σ(w₁x₁ + w₂x₂) − y)²，取 x = (1, 2)，y = 1：同样的更新规则 w ← w − η ∂L/∂w 训练这个神经元。',
      ),
      action: {
        state: {
          presetId: 'deck-loss',
          formula: '1/2 (sigmoid(w1 x1 + w2 x2) - y)^2',
          params: { x1: 1, x2: 2, y: 1 },
          domain: { xMin: -6, xMax: 6, yMin: -6, yMax: 6 },
          point: [-4, -3],
          tab: 'descent',
          layers: { slices: false, tangentPlane: false, gradient: true, contours: true },
        },
        walkers: [{ start: [-4, -3], optimizer: 'gd', lr: 1 }],
        play: true,
      },
    },
    {
      caption: text(
        'In a narrow valley plain gradient descent zig-zags; momentum and Adam, started at the same point with the same η, find a straighter path.',
        '在狭长的山谷里，普通梯度下降来回震荡；动量法和 Adam 从同一点、用同样的 η 出发，走得更直。',
      ),
      action: {
        state: {
          presetId: 'ill-bowl',
          formula: '0.5x^2 + 5y^2',
          params: {},
          domain: { xMin: -3, xMax: 3, yMin: -3, yMax: 3 },
          point: [-2.5, 1.5],
          tab: 'descent',
          layers: { slices: false, tangentPlane: false, gradient: false, contours: true },
        },
        walkers: [
          { start: [-2.5, 1.5], optimizer: 'gd', lr: 0.18 },
          { start: [-2.5, 1.5], optimizer: 'momentum', lr: 0.18 },
          { start: [-2.5, 1.5], optimizer: 'adam', lr: 0.18 },
        ],
        play: true,
      },
    },
  ],
};
