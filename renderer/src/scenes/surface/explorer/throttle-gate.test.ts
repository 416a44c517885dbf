import { describe, expect, it } from 'vitest';
import { ThrottleGate, type GateClock, type GateOptions } from './throttle-gate';

/** A hand-driven clock: timers and "after paint" callbacks run when the test advances time. */
class FakeClock implements GateClock {
  t = 0;
  timers: { at: number; f: () => void; live: boolean }[] = [];
  paints: (() => void)[] = [];
  now(): number {
    return this.t;
  }
  after(ms: number, f: () => void): () => void {
    const timer = { at: this.t + ms, f, live: true };
    this.timers.push(timer);
    return () => {
      timer.live = false;
    };
  }
  afterPaint(f: () => void): void {
    this.paints.push(f);
  }
  waits: { left: number; f: () => void; live: boolean }[] = [];
  afterFrames(n: number, f: () => void): () => void {
    const w = { left: n, f, live: true };
    this.waits.push(w);
    return () => {
      w.live = false;
    };
  }
  /** A page frame begins (requestAnimationFrame callbacks run). */
  frame(): void {
    const ws = this.waits;
    this.waits = [];
    for (const w of ws) {
      if (!w.live) continue;
      if (--w.left <= 0) w.f();
      else this.waits.push(w);
    }
  }
  /** The frame is drawn `cost` ms after now. */
  paint(cost: number): void {
    this.t += cost;
    const ps = this.paints;
    this.paints = [];
    for (const p of ps) p();
  }
  advance(ms: number): void {
    const end = this.t + ms;
    for (;;) {
      const due = this.timers.filter((x) => x.live && x.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.t = Math.max(this.t, due.at);
      due.live = false;
      due.f();
    }
    this.t = end;
  }
}

const OPTS: GateOptions = { minMs: 150, factor: 3, maxMs: 2500 };

function setup(): { clock: FakeClock; gate: ThrottleGate<number>; shown: number[] } {
  const clock = new FakeClock();
  const shown: number[] = [];
  const gate = new ThrottleGate<number>((v) => shown.push(v), clock, OPTS);
  return { clock, gate, shown };
}

describe('ThrottleGate', () => {
  it('commits every value at once when no drag is in progress', () => {
    const { gate, shown } = setup();
    for (let i = 0; i < 5; i++) gate.offer(i, false);
    expect(shown).toEqual([0, 1, 2, 3, 4]);
  });

  it('while dragging on a fast machine, updates at most every minMs, always ending on the newest value', () => {
    const clock = new FakeClock();
    const shown: { v: number; t: number }[] = [];
    const gate = new ThrottleGate<number>((v) => shown.push({ v, t: clock.t }), clock, OPTS);
    // 60 Hz input for 20 frames, each frame drawn 10 ms after its input, then 25 quiet frames.
    for (let i = 0; i < 45; i++) {
      if (i < 20) gate.offer(i, true);
      clock.paint(10);
      clock.advance(6);
    }
    expect(shown[0]).toEqual({ v: 0, t: 0 });
    expect(shown.at(-1)?.v).toBe(19);
    // Cheap updates (3 × 10 ms < 150 ms): the interval is minMs, never shorter.
    for (let k = 1; k < shown.length; k++) expect(shown[k]!.t - shown[k - 1]!.t).toBeGreaterThanOrEqual(OPTS.minMs);
    expect(shown.length).toBeGreaterThanOrEqual(3);
    expect(gate.hasPending).toBe(false);
  });

  it('on a slow machine the interval is factor × the measured cost of an update', () => {
    const { clock, gate, shown } = setup();
    gate.offer(0, true);
    clock.paint(700); // a 700 ms frame → the next update no sooner than t = 2100
    gate.offer(1, true);
    clock.advance(100); // t = 800
    gate.offer(2, true);
    clock.advance(1200); // t = 2000
    expect(shown).toEqual([0]);
    clock.advance(100); // t = 2100
    expect(shown).toEqual([0, 2]);
  });

  it('the interval never exceeds maxMs, even before the cost is known', () => {
    const { clock, gate, shown } = setup();
    gate.offer(0, true); // no paint ever reported (e.g. a hidden window)
    gate.offer(1, true);
    clock.advance(OPTS.maxMs - 1);
    expect(shown).toEqual([0]);
    clock.advance(1);
    expect(shown).toEqual([0, 1]);
  });

  it('the end of a drag shows the held-back value immediately, and the next value passes straight through', () => {
    const { clock, gate, shown } = setup();
    gate.offer(0, true);
    clock.paint(500);
    gate.offer(1, true);
    gate.offer(2, true);
    expect(shown).toEqual([0]);
    gate.release();
    expect(shown).toEqual([0, 2]);
    gate.offer(3, false);
    expect(shown).toEqual([0, 2, 3]);
    clock.advance(5000); // no timer left behind commits anything stale
    expect(shown).toEqual([0, 2, 3]);
  });

  it('a value offered without a drag cancels a held-back one (the newest wins)', () => {
    const { clock, gate, shown } = setup();
    gate.offer(0, true);
    clock.paint(500);
    gate.offer(1, true);
    gate.offer(2, false);
    clock.advance(5000);
    expect(shown).toEqual([0, 2]);
  });

  it('with minFrames, a slow pipeline gets a panel update at most once in minFrames + 1 frames, however cheap it looks here', () => {
    // Software rendering: each frame takes 400 ms (raster and swap in the GPU process), but the
    // update's cost measured on this thread is 10 ms, so the time rule alone allows one per frame.
    const clock = new FakeClock();
    const shown: { v: number; frame: number }[] = [];
    let frame = 0;
    const gate = new ThrottleGate<number>((v) => shown.push({ v, frame }), clock, { ...OPTS, minFrames: 6 });
    for (let i = 0; i < 30; i++) {
      gate.offer(i, true); // one input per frame, as a drag delivers them when frames are slow
      clock.paint(10);
      clock.advance(390);
      frame++;
      clock.frame();
    }
    expect(shown[0]).toEqual({ v: 0, frame: 0 });
    for (let k = 1; k < shown.length; k++) expect(shown[k]!.frame - shown[k - 1]!.frame).toBeGreaterThanOrEqual(6);
    // 30 frames: updates at frames 0, 6, 12, 18, 24 at the most (not 15 or 30).
    expect(shown.length).toBeLessThanOrEqual(5);
    expect(shown.length).toBeGreaterThanOrEqual(4);
    gate.release();
    expect(shown.at(-1)?.v).toBe(29);
  });

  it('with minFrames, a 60 Hz machine updates exactly as without it (minFrames frames pass within minMs)', () => {
    const run = (minFrames: number): number[] => {
      const clock = new FakeClock();
      const times: number[] = [];
      const gate = new ThrottleGate<number>(() => times.push(clock.t), clock, { ...OPTS, minFrames });
      for (let i = 0; i < 120; i++) {
        if (i < 90) gate.offer(i, true);
        clock.paint(4);
        clock.advance(12);
        clock.frame();
      }
      return times;
    };
    const plain = run(0);
    expect(plain.length).toBeGreaterThanOrEqual(5);
    expect(run(6)).toEqual(plain);
  });

  it('the end of a drag during the frame wait shows the newest value at once and leaves nothing behind', () => {
    const clock = new FakeClock();
    const shown: number[] = [];
    const gate = new ThrottleGate<number>((v) => shown.push(v), clock, { ...OPTS, minFrames: 6 });
    gate.offer(0, true);
    clock.paint(5);
    gate.offer(1, true);
    clock.advance(1000); // time allows it, frames do not (no frame has begun)
    expect(shown).toEqual([0]);
    gate.release();
    expect(shown).toEqual([0, 1]);
    for (let i = 0; i < 10; i++) clock.frame();
    clock.advance(5000);
    expect(shown).toEqual([0, 1]);
    // The next drag starts afresh: its first value shows at once.
    gate.offer(2, true);
    expect(shown).toEqual([0, 1, 2]);
  });

  it('after dispose nothing is committed', () => {
    const { clock, gate, shown } = setup();
    gate.offer(0, true);
    gate.offer(1, true);
    gate.dispose();
    clock.paint(10);
    clock.advance(5000);
    expect(shown).toEqual([0]);
  });
});
