/**
 * Older documents become current ones through a chain of steps, one per version: a v0 document
 * (the graph canvas's own file, `{ type: 'gradient-lab.graph', version: 1, graph, positions }`)
 * becomes a v1 document holding only the graph. A future v2 adds `1: v1ToV2` and nothing else.
 */
import type { Result } from '$shared/result';
import { err, ok } from '$shared/result';
import type { LocalizedText } from '$shared/text';
import { GRAPH_FILE_TYPE, parseGraphFile } from '../scenes/graph/graph-file';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION } from './document-types';
import type { GraphState } from './graph-state';

/** One step: a document of version k (already known to be one) to version k + 1, or why not. */
type Migration = (raw: Record<string, unknown>) => Result<Record<string, unknown>, LocalizedText>;

/** The graph settings a v0 file did not have: the canvas's own defaults. */
const V0_GRAPH_SETTINGS: Omit<GraphState, 'doc'> = { template: 'deck', dataset: 'example', optimizer: 'gd', learningRate: 1, steps: 100 };

const v0ToV1: Migration = (raw) => {
  // The graph file's own checks (and its bilingual reasons) decide whether the graph is sound.
  const g = parseGraphFile(JSON.stringify(raw));
  if (!g.ok) return err(g.error);
  const graph: GraphState = { doc: g.value, ...V0_GRAPH_SETTINGS };
  return ok({ format: DOCUMENT_FORMAT, version: 1, chapter: 'graphs', scenes: { graph } });
};

export const MIGRATIONS: Readonly<Record<number, Migration>> = { 0: v0ToV1 };

/** The version of a parsed JSON object, or 'foreign' when it is not a Gradient Lab document at all. */
export function detectVersion(raw: Record<string, unknown>): number | 'foreign' {
  if (raw.format === DOCUMENT_FORMAT) return typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version >= 1 ? raw.version : 'foreign';
  if (raw.type === GRAPH_FILE_TYPE) return 0;
  return 'foreign';
}

/** Runs the steps from `version` up to the current one. */
export function migrate(raw: Record<string, unknown>, version: number): Result<Record<string, unknown>, LocalizedText> {
  let doc = raw;
  for (let v = version; v < DOCUMENT_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return err({ en: `no migration from format ${v}`, 'zh-CN': `没有从格式 ${v} 升级的方法` });
    const r = step(doc);
    if (!r.ok) return r;
    doc = r.value;
  }
  return ok(doc);
}
