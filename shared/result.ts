/**
 * Expected failures are values, not exceptions (DESIGN.md §5): every API that can reject user
 * input returns a Result. A thrown exception out of shared/ is a bug.
 */
export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });
export const err = <E>(error: E): { readonly ok: false; readonly error: E } => ({ ok: false, error });
