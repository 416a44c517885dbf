import { describe, expect, it } from 'vitest';
import { frameCounts } from './frame-plan';
import { runRecording, type FrameSink } from './record-run';

class MemorySink implements FrameSink<string> {
  added: (string | null)[] = [];
  aborted = false;
  finished = false;
  add(p: string | null): Promise<void> {
    this.added.push(p);
    return Promise.resolve();
  }
  finish(): Promise<Uint8Array> {
    this.finished = true;
    return Promise.resolve(new Uint8Array([this.added.length]));
  }
  abort(): void {
    this.aborted = true;
  }
}

/** A scene with `states` discrete states, a "user state" that recording must put back. */
function scene(states: number) {
  const s = { user: 7, current: 7, renders: [] as number[], restores: 0 };
  return {
    s,
    stateAt: (p: number) => Math.min(states - 1, Math.floor(p * states)),
    render: (state: number) => {
      s.current = state;
      s.renders.push(state);
      return Promise.resolve(`picture-${state}`);
    },
    restore: () => {
      s.current = s.user;
      s.restores += 1;
    },
  };
}

const now = (): Promise<void> => Promise.resolve();

describe('runRecording', () => {
  it('renders each distinct state once, passes repeats as null, reports progress, restores once', async () => {
    const sc = scene(3);
    const sink = new MemorySink();
    const progress: number[] = [];
    const counts = frameCounts(6, 1, 0.5); // 6 + 3 frames
    const out = await runRecording({ counts, ...sc, sink, signal: new AbortController().signal, onProgress: (d) => progress.push(d), yieldToPage: now });
    expect(out.kind).toBe('done');
    if (out.kind !== 'done') return;
    expect(out.frames).toBe(9);
    expect(out.rendered).toBe(3);
    expect(sc.s.renders).toEqual([0, 1, 2]);
    // Positions i/5 for i < 6, then 1: states ⌊3p⌋ clamped = 0,0,1,1,2,2 | 2,2,2.
    expect(sink.added).toEqual(['picture-0', null, 'picture-1', null, 'picture-2', null, null, null, null]);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(sc.s.current).toBe(sc.s.user);
    expect(sc.s.restores).toBe(1);
    expect(sink.finished).toBe(true);
  });

  it('cancel mid-way: stops within one frame, no output, encoder aborted, scene restored', async () => {
    const sc = scene(100);
    const sink = new MemorySink();
    const ctl = new AbortController();
    const counts = frameCounts(10, 10, 0);
    const out = await runRecording({
      counts, ...sc, sink, signal: ctl.signal, yieldToPage: now,
      onProgress: (d) => {
        if (d === 5) ctl.abort();
      },
    });
    expect(out.kind).toBe('cancelled');
    expect(sink.added.length).toBe(5);
    expect(sink.aborted).toBe(true);
    expect(sink.finished).toBe(false);
    expect(sc.s.current).toBe(sc.s.user);
    expect(sc.s.restores).toBe(1);
  });

  it('a cancel that arrives while a frame renders does not encode that frame', async () => {
    const sc = scene(10);
    const sink = new MemorySink();
    const ctl = new AbortController();
    const out = await runRecording({
      counts: frameCounts(10, 1, 0), ...sc, sink, signal: ctl.signal, yieldToPage: now,
      render: (state) => {
        if (state === 3) ctl.abort();
        return sc.render(state);
      },
    });
    expect(out.kind).toBe('cancelled');
    expect(sink.added).toEqual(['picture-0', 'picture-1', 'picture-2']);
    expect(sc.s.current).toBe(sc.s.user);
  });

  it('a render that throws fails the recording, aborts the encoder and still restores', async () => {
    const sc = scene(10);
    const sink = new MemorySink();
    const out = await runRecording({
      counts: frameCounts(10, 1, 0), ...sc, sink, signal: new AbortController().signal, yieldToPage: now,
      render: (state) => (state === 2 ? Promise.reject(new Error('capture failed')) : sc.render(state)),
    });
    expect(out.kind).toBe('failed');
    if (out.kind === 'failed') expect(String(out.error)).toContain('capture failed');
    expect(sink.aborted).toBe(true);
    expect(sc.s.current).toBe(sc.s.user);
    expect(sc.s.restores).toBe(1);
  });

  it('an already cancelled signal records nothing', async () => {
    const sc = scene(10);
    const sink = new MemorySink();
    const ctl = new AbortController();
    ctl.abort();
    const out = await runRecording({ counts: frameCounts(10, 1, 0), ...sc, sink, signal: ctl.signal, yieldToPage: now });
    expect(out.kind).toBe('cancelled');
    expect(sc.s.renders).toEqual([]);
    expect(sc.s.restores).toBe(1);
  });
});
