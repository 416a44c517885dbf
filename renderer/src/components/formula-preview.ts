/**
 * The TeX the formula box previews for a parsed formula (FormulaInput.svelte), as a pure function
 * so that the surface worker can typeset the very same string ahead (surface-job.ts, issues 11
 * and 12): the page then finds the KaTeX HTML in its cache (katex-render.ts `prime`) and only
 * inserts it. Bounded like every printer: a formula too large or too deep gives null (the box then
 * shows the text as typed).
 */
import type { Expr } from '$shared/expr/ast';
import { typesetLatex } from '$shared/expr/budget';
import { toLatex } from '$shared/expr/latex';

/** The preview's TeX (display mode), or null when too large to typeset in a frame. */
export function previewLatex(e: Expr): string | null {
  return typesetLatex(e, toLatex);
}
