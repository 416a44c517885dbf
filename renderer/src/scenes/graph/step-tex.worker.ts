/**
 * Typesets the step panel's upcoming formulas off the page's thread (step-tex-client.ts): KaTeX's
 * rendering is pure string work, the same function and options as the page's own cache
 * (katex-render.ts), so the HTML it sends back is exactly what the page would have made.
 * Each formula is sent as soon as it is done, nearest step first.
 */
import { renderKatex } from '../../components/katex-render';
import type { StepTexRequest, StepTexResponse } from './step-tex-client';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<StepTexRequest>) => void) | null;
  postMessage: (message: StepTexResponse) => void;
};

scope.onmessage = (e) => {
  for (const tex of e.data.texs) scope.postMessage({ tex, html: renderKatex(tex, true) });
};
