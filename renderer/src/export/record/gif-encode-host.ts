/**
 * The encoder side of a GIF recording, as the worker runs it: one GifWriter per session. Kept out
 * of the worker file so the unit tests run the very same code in-process.
 */
import type { GifAnswer, GifRequest } from './gif-encode.protocol';
import { GifWriter } from './gif-writer';

export interface GifHostReply {
  readonly answer: GifAnswer;
  /** Buffers to move back to the page instead of copying. */
  readonly transfer: Transferable[];
}

export function createGifHost(): (request: GifRequest) => GifHostReply {
  const writers = new Map<number, GifWriter>();
  const ok: GifHostReply = { answer: { ok: true }, transfer: [] };
  return (request) => {
    try {
      switch (request.op) {
        case 'start':
          writers.set(request.session, new GifWriter(request.width, request.height, { repeat: request.repeat }));
          return ok;
        case 'abort':
          writers.delete(request.session);
          return ok;
        case 'add': {
          const w = writers.get(request.session);
          if (!w) return { answer: { ok: false, error: `no GIF recording ${request.session}` }, transfer: [] };
          if (request.rgba === null) w.holdFrame(request.delayCs);
          else w.addFrame(request.rgba, request.delayCs);
          return ok;
        }
        case 'finish': {
          const w = writers.get(request.session);
          if (!w) return { answer: { ok: false, error: `no GIF recording ${request.session}` }, transfer: [] };
          writers.delete(request.session);
          const bytes = w.finish();
          return { answer: { ok: true, bytes }, transfer: [bytes.buffer] };
        }
      }
    } catch (e) {
      // A writer that threw is unusable: drop it so a stray later frame cannot append to it.
      writers.delete(request.session);
      return { answer: { ok: false, error: (e instanceof Error ? e.message : String(e)).slice(0, 200) }, transfer: [] };
    }
  };
}
