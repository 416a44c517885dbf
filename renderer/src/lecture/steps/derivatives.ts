/**
 * Chapter 2, derivatives and partial derivatives (the deck's section 02), as lecture steps on the
 * derivatives scene: the average rate of a secant against the instantaneous rate of the tangent,
 * h → 0 played, what the sign of f′ says, why a tiny h such as 10⁻¹⁶ is wrong in floating point,
 * the derivations of xⁿ, eˣ and ln x from first principles step by step, rows of the deck's table,
 * the rules (with the deck's quotient-rule erratum), and partial derivatives on a 3D surface with
 * one variable frozen. Data only; applied by `derivatives-lecture.ts`.
 */
import { text } from '$shared/text';
import type { DerivativesState } from '../../scenes/derivatives/derivatives-session.svelte';
import type { ChapterLecture } from '../lecture-types';
import type { SnapshotAction } from '../snapshot-lecture';

export type DerivativesEffect =
  /** Animates the section's h from 1 towards 0. */
  | { readonly kind: 'play'; readonly which: 'secant' | 'principles' | 'partials' }
  /** Opens one of the explorer's surfaces (the partials section shows the app's shared surface). */
  | { readonly kind: 'surface'; readonly presetId: string };

export type DerivativesLectureAction = SnapshotAction<DerivativesState, DerivativesEffect>;

