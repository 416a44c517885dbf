/**
 * Chapter 3, the chain rule (the deck's section 03), as lecture steps on the chain-rule scene: the
 * deck's (3x² + 1)⁵ split into y = u⁵ and u = 3x² + 1, the three linked plots and their slopes at a
 * point, dy/dx = dy/du · du/dx (with the deck's erratum), change propagating as Δx → 0, the case
 * Δu = 0 the deck's proof skips, and several variables: the deck's z = u² + v³ at (1, 2), its path
 * diagram, the products along the paths and their sums 83 and 304, and the total-differential
 * derivation advanced step by step. Data only; applied by `chain-lecture.ts`.
 */
import { text } from '$shared/text';
import type { ChainState } from '../../scenes/chain/chain-session.svelte';
import type { ChapterLecture } from '../lecture-types';
import type { SnapshotAction } from '../snapshot-lecture';

/** 'sweep': Δx runs from 10⁰ down to 10⁻⁹ and the ratios settle on the derivatives. */
export type ChainEffect = 'sweep';
export type ChainLectureAction = SnapshotAction<ChainState, ChainEffect>;

const deckSingle = { formula: '(3x^2 + 1)^5', x: 1, window: [-1.2, 1.2] } as const;
const deckMulti = { z: 'u^2 + v^3', u: 'x y', v: 'x + y^2', point: [1, 2] } as const;

