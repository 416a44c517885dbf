import type { Result } from '../result';
import { err, ok } from '../result';
import type { LocalizedText } from '../text';
import { text } from '../text';
import { centralStep, representableStep } from './stepSize';

/** The tangent y = f(x0) + slope·(x − x0) = slope·x + intercept. */
export interface TangentLine {
  readonly x0: number;
  readonly y0: number;
  readonly slope: number;
  readonly intercept: number;
  /** The line's value at x (evaluated around x0, which is more accurate than slope·x + intercept far from 0). */
  readonly at: (x: number) => number;
}

/**
 * Tangent line of f at x0. The slope is `dfx0` when given (e.g. a symbolic derivative), otherwise a
 * central difference with h = ∛ε·max(1, |x0|). Fails when f(x0) or the slope is not finite.
 */
export function tangentLine(f: (x: number) => number, x0: number, dfx0?: number): Result<TangentLine, LocalizedText> {
  const y0 = f(x0);
  if (!Number.isFinite(x0) || !Number.isFinite(y0)) {
    return err(text('f is not defined (finite) at this point, so it has no tangent there.', 'f 在该点没有定义（或不是有限值），因此没有切线。'));
  }
  let slope = dfx0;
  if (slope === undefined) {
    const hp = representableStep(x0, centralStep(x0));
    const hm = representableStep(x0, -centralStep(x0));
    slope = (f(x0 + hp) - f(x0 + hm)) / (hp - hm);
  }
  if (!Number.isFinite(slope)) {
    return err(text('The derivative is not finite here (a vertical tangent or a corner).', '此处导数不是有限值（竖直切线或尖点）。'));
  }
  const m = slope;
  return ok({ x0, y0, slope: m, intercept: y0 - m * x0, at: (x: number) => y0 + m * (x - x0) });
}
