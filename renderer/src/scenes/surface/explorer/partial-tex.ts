/**
 * The TeX a slice panel shows for its partial derivative, "∂f/∂x = …". One function for the panel
 * (SlicePanel.svelte) and the surface worker that typesets it ahead (surface-job.ts, issue 11): the
 * worker's HTML is found in the page's KaTeX cache only if both build exactly the same string.
 */
import { variableLatex } from '$shared/expr/latex';

/** `fn`: the function's letter (f, or L for the deck's loss); `own`: the variable's name as typed. */
export function partialTex(fn: string, own: string, latex: string | null): string {
  return `\\frac{\\partial ${fn}}{\\partial ${variableLatex(own)}} = ${latex ?? ''}`;
}
