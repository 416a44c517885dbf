/** The canvas id of the edge feeding `source` into input slot `slot` of `target`. */
export function edgeId(source: string, target: string, slot: number): string {
  return `${source}->${target}#${slot}`;
}
