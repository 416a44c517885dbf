/**
 * What the pointer is on in the several-variables panel, and which paths that lights up. A path is
 * input → intermediate → z; hovering an inner edge or a term picks one path, an edge into z all
 * paths through its intermediate, an input node all paths from it (its whole sum).
 */

export interface PathHover {
  /** null = any input. */
  readonly input: string | null;
  /** null = any intermediate. */
  readonly via: string | null;
}

export function pathActive(h: PathHover | null, input: string, via: string): boolean {
  return h !== null && (h.input === null || h.input === input) && (h.via === null || h.via === via);
}

/** An edge is lit when a lit path runs along it. */
export function edgeActive(h: PathHover | null, from: string, to: string, inputs: readonly string[], mids: readonly string[]): boolean {
  if (h === null) return false;
  if (inputs.includes(from)) return pathActive(h, from, to);
  return mids.includes(from) && inputs.some((i) => pathActive(h, i, from));
}