export const CHAIN_LECTURE: ChapterLecture<ChainLectureAction> = {
  chapterId: 'chain-rule',
  steps: [
    {
      caption: text(
        'The chain rule passes rates of change along. Split y = (3x² + 1)⁵ into an outer y = u⁵ and an inner u = 3x² + 1.',
        '链式法则讲的是变化率的传递。把 y = (3x² + 1)⁵ 拆成外层 y = u⁵ 和内层 u = 3x² + 1。',
      ),
      action: { state: { section: 'single', ...deckSingle } },
    },
    {
      caption: text(
        'Three linked plots share one point. At x = 1: u = 4, the inner slope du/dx = 6x = 6, the outer slope dy/du = 5u⁴ = 1280.',
        '三幅图联动，共用一个点。在 x = 1 处：u = 4，内层斜率 du/dx = 6x = 6，外层斜率 dy/du = 5u⁴ = 1280。',
      ),
      action: { state: { x: 1 } },
    },
    {
      caption: text(
        'Multiply the slopes: dy/dx = dy/du · du/dx = 1280 × 6 = 7680. The deck writes 30x(3² + 1)⁴; correct: 30x(3x² + 1)⁴.',
        '斜率相乘：dy/dx = dy/du · du/dx = 1280 × 6 = 7680。课件写作 30x(3² + 1)⁴；正确：30x(3x² + 1)⁴。',
      ),
      action: {},
    },
    {
      caption: text(
        'Move the point to x = 0.5: u = 1.75, du/dx = 3, dy/du = 5 · 1.75⁴ ≈ 46.89, and again dy/dx is their product, ≈ 140.7.',
        '把点移到 x = 0.5：u = 1.75，du/dx = 3，dy/du = 5 × 1.75⁴ ≈ 46.89，dy/dx 仍是二者之积，约 140.7。',
      ),
      action: { state: { x: 0.5 } },
    },
    {
      caption: text(
        'Change propagates: nudge x by Δx = 0.1 at x = 1. u moves by Δu, then y by Δy, and Δy/Δx = (Δy/Δu)(Δu/Δx) exactly while Δu ≠ 0.',
        '变化的传递：在 x = 1 处让 x 变化 Δx = 0.1。u 随之变化 Δu，y 再变化 Δy；只要 Δu ≠ 0，Δy/Δx = (Δy/Δu)(Δu/Δx) 精确成立。',
      ),
      action: { state: { section: 'propagation', ...deckSingle, dxExponent: -1, dxSign: 1, lowerPane: 'table' } },
    },
    {
      caption: text(
        'Let Δx → 0: the three ratios settle on du/dx = 6, dy/du = 1280 and dy/dx = 7680.',
        '让 Δx → 0：三个比值分别稳定在 du/dx = 6、dy/du = 1280、dy/dx = 7680。',
      ),
      action: { effects: ['sweep'] },
    },
    {
      caption: text(
        'The deck’s proof writes the numerator as f(Δu); correct: f(u + Δu) − f(u) = Δy. Then Δy/Δx = (Δy/Δu)(Δu/Δx) → dy/du · du/dx.',
        '课件的推导把分子写成 f(Δu)；正确：f(u + Δu) − f(u) = Δy。于是 Δy/Δx = (Δy/Δu)(Δu/Δx) → dy/du · du/dx。',
      ),
      action: { state: { dxExponent: -1, lowerPane: 'proof', proofStep: 2 } },
    },
    {
      caption: text(
        'But Δu can be exactly 0: from x = 0.05 with Δx = −0.1, x lands on −0.05 and u = 3x² + 1 does not change. Dividing by Δu is then impossible.',
        '但 Δu 可能恰好为 0：从 x = 0.05 出发、Δx = −0.1，x 落到 −0.05，u = 3x² + 1 没有变化。此时无法除以 Δu。',
      ),
      action: { state: { x: 0.05, dxExponent: -1, dxSign: -1, lowerPane: 'table' } },
    },
    {
      caption: text(
        'The careful proof uses φ(Δu) = Δy/Δu, set to f′(u) when Δu = 0. Then Δy/Δx = φ(Δu) · Δu/Δx always, with limit f′(u)·g′(x).',
        '严谨的证明用 φ(Δu) = Δy/Δu，并规定 Δu = 0 时 φ = f′(u)。于是 Δy/Δx = φ(Δu) · Δu/Δx 恒成立，极限为 f′(u)·g′(x)。',
      ),
      action: { state: { lowerPane: 'proof', proofStep: 4 } },
    },
    {
      caption: text(
        'Several variables: z = u² + v³, u = xy, v = x + y². At (1, 2): u = 2, v = 5. Two paths lead from x to z, two from y.',
        '多个变量：z = u² + v³，u = xy，v = x + y²。在 (1, 2) 处 u = 2，v = 5。从 x 到 z 有两条路径，从 y 到 z 也有两条。',
      ),
      action: { state: { section: 'multi', ...deckMulti, multiPane: 'sums', differentialStep: 0 } },
    },
    {
      caption: text(
        'Multiply along each path, then add: ∂z/∂x = 2u · y + 3v² · 1 = 4 · 2 + 75 · 1 = 83.',
        '沿每条路径相乘，再相加：∂z/∂x = 2u · y + 3v² · 1 = 4 × 2 + 75 × 1 = 83。',
      ),
      action: {},
    },
    {
      caption: text('The same for y: ∂z/∂y = 2u · x + 3v² · 2y = 4 · 1 + 75 · 4 = 304.', 'y 也一样：∂z/∂y = 2u · x + 3v² · 2y = 4 × 1 + 75 × 4 = 304。'),
      action: {},
    },
    {
      caption: text('Why add? The total differential. Step 1: dz = (∂f/∂u) du + (∂f/∂v) dv.', '为什么要相加？看全微分。第 1 步：dz = (∂f/∂u) du + (∂f/∂v) dv。'),
      action: { state: { multiPane: 'derivation', differentialStep: 0 } },
    },
    {
      caption: text('Step 2: u and v change with x and y too: du = g_x dx + g_y dy, dv = h_x dx + h_y dy.', '第 2 步：u 和 v 也随 x、y 变化：du = g_x dx + g_y dy，dv = h_x dx + h_y dy。'),
      action: { state: { differentialStep: 1 } },
    },
    {
      caption: text('Step 3: substitute du and dv into dz.', '第 3 步：把 du 和 dv 代入 dz。'),
      action: { state: { differentialStep: 2 } },
    },
    {
      caption: text('Step 4: collect the terms in dx and in dy.', '第 4 步：按 dx 和 dy 合并同类项。'),
      action: { state: { differentialStep: 3 } },
    },
    {
      caption: text(
        'Step 5: the coefficients are the partials, a product per path: ∂z/∂x = 83, ∂z/∂y = 304 at (1, 2). Backpropagation does this on bigger graphs.',
        '第 5 步：系数就是偏导数，每条路径贡献一个乘积：在 (1, 2) 处 ∂z/∂x = 83，∂z/∂y = 304。反向传播就是在更大的图上做同样的事。',
      ),
      action: { state: { differentialStep: 4 } },
    },
  ],
};
