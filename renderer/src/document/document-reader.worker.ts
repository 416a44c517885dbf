/**
 * The document reader off the main thread (issue 12): JSON parsing, migration and every scene's
 * validation (zod, the graph's structure checks and layout) of a large document run here, so a
 * 2,000-node graph file never blocks the page. Stateless: one answer per request.
 */
import { parseDocument } from './parse-document';
import type { ReadRequest, ReadResponse } from './document-reader.protocol';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ReadRequest>) => void) | null;
  postMessage: (message: ReadResponse) => void;
};

scope.onmessage = (e) => {
  const { id, source } = e.data;
  let result: ReadResponse['result'];
  try {
    result = parseDocument(source);
  } catch (x) {
    // The reader returns its refusals; a throw is a bug, reported as a refusal rather than lost.
    const m = (x instanceof Error ? x.message : String(x)).slice(0, 160);
    result = { ok: false, error: { en: m, 'zh-CN': m } };
  }
  scope.postMessage({ id, result });
};
