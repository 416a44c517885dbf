/**
 * Messages between the document reader (document-reader.ts) and its worker
 * (document-reader.worker.ts), and the step that turns a cloned document back into the app's data.
 */
import type { Result } from '$shared/result';
import type { LocalizedText } from '$shared/text';
import { dictFrom } from '$shared/dict';
import type { GradlabDocument } from './document-types';

export interface ReadRequest {
  readonly id: number;
  readonly source: string;
}

export interface ReadResponse {
  readonly id: number;
  readonly result: Result<GradlabDocument, LocalizedText>;
}

/**
 * A document as it arrives from the worker, made equal to what the in-thread reader returns.
 * Structured cloning gives every object a prototype again; the graph's positions are keyed by node
 * ids, which are data only (`__proto__`, `constructor` and `toString` are valid ids), so they go
 * back into a prototype-less record. The clone keeps such keys as own properties, so nothing is lost.
 */
export function reviveDocument(doc: GradlabDocument): GradlabDocument {
  const graph = doc.scenes.graph;
  if (!graph) return doc;
  const positions = dictFrom(Object.entries(graph.doc.positions));
  return { ...doc, scenes: { ...doc.scenes, graph: { ...graph, doc: { ...graph.doc, positions } } } };
}
