/**
 * The TeX a slice panel shows for its partial derivative, "∂f/∂x = …". One module for the panel
 * (SlicePanel.svelte), the page's point model and the surface worker that typesets it ahead
 * (surface-job.ts, issue 11): the worker's HTML is found in the page's KaTeX cache only if both
 * build exactly the same string.
 */
import type { Expr } from '$shared/expr/ast';
import { typesetLatex } from '$shared/expr/budget';
import { toLatex, variableLatex } from '$shared/expr/latex';
import { nameRepeated } from '$shared/expr/name-repeated';

/** `fn`: the function's letter (f, or L for the deck's loss); `own`: the variable's name as typed. */
export function partialTex(fn: string, own: string, latex: string | null): string {
  return `\\frac{\\partial ${fn}}{\\partial ${variableLatex(own)}} = ${latex ?? ''}`;
}

/**
 * The right-hand side for the derivative `d` (in the formula's own names), or null when it is too
 * large to typeset (`maxLatex` characters, the same bound as without naming). A subexpression the
 * chain rule repeated is named once — "(u − 1) u (1 − u), u = σ(1.2w₁ + 0.5w₂)" rather than σ(…)
 * three times (shared/expr/name-repeated.ts): it reads as the board would, fits a side panel and
 * typesets in about half the nodes.
 */
export function partialLatex(d: Expr, maxLatex: number): string | null {
  if (typesetLatex(d, toLatex, maxLatex) === null) return null;
  const { body, parts } = nameRepeated(d);
  // A narrow panel wraps the line between the parts, never inside "u = σ(…)" (a group KaTeX does
  // not break) nor right after its "=".
  return [toLatex(body), ...parts.map((p) => `{${variableLatex(p.name)} = ${toLatex(p.value)}}`)].join(',\\allowbreak\\quad ');
}
