/**
 * One recording from start to file: checks the settings, asks the scene for its frame source,
 * lays out the frames, picks the encoder (GIF writer or MediaRecorder) and runs the loop. The
 * result is the file's bytes with its MIME type and a file name; saving is the dialog's business.
 */
import { exportFileName } from '../capture-math';
import type { AnimationSpec, Translate } from './animation-source';
import { currentFrameStyle, drawFrame } from './compose';
import { frameCounts, frameLayout, settingsProblem, type FrameCounts, type RecordSettings } from './frame-plan';
import { createGifSink } from './gif-worker-sink';
import { runRecording, type FrameSink, type RecordOutcome } from './record-run';
import { browserWebmType } from './webm-format';
import { WebmSink } from './webm-sink';
import { WebCodecsSink, webCodecsAvailable, webCodecsChoice } from './webcodecs-sink';

export interface RecordRequest {
  readonly spec: AnimationSpec;
  readonly settings: RecordSettings;
  readonly caption: boolean;
  readonly t: Translate;
  readonly signal: AbortSignal;
  onProgress?(done: number, total: number): void;
  /** WebM only: progress of the real-time pass that feeds the drawn frames to the recorder. */
  onEncode?(done: number, total: number): void;
}

export type RecordResult =
  | { readonly kind: 'done'; readonly bytes: Uint8Array; readonly mime: string; readonly name: string; readonly frames: number }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly reason: string };

const reasonOf = (e: unknown): string => (e instanceof Error ? e.message : String(e)).slice(0, 200);

export async function recordAnimation(req: RecordRequest): Promise<RecordResult> {
  const { spec, settings, signal } = req;
  const problem = settingsProblem(settings);
  if (problem) return { kind: 'failed', reason: problem };
  const webmType = settings.format === 'webm' ? browserWebmType() : null;
  if (settings.format === 'webm' && webmType === null && !webCodecsAvailable()) return { kind: 'failed', reason: 'record.noWebm' };
  if (signal.aborted) return { kind: 'cancelled' };

  let source;
  try {
    source = await spec.begin();
  } catch (e) {
    return { kind: 'failed', reason: reasonOf(e) };
  }
  const counts: FrameCounts = frameCounts(settings.fps, settings.durationS, settings.holdS);
  const { width, height } = settings;
  const layout = frameLayout(width, height, spec.aspect(), req.caption);
  const out = document.createElement('canvas');
  out.width = width;
  out.height = height;
  const ctx = out.getContext('2d', { willReadFrequently: settings.format === 'gif' });
  const style = currentFrameStyle();

  let outcome: RecordOutcome;
  if (!ctx) {
    source.restore();
    return { kind: 'failed', reason: 'no 2D canvas context' };
  }
  const draw = async (state: number): Promise<void> => {
    const picture = await source.render(state, layout.picture.w, layout.picture.h);
    drawFrame(ctx, layout, picture, req.caption ? source.caption(state, req.t) : null, style);
  };
  const common = { counts, stateAt: (p: number) => source.stateAt(p), restore: () => source.restore(), signal, onProgress: req.onProgress };
  try {
    if (settings.format === 'gif') {
      const sink: FrameSink<Uint8ClampedArray> = createGifSink(width, height, settings.fps, counts);
      outcome = await runRecording({
        ...common,
        sink,
        render: async (state) => {
          await draw(state);
          return ctx.getImageData(0, 0, width, height).data;
        },
      });
    } else {
      // WebCodecs where it exists (exact timestamps, nothing dropped); MediaRecorder otherwise.
      const codecs = await webCodecsChoice(width, height, settings.fps);
      const sink: FrameSink<HTMLCanvasElement> = codecs
        ? new WebCodecsSink(width, height, settings.fps, codecs)
        : new WebmSink(width, height, settings.fps, webmType ?? 'video/webm', { signal, onEncode: req.onEncode });
      outcome = await runRecording({
        ...common,
        sink,
        render: async (state) => {
          await draw(state);
          return out;
        },
      });
    }
  } catch (e) {
    // The encoder could not even start (runRecording itself never throws): the scene goes back.
    source.restore();
    return { kind: 'failed', reason: reasonOf(e) };
  }
  if (outcome.kind === 'cancelled') return outcome;
  if (outcome.kind === 'failed') return { kind: 'failed', reason: reasonOf(outcome.error) };
  const ext = settings.format === 'gif' ? 'gif' : 'webm';
  return {
    kind: 'done',
    bytes: outcome.bytes,
    mime: settings.format === 'gif' ? 'image/gif' : 'video/webm',
    name: exportFileName(spec.id, null, ext),
    frames: outcome.frames,
  };
}
