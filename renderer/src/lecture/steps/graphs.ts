/**
 * Chapter 4, computational graphs (the deck's 04 链式法则的实战：计算图), as lecture steps on the
 * graph canvas: the deck's network, the forward pass node by node, the backward pass edge by edge
 * (upstream × local, the deck's products), and the update w ← w − η ∂L/∂w. The numbers are the
 * deck network's own: w = (0.5, −0.25), x = (1, 2), y = 1. Data only; applied by graph-lecture.ts.
 */
import { text } from '$shared/text';
import type { ChapterLecture } from '../lecture-types';

/** 'open': the deck's network, fresh and idle; 'next': one more forward or backward step; 'update': one gradient-descent step with η = 1. */
export type GraphLectureAction = { readonly kind: 'open' } | { readonly kind: 'next' } | { readonly kind: 'update' };

const next = { kind: 'next' } as const;

export const GRAPHS_LECTURE: ChapterLecture<GraphLectureAction> = {
  chapterId: 'graphs',
  steps: [
    {
      caption: text(
        'The deck’s network as a computational graph: u₁ = w₁x₁, u₂ = w₂x₂, u₃ = u₁ + u₂, ŷ = σ(u₃), L = ½(ŷ − y)². Each node does one simple operation.',
        '课件中的网络画成计算图：u₁ = w₁x₁，u₂ = w₂x₂，u₃ = u₁ + u₂，ŷ = σ(u₃)，L = ½(ŷ − y)²。每个节点只做一个简单运算。',
      ),
      action: { kind: 'open' },
    },
    {
      caption: text('Forward pass, node by node. First u₁ = w₁·x₁ = 0.5 · 1 = 0.5.', '前向传播，一个节点一个节点地算。先算 u₁ = w₁·x₁ = 0.5 × 1 = 0.5。'),
      action: next,
    },
    { caption: text('u₂ = w₂·x₂ = (−0.25) · 2 = −0.5.', 'u₂ = w₂·x₂ = (−0.25) × 2 = −0.5。'), action: next },
    { caption: text('u₃ = u₁ + u₂ = 0.5 + (−0.5) = 0.', 'u₃ = u₁ + u₂ = 0.5 + (−0.5) = 0。'), action: next },
    { caption: text('ŷ = σ(u₃) = σ(0) = 0.5: the network’s prediction.', 'ŷ = σ(u₃) = σ(0) = 0.5，这是网络的预测值。'), action: next },
    {
      caption: text('L = ½(ŷ − y)² = ½(0.5 − 1)² = 0.125: how far the prediction is from the target y = 1.', 'L = ½(ŷ − y)² = ½(0.5 − 1)² = 0.125，衡量预测值与目标 y = 1 相差多远。'),
      action: next,
    },
    {
      caption: text(
        'Backward pass: it starts at the output with ∂L/∂L = 1 and flows back towards the parameters.',
        '反向传播：从输出开始，∂L/∂L = 1，然后逆着箭头流向各个参数。',
      ),
      action: next,
    },
    {
      caption: text(
        'Edge by edge, each edge multiplies the gradient arriving from above by its local derivative. First ∂L/∂ŷ = ŷ − y = −0.5.',
        '一条边一条边地算：每条边把从上游传来的梯度乘以本边的局部导数。第一步 ∂L/∂ŷ = ŷ − y = −0.5。',
      ),
      action: next,
    },
    {
      caption: text('L also depends on y: ∂L/∂y = y − ŷ = 0.5. (y is data, so training will not change it.)', 'L 也依赖于 y：∂L/∂y = y − ŷ = 0.5。（y 是数据，训练时不会改变它。）'),
      action: next,
    },
    {
      caption: text('Through the sigmoid: the local derivative is σ′(u₃) = ŷ(1 − ŷ) = 0.25, so ∂L/∂u₃ = −0.5 × 0.25 = −0.125.', '经过 sigmoid：局部导数 σ′(u₃) = ŷ(1 − ŷ) = 0.25，所以 ∂L/∂u₃ = −0.5 × 0.25 = −0.125。'),
      action: next,
    },
    {
      caption: text('A sum passes the gradient on unchanged (local derivative 1): ∂L/∂u₁ = −0.125 × 1 = −0.125.', '加法把梯度原样传下去（局部导数为 1）：∂L/∂u₁ = −0.125 × 1 = −0.125。'),
      action: next,
    },
    { caption: text('…and to its other input: ∂L/∂u₂ = −0.125.', '……另一个输入也一样：∂L/∂u₂ = −0.125。'), action: next },
    {
      caption: text('A product’s local derivative is the other factor: ∂u₂/∂w₂ = x₂ = 2, so ∂L/∂w₂ = −0.125 × 2 = −0.25.', '乘法的局部导数是另一个因子：∂u₂/∂w₂ = x₂ = 2，所以 ∂L/∂w₂ = −0.125 × 2 = −0.25。'),
      action: next,
    },
    { caption: text('∂L/∂x₂ = −0.125 × w₂ = −0.125 × (−0.25) = 0.03125.', '∂L/∂x₂ = −0.125 × w₂ = −0.125 × (−0.25) = 0.03125。'), action: next },
    {
      caption: text('∂L/∂w₁ = −0.125 × x₁ = −0.125: exactly the deck’s (ŷ − y)·ŷ(1 − ŷ)·1·x₁.', '∂L/∂w₁ = −0.125 × x₁ = −0.125，正是课件中的 (ŷ − y)·ŷ(1 − ŷ)·1·x₁。'),
      action: next,
    },
    {
      caption: text('∂L/∂x₁ = −0.125 × w₁ = −0.0625. Every gradient is in place: the products along each path, summed where paths meet.', '∂L/∂x₁ = −0.125 × w₁ = −0.0625。所有梯度都已求出：沿每条路径相乘，路径汇合处相加。'),
      action: next,
    },
    {
      caption: text(
        'The update w ← w − η ∂L/∂w with η = 1: w₁ = 0.5 + 0.125 = 0.625, w₂ = −0.25 + 0.25 = 0. Run forward again: the loss falls from 0.125 to about 0.061.',
        '参数更新 w ← w − η ∂L/∂w，取 η = 1：w₁ = 0.5 + 0.125 = 0.625，w₂ = −0.25 + 0.25 = 0。再做一次前向传播：损失从 0.125 降到约 0.061。',
      ),
      action: { kind: 'update' },
    },
  ],
};
