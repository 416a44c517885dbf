/**
 * The explorer's overlay colours, shared by the 3D overlays and the 2D panels so that "the x
 * slice" is the same orange-red everywhere and "the y slice" the same blue. None of them sits on
 * the viridis ramp of the surface except the y blue (kept for its convention); the lines are drawn
 * thick and lifted so they still read on top of it. CSS hex strings: usable by three's
 * `Color.set` and directly in Svelte styles.
 */

/** Everything about x at fixed y = b: plane y = b, curve z = f(x, b), ∂f/∂x, its tangent line. */
export const X_COLOR = '#e4572e';
/** Everything about y at fixed x = a: plane x = a, curve z = f(a, y), ∂f/∂y, its tangent line. */
export const Y_COLOR = '#2e86de';
/** The gradient ∇f(a, b) (floor and lifted arrows). */
export const GRADIENT_COLOR = '#d6336c';
/** The unit vector u(θ) of the directional-derivative dial. */
export const UNIT_VECTOR_COLOR = '#f59f00';
/** The tangent plane (drawn translucent). */
export const TANGENT_PLANE_COLOR = '#c9ccd1';
/** The point (a, b, f(a, b)) and its drop line. */
export const POINT_COLOR = '#212529';
/** Contour lines drawn on the surface (the floor copy uses the colour map instead). */
export const CONTOUR_COLOR = '#1b1b1f';
/** Ring around a walker that diverged. */
export const DIVERGED_COLOR = '#e03131';
/**
 * Walker colours in legend order. Chosen away from every colour above (no orange-red, blue,
 * magenta or amber) so a trail is never mistaken for a slice or an arrow, and differing in
 * lightness as well as hue so neighbours stay distinct for colour-blind viewers.
 */
export const WALKER_COLORS: readonly string[] = ['#000000', '#009e73', '#6a3d9a', '#8c510a', '#17becf', '#6c757d', '#bcbd22', '#1b2a6b'];

/** The walker colour for legend position `index` (cycles after WALKER_COLORS.length). */
export function walkerColor(index: number): string {
  const n = WALKER_COLORS.length;
  return WALKER_COLORS[((Math.trunc(index) % n) + n) % n] ?? '#000000';
}
