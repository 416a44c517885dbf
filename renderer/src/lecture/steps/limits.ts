/**
 * Chapter 1, limits (the deck's section 01), as lecture steps on the limits scene: points walking
 * towards a from both sides while f(x) walks towards L, the classic cases (a removable hole,
 * one-sided, infinite, oscillating), the ε-δ language on the deck's x² at 3 (with its errata and a
 * challenge answered by a counterexample), and the limit laws with the quotient's B ≠ 0 and the
 * composition law's missing condition. Data only; applied by `limits-lecture.ts`.
 */
import { text } from '$shared/text';
import { pointText } from '../../scenes/limits/approach-point';
import { exampleById } from '../../scenes/limits/examples';
import { COMPOSITION_PRESETS, LAW_PRESETS } from '../../scenes/limits/law-presets';
import type { LimitsState } from '../../scenes/limits/limits-session.svelte';
import { WALK_START } from '../../scenes/limits/walkers';
import type { ChapterLecture } from '../lecture-types';
import type { SnapshotAction, StatePatch } from '../snapshot-lecture';

/** 'walk': the walkers set off from the window's edges and glide towards a. */
export type LimitsEffect = 'walk';
export type LimitsLectureAction = SnapshotAction<LimitsState, LimitsEffect>;

/** The state `applyExample` would set for one of the scene's examples (a missing id is a bug the tests catch). */
function example(id: string): StatePatch<LimitsState> {
  const ex = exampleById(id);
  if (!ex) throw new Error(`unknown limits example: ${id}`);
  return {
    exampleId: ex.id,
    formula: ex.formula,
    variable: ex.variable,
    point: pointText(ex.point),
    view: ex.view,
    progress: WALK_START,
    epsilon: ex.eps,
    limitText: '',
    proposalText: '',
    proposal: null,
  };
}

function lawPreset(id: string): StatePatch<LimitsState['laws']> {
  const p = LAW_PRESETS.find((q) => q.id === id);
  if (!p) throw new Error(`unknown law preset: ${id}`);
  return { mode: 'arithmetic', presetId: p.id, f: p.f, g: p.g, a: String(p.a) };
}

function compositionPreset(id: string): StatePatch<LimitsState['laws']> {
  const p = COMPOSITION_PRESETS.find((q) => q.id === id);
  if (!p) throw new Error(`unknown composition preset: ${id}`);
  return { mode: 'composition', compositionId: p.id, inner: p.inner, outer: p.outer, x0: String(p.x0), span: p.span, uSpan: p.uSpan };
}

