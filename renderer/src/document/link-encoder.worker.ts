/**
 * Deflates view links off the main thread (issue 12): a 2,000-node graph's link took 100–700 ms of
 * deflate (and its garbage) on the main thread. One answer per request; the page keeps only the
 * newest answer it still wants.
 */
import { deflateSync } from 'fflate';
import { encodeWith } from './link-format';
import type { LinkEncodeRequest, LinkEncodeResponse } from './link-encoder';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<LinkEncodeRequest>) => void) | null;
  postMessage: (message: LinkEncodeResponse) => void;
};

scope.onmessage = (e) => {
  const { id, json } = e.data;
  scope.postMessage({ id, result: encodeWith((b) => deflateSync(b, { level: 9 }), json) });
};