export const DERIVATIVES_LECTURE: ChapterLecture<DerivativesLectureAction> = {
  chapterId: 'derivatives',
  steps: [
    {
      caption: text(
        'Average rate of change: the secant of sin x through x = 1 and x + h, with h = 1, has slope (sin 2 − sin 1)/1 ≈ 0.0678.',
        '平均变化率：sin x 过 x = 1 与 x + h 两点的割线，取 h = 1，斜率为 (sin 2 − sin 1)/1 ≈ 0.0678。',
      ),
      action: {
        state: { section: 'secant', secant: { formula: 'sin(x)', x: 1, hExp: 0, hSign: 1, view: { xMin: -4, xMax: 4 }, pane: 'secant' } },
      },
    },
    {
      caption: text(
        'Let h shrink towards 0: the secant turns into the tangent, and its slope settles on the instantaneous rate f′(1) = cos 1 ≈ 0.5403.',
        '让 h 趋于 0：割线转成切线，斜率稳定在瞬时变化率 f′(1) = cos 1 ≈ 0.5403。',
      ),
      action: { effects: [{ kind: 'play', which: 'secant' }] },
    },
    {
      caption: text(
        'The sign of f′ gives the direction: at x = 2.5, f′ = cos 2.5 ≈ −0.801 < 0, so sin x falls. f′ > 0 means rising; larger |f′|, faster change.',
        'f′ 的正负给出方向：x = 2.5 处 f′ = cos 2.5 ≈ −0.801 < 0，sin x 在下降。f′ > 0 则上升；|f′| 越大，变化越快。',
      ),
      action: { state: { secant: { x: 2.5, hExp: -3, pane: 'secant' } } },
    },
    {
      caption: text(
        'Why not a tiny h? The error table at x = 1: the forward quotient improves down to h ≈ 10⁻⁸, then rounding in f(x + h) − f(x) wins.',
        '为什么不取极小的 h？看 x = 1 处的误差表：前向差商的误差减小到 h ≈ 10⁻⁸ 为止，之后 f(x + h) − f(x) 的舍入误差占上风。',
      ),
      action: { state: { secant: { x: 1, hExp: -8, pane: 'errors' } } },
    },
    {
      caption: text(
        'At h = 10⁻¹⁶ a computer finds 1 + h = 1 exactly, so the quotient is 0, not cos 1. The limit is exact; a computer needs a sensible h.',
        '当 h = 10⁻¹⁶ 时，计算机里 1 + h 恰好等于 1，差商算出 0，而不是 cos 1。极限是精确的数学；计算机上要选合适的 h。',
      ),
      action: { state: { secant: { hExp: -16 } } },
    },
    {
      caption: text(
        'From first principles: for f(x) = xⁿ, the derivative is the limit of ((x + h)ⁿ − xⁿ)/h as h → 0.',
        '从定义出发：对 f(x) = xⁿ，导数是 h → 0 时 ((x + h)ⁿ − xⁿ)/h 的极限。',
      ),
      action: { state: { section: 'principles', principles: { derivation: 'power', step: 0, n: 3, x: 1.5, hExp: -1 } } },
    },
    {
      caption: text('Expand (x + h)ⁿ with the binomial theorem: xⁿ + n xⁿ⁻¹ h + terms with h², h³, ….', '用二项式定理展开 (x + h)ⁿ：xⁿ + n xⁿ⁻¹ h + 含 h²、h³ … 的项。'),
      action: { state: { principles: { step: 1 } } },
    },
    {
      caption: text('xⁿ cancels and every remaining term has a factor h: divide by h.', 'xⁿ 相互抵消，剩下的每一项都含因子 h：除以 h。'),
      action: { state: { principles: { step: 2 } } },
    },
    {
      caption: text('As h → 0 the higher terms vanish: (xⁿ)′ = n xⁿ⁻¹. With n = 3 at x = 1.5: 3 · 1.5² = 6.75.', 'h → 0 时高阶项消失：(xⁿ)′ = n xⁿ⁻¹。取 n = 3、x = 1.5：3 × 1.5² = 6.75。'),
      action: { state: { principles: { step: 3 } } },
    },
    {
      caption: text('For eˣ, factor out eˣ: what remains is (eʰ − 1)/h.', '对 eˣ，先提出因子 eˣ：剩下 (eʰ − 1)/h。'),
      action: { state: { principles: { derivation: 'exp', step: 1, x: 1 } } },
    },
    {
      caption: text('By the series of eʰ, (eʰ − 1)/h → 1, so (eˣ)′ = eˣ. At x = 1 the slope is e ≈ 2.718.', '由 eʰ 的级数展开，(eʰ − 1)/h → 1，所以 (eˣ)′ = eˣ。在 x = 1 处斜率为 e ≈ 2.718。'),
      action: { state: { principles: { step: 4 } } },
    },
    {
      caption: text('For ln x, put u = h/x: the quotient becomes (1/x) · ln(1 + u)/u.', '对 ln x，令 u = h/x：差商化为 (1/x) · ln(1 + u)/u。'),
      action: { state: { principles: { derivation: 'ln', step: 2, x: 2 } } },
    },
    {
      caption: text('ln(1 + u)/u → 1, so (ln x)′ = 1/x. At x = 2 the slope is 0.5.', 'ln(1 + u)/u → 1，所以 (ln x)′ = 1/x。在 x = 2 处斜率为 0.5。'),
      action: { state: { principles: { step: 4 } } },
    },
    {
      caption: text(
        'The deck’s table of derivatives, each row checked three ways: symbolically, by a central difference, and in the deck’s own form. xᶜ first.',
        '课件中的导数表，每一行都用三种方式核对：符号求导、中心差分、课件自己的写法。先看 xᶜ。',
      ),
      action: { state: { section: 'table', table: { rowId: 'power', x: 1.2 } } },
    },
    {
      caption: text('A harder row: (xˣ)′ = xˣ(1 + ln x). At x = 1.5 it is about 2.582, and all three checks agree.', '难一点的一行：(xˣ)′ = xˣ(1 + ln x)。在 x = 1.5 处约为 2.582，三种核对结果一致。'),
      action: { state: { table: { rowId: 'selfPower', x: 1.5 } } },
    },
    {
      caption: text(
        'The rules, traced on a formula: sums and differences term by term; the product rule, f′g + fg′, on x² sin x.',
        '在具体公式上追踪求导法则：和与差逐项求导；乘积法则 f′g + fg′ 用于 x² sin x。',
      ),
      action: { state: { section: 'rules', rules: { formula: 'x^2 sin(x)' } } },
    },
    {
      caption: text(
        'The quotient rule on (x² + 1)/(x − 3). The deck writes f/g = (f′g − fg′)/g²; correct: (f/g)′ = (f′g − fg′)/g².',
        '商法则用于 (x² + 1)/(x − 3)。课件写作 f/g = (f′g − fg′)/g²；正确：(f/g)′ = (f′g − fg′)/g²。',
      ),
      action: { state: { rules: { formula: '(x^2 + 1)/(x - 3)' } } },
    },
    {
      caption: text(
        'Partial derivatives: freeze y, move only x. On z = x² + y² at (1.5, 1) the slice’s slope is ∂f/∂x = 2x = 3.',
        '偏导数：冻结 y，只让 x 变化。在曲面 z = x² + y² 的点 (1.5, 1) 处，截面曲线的斜率为 ∂f/∂x = 2x = 3。',
      ),
      action: {
        state: { section: 'partials', partials: { axis: 'x', hExp: -0.3, hSign: 1 } },
        effects: [{ kind: 'surface', presetId: 'bowl' }],
      },
    },
    {
      caption: text('Freeze x instead and move y: the other slice, ∂f/∂y = 2y = 2 at the same point.', '改为冻结 x、移动 y：另一条截面曲线，同一点处 ∂f/∂y = 2y = 2。'),
      action: { state: { partials: { axis: 'y' } } },
    },
    {
      caption: text(
        'Each partial is still a limit: let h → 0 and the quotient closes in on 2. One direction at a time — the start of the gradient.',
        '每个偏导数仍然是一个极限：让 h → 0，差商逼近 2。一次只看一个方向——这正是梯度的起点。',
      ),
      action: { effects: [{ kind: 'play', which: 'partials' }] },
    },
  ],
};
