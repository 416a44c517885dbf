/**
 * The step panel's formulas in LaTeX (StepPanel.svelte typesets them with KaTeX): the forward
 * evaluation, the backward chain-rule term, and the running sum where a value feeds several nodes.
 *
 * One builder for both uses: the panel builds the formula of the step it shows, and the
 * prefetcher (step-tex-client.ts) builds the formulas of the steps that come next, straight from
 * the analysis, so a worker can typeset them before they are shown — the same strings, hence the
 * same cache keys (issue 11: typesetting was ≈ 5 ms of every animation step).
 */
import type { BackwardStep } from '$shared/autodiff/backward';
import type { ForwardStep } from '$shared/autodiff/forward';
import { nameTex, numTex } from './name-tex';
import { opTex } from './op-tex';
import type { Analysis, Cursor, RunningSum } from './run-model';
import { elide } from './step-text';

/** A node's display name by id. */
export type NameOf = (id: string) => string;

/** "u₃ = u₁ + u₂ = 0.3 + 0.5 = 0.8" in LaTeX. */
export function forwardTex(s: ForwardStep, name: NameOf): string {
  // A 1,000-input Σ shows its first and last terms: KaTeX would otherwise typeset all of them.
  const ins = elide(s.inputIds.map((i) => nameTex(name(i))), '\\cdots');
  const vals = elide(s.inputValues.map((v) => numTex(v, true)), '\\cdots');
  return `${nameTex(name(s.nodeId))} = ${opTex(s.op, ins)} = ${opTex(s.op, vals)} = ${numTex(s.value)}`;
}

/** ∂L/∂n · ∂n/∂t = upstream × local = contribution. */
export function backwardTex(s: BackwardStep, outName: string, name: NameOf): string {
  const L = nameTex(outName);
  const n = nameTex(name(s.nodeId));
  const t = nameTex(name(s.targetId));
  return `\\frac{\\partial ${L}}{\\partial ${n}} \\cdot \\frac{\\partial ${n}}{\\partial ${t}} = ${numTex(s.upstream, true)} \\times ${numTex(s.local, true)} = ${numTex(s.contribution)}`;
}

/** ∂L/∂t = the contributions so far (+ ⋯ while some are still to come) = their sum; null for a single path. */
export function runningSumTex(r: RunningSum, outName: string, name: NameOf): string | null {
  if (r.expected < 2) return null;
  const L = nameTex(outName);
  const t = nameTex(name(r.targetId));
  const total = r.terms.reduce((a, b) => a + b, 0);
  const terms = elide(r.terms.map((x, i) => (i === 0 ? numTex(x) : x < 0 ? `- ${numTex(-x)}` : `+ ${numTex(x)}`)), '+ \\cdots').join(' ');
  const rest = r.terms.length < r.expected ? ' + \\cdots' : '';
  return `\\frac{\\partial ${L}}{\\partial ${t}} = ${terms}${rest} = ${numTex(total)}`;
}

/** The output's name as the formulas write it ("L" when there is none). */
export function outNameOf(a: Analysis, name: NameOf): string {
  return a.outputId === undefined ? 'L' : name(a.outputId);
}

/**
 * The display formulas the step panel typesets at `cursor`, in order, from the analysis alone
 * (the running sum as run-model's viewAt builds it). Empty where the panel shows only words.
 */
export function formulasAt(a: Analysis, cursor: Cursor, name: NameOf): string[] {
  if (a.blocked.length > 0 || a.outputId === undefined || a.forward === undefined || cursor.phase === 'idle' || cursor.k <= 0) return [];
  if (cursor.phase === 'forward') {
    const s = a.forwardSteps[cursor.k - 1];
    return s ? [forwardTex(s, name)] : [];
  }
  const steps = a.backward?.steps ?? [];
  const s = steps[cursor.k - 1];
  if (s === undefined) return [];
  const out = outNameOf(a, name);
  const terms: number[] = [];
  let expected = 0;
  steps.forEach((t, i) => {
    if (t.targetId !== s.targetId) return;
    expected++;
    if (i < cursor.k) terms.push(t.contribution);
  });
  const sum = runningSumTex({ targetId: s.targetId, terms, expected }, out, name);
  return sum === null ? [backwardTex(s, out, name)] : [backwardTex(s, out, name), sum];
}

/** The cursor after `c` in play order (forward to the end, then backward), or undefined at the end. */
export function nextCursor(a: Analysis, c: Cursor): Cursor | undefined {
  if (a.forward === undefined) return undefined;
  const nf = a.forwardSteps.length;
  if (c.phase === 'idle') return nf > 0 ? { phase: 'forward', k: 1 } : a.backward ? { phase: 'backward', k: 0 } : undefined;
  if (c.phase === 'forward') return c.k < nf ? { phase: 'forward', k: c.k + 1 } : a.backward ? { phase: 'backward', k: 0 } : undefined;
  return a.backward && c.k < a.backward.steps.length ? { phase: 'backward', k: c.k + 1 } : undefined;
}

/** The formulas of the next `count` steps after `cursor` (what the presenter will see next). */
export function upcomingFormulas(a: Analysis, cursor: Cursor, name: NameOf, count: number): string[] {
  const out: string[] = [];
  let c: Cursor | undefined = cursor;
  for (let i = 0; i < count; i++) {
    c = nextCursor(a, c);
    if (c === undefined) break;
    out.push(...formulasAt(a, c, name));
  }
  return out;
}
