/**
 * The deck's own way to write the partials of its loss L = ½(ŷ − y)², ŷ = σ(u₃), u₃ = u₁ + u₂,
 * u₁ = w₁x₁, u₂ = w₂x₂: as the product of local derivatives along the graph,
 * ∂L/∂wᵢ = (ŷ − y) · ŷ(1 − ŷ) · 1 · xᵢ. Computed factor by factor so the panel can show each number.
 */
export interface DeckLossChain {
  readonly u3: number;
  readonly yHat: number;
  /** ∂L/∂ŷ = ŷ − y. */
  readonly dLdyHat: number;
  /** ∂ŷ/∂u₃ = σ′(u₃) = ŷ(1 − ŷ). */
  readonly dyHatdu3: number;
  /** ∂L/∂w₁ and ∂L/∂w₂ as the products of the factors. */
  readonly dw1: number;
  readonly dw2: number;
}

export function deckLossChain(w1: number, w2: number, x1: number, x2: number, y: number): DeckLossChain {
  const u3 = w1 * x1 + w2 * x2;
  const yHat = 1 / (1 + Math.exp(-u3));
  const dLdyHat = yHat - y;
  const dyHatdu3 = yHat * (1 - yHat);
  return { u3, yHat, dLdyHat, dyHatdu3, dw1: dLdyHat * dyHatdu3 * 1 * x1, dw2: dLdyHat * dyHatdu3 * 1 * x2 };
}