export const LIMITS_LECTURE: ChapterLecture<LimitsLectureAction> = {
  chapterId: 'limits',
  steps: [
    {
      caption: text(
        'What does “getting closer” mean? Two points walk towards a = 3, one from each side, and never land on it. We watch where f(x) = x² goes.',
        '“越来越接近”到底是什么意思？两个动点分别从左右两侧走向 a = 3，却始终不落在 3 上。我们关注 f(x) = x² 走向哪里。',
      ),
      action: { state: { section: 'approach', follow: true, hideAnswer: false, epsZoom: true, ...example('square') } },
    },
    {
      caption: text(
        'Let them walk: each table row is ten times closer to 3, and f(x) closes in on 9 from both sides. That is lim x→3 x² = 9.',
        '让它们走起来：表中每一行离 3 近十倍，f(x) 从两侧一起逼近 9。这就是 lim x→3 x² = 9。',
      ),
      action: { effects: ['walk'] },
    },
    {
      caption: text(
        '(x² − 4)/(x − 2) has no value at x = 2, yet both sides head for 4: a removable hole. The limit never asks what happens at a itself.',
        '(x² − 4)/(x − 2) 在 x = 2 处没有定义，但两侧都走向 4：这是一个可去间断点。极限从不过问 a 点本身的值。',
      ),
      action: { state: example('hole'), effects: ['walk'] },
    },
    {
      caption: text(
        '|x|/x is −1 on the left of 0 and +1 on the right. The one-sided limits disagree, so the limit at 0 does not exist.',
        '|x|/x 在 0 的左侧恒为 −1，右侧恒为 +1。左右极限不相等，所以在 0 处极限不存在。',
      ),
      action: { state: example('sign'), effects: ['walk'] },
    },
    {
      caption: text(
        '1/x grows without bound near 0: towards −∞ from the left, +∞ from the right. No number L is approached.',
        '1/x 在 0 附近无限增大：从左侧趋于 −∞，从右侧趋于 +∞。它不逼近任何一个数 L。',
      ),
      action: { state: example('reciprocal'), effects: ['walk'] },
    },
    {
      caption: text(
        'sin(1/x) swings between −1 and 1 ever faster as x nears 0. It settles on no value at all: no limit, though it stays bounded.',
        'x 越靠近 0，sin(1/x) 在 −1 和 1 之间摆动得越快。它不停在任何值上：有界，但没有极限。',
      ),
      action: { state: example('wild'), effects: ['walk'] },
    },
    {
      caption: text(
        'ε-δ makes “close” exact. x² at 3 with ε = 1: the band 9 ± 1. The largest δ keeping f(x) in the band is √10 − 3 ≈ 0.1623.',
        'ε-δ 语言让“接近”变得精确。x² 在 3 处，取 ε = 1，带状区域为 9 ± 1；使 f(x) 留在带内的最大 δ 是 √10 − 3 ≈ 0.1623。',
      ),
      action: { state: { section: 'epsilon', ...example('square'), epsilon: 1 } },
    },
    {
      caption: text(
        'Ask for more: ε = 0.1 needs δ = √9.1 − 3 ≈ 0.01662. A smaller ε forces a smaller δ, but some δ > 0 always exists.',
        '要求更严：ε = 0.1 时需要 δ = √9.1 − 3 ≈ 0.01662。ε 越小，δ 也得越小，但总存在某个 δ > 0。',
      ),
      action: { state: { epsilon: 0.1 } },
    },
    {
      caption: text(
        'The deck’s δ = √(9+ε) − 3 comes from the tighter, right side: it is the largest δ. The deck writes √(ε−9) < x; correct: √(9−ε) < x.',
        '课件的 δ = √(9+ε) − 3 来自更紧的右侧，正是最大的 δ。课件写作 √(ε−9) < x；正确：√(9−ε) < x（ε < 9）。',
      ),
      action: {},
    },
    {
      caption: text(
        'The deck writes 0 < |f(x) − L| < ε; correct: |f(x) − L| < ε. f(x) may equal L: the 0 < belongs on |x − a|, not on the output.',
        '课件写作 0 < |f(x) − L| < ε；正确：|f(x) − L| < ε。f(x) 可以等于 L：“0 <”应加在 |x − a| 上，而不是输出上。',
      ),
      action: {},
    },
    {
      caption: text(
        'A challenge with ε = 1: someone claims δ = 0.5 works. The app answers with a counterexample: an x within 0.5 of 3 whose x² leaves the band.',
        '挑战：取 ε = 1，有人说 δ = 0.5 就行。程序给出反例：有一个离 3 不到 0.5 的 x，它的 x² 跑出了带状区域。',
      ),
      action: { state: { epsilon: 1, hideAnswer: true, proposalText: '0.5', proposal: 0.5 } },
    },
    {
      caption: text(
        'δ = 0.15 is below √10 − 3, so it works: every x within 0.15 of 3 keeps x² between 8 and 10 (2.85² = 8.1225, 3.15² = 9.9225).',
        'δ = 0.15 小于 √10 − 3，所以成立：离 3 不到 0.15 的 x 都使 x² 落在 8 与 10 之间（2.85² = 8.1225，3.15² = 9.9225）。',
      ),
      action: { state: { proposalText: '0.15', proposal: 0.15 } },
    },
    {
      caption: text(
        'Limit laws: at x = 2, f = x² tends to A = 4 and g = x + 1 to B = 3. The limit of the sum is A + B = 7.',
        '极限的四则运算：在 x = 2 处，f = x² 趋于 A = 4，g = x + 1 趋于 B = 3。和的极限是 A + B = 7。',
      ),
      action: { state: { section: 'laws', hideAnswer: false, laws: { ...lawPreset('polynomials'), op: 'sum' } } },
    },
    {
      caption: text('The difference tends to A − B = 1 and the product to A · B = 12.', '差的极限是 A − B = 1，积的极限是 A · B = 12。'),
      action: { state: { laws: { op: 'product' } } },
    },
    {
      caption: text('The quotient tends to A / B = 4/3 ≈ 1.333, because B = 3 is not 0.', '商的极限是 A / B = 4/3 ≈ 1.333，因为 B = 3 不为 0。'),
      action: { state: { laws: { op: 'quotient' } } },
    },
    {
      caption: text(
        'When B = 0 the quotient law says nothing: x²/x → 0, x/x → 1, x/x² has no limit. Here f = g = x at 0, and f/g → 1.',
        '当 B = 0 时，商的法则不适用：x²/x → 0，x/x → 1，x/x² 没有极限。这里 f = g = x，在 0 处 f/g → 1。',
      ),
      action: { state: { laws: { ...lawPreset('same'), op: 'quotient' } } },
    },
    {
      caption: text(
        'Composition: if f(x) → a as x → x₀ and g is continuous at a, then g(f(x)) → g(a). Here u = 3x² + 1 → 1 and u⁵ → 1.',
        '复合运算：若 x → x₀ 时 f(x) → a，且 g 在 a 处连续，则 g(f(x)) → g(a)。这里 u = 3x² + 1 → 1，u⁵ → 1。',
      ),
      action: { state: { laws: compositionPreset('continuous') } },
    },
    {
      caption: text(
        'The deck gives no condition. f = 0, g = |sign u|: g(u) → 1 as u → 0, yet g(f(x)) = 0. Correct: g continuous at a, or f(x) ≠ a near x₀.',
        '课件没有给出条件。取 f = 0、g = |sign u|：u → 0 时 g(u) → 1，但 g(f(x)) 恒为 0。正确：g 在 a 处连续，或在 x₀ 附近 f(x) ≠ a。',
      ),
      action: { state: { laws: compositionPreset('constant') } },
    },
  ],
};
