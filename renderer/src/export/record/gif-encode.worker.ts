/**
 * GIF encoding off the main thread: quantising and LZW-compressing a 1280×720 frame takes tens of
 * milliseconds, which on the page would stall the progress bar and the Cancel button between frames.
 */
import { createGifHost } from './gif-encode-host';
import type { GifAnswer, GifRequest } from './gif-encode.protocol';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<GifRequest & { readonly id: number }>) => void) | null;
  postMessage: (message: { readonly id: number; readonly result: GifAnswer }, transfer: Transferable[]) => void;
};

const host = createGifHost();

scope.onmessage = (e) => {
  const { answer, transfer } = host(e.data);
  scope.postMessage({ id: e.data.id, result: answer }, transfer);
};
