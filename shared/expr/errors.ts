/**
 * Positioned, bilingual errors for everything that can reject a formula. The UI underlines
 * `text.slice(start, end)` of the ORIGINAL text the student typed (an empty range means "here").
 */
import type { LocalizedText } from '../text';
import { text } from '../text';

/** Stable machine-readable reasons; the UI may branch on them, tests assert them. */
export type ExprErrorCode =
  | 'empty'
  | 'too-long'
  | 'too-deep'
  | 'syntax'
  | 'unexpected-character'
  | 'unbalanced-paren'
  | 'unbalanced-bar'
  | 'bad-number'
  | 'unknown-function'
  | 'unknown-variable'
  | 'reserved-name'
  | 'missing-argument'
  | 'wrong-arity'
  | 'not-allowed';

export interface ExprError {
  readonly code: ExprErrorCode;
  readonly message: LocalizedText;
  /** 0-based offset of the first offending character in the original text, 0 <= start <= end. */
  readonly start: number;
  /** 0-based offset one past the last offending character, end <= text.length. */
  readonly end: number;
}

/** Builds an error, clamping the span into [0, length] so callers can never produce a bad range. */
export function exprError(
  code: ExprErrorCode,
  en: string,
  zh: string,
  start: number,
  end: number,
  length: number,
): ExprError {
  const s = Math.max(0, Math.min(length, Number.isFinite(start) ? Math.floor(start) : 0));
  const e = Math.max(s, Math.min(length, Number.isFinite(end) ? Math.floor(end) : s));
  return { code, message: text(en, zh), start: s, end: e };
}
