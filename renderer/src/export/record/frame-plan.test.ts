import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { containRect, even, frameCounts, frameLayout, gifDelaysCs, gifSize, heightFor, heldState, positionOf, settingsProblem, sweptState } from './frame-plan';

describe('frameCounts / positionOf', () => {
  it('12 fps for 2 s with a 0.5 s pause: 24 frames in motion, 6 held, first at 0 and last at 1', () => {
    const c = frameCounts(12, 2, 0.5);
    expect(c).toEqual({ motion: 24, hold: 6, total: 30 });
    expect(positionOf(0, c)).toBe(0);
    expect(positionOf(23, c)).toBe(1);
    expect(positionOf(12, c)).toBeCloseTo(12 / 23, 15);
    for (let i = 23; i < 30; i++) expect(positionOf(i, c)).toBe(1);
  });
  it('always at least two frames in motion (both ends shown)', () => {
    expect(frameCounts(1, 0.5, 0).motion).toBe(2);
  });
  it('positions rise monotonically from 0 to 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0.5, max: 60, noNaN: true }), (fps, d) => {
        const c = frameCounts(fps, d, 0);
        let prev = -1;
        for (let i = 0; i < c.total; i++) {
          const p = positionOf(i, c);
          expect(p).toBeGreaterThan(prev);
          prev = p;
        }
        expect(prev).toBe(1);
      }),
      { seed: 42, numRuns: 60 },
    );
  });
});

describe('state mapping', () => {
  it('held states: each of 4 states gets 3 of 12 frames, in order', () => {
    const c = frameCounts(12, 1, 0);
    const states = Array.from({ length: c.total }, (_, i) => heldState(positionOf(i, c), 4));
    // p = i/11; floor(4i/11): 0,0,0,1,1,1,2,2,2,3,3,4→3 (clamped at p = 1).
    expect(states).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3]);
  });
  it('held states visit every state once in order when there are at least as many frames', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 100 }), (states, extra) => {
        const c = frameCounts(1, states + extra, 0);
        const seq = Array.from({ length: c.total }, (_, i) => heldState(positionOf(i, c), states));
        const distinct = seq.filter((s, i) => i === 0 || s !== seq[i - 1]);
        expect(distinct).toEqual(Array.from({ length: states }, (_, k) => k));
      }),
      { seed: 42 },
    );
  });
  it('a sweep starts at state 0 and ends exactly at the last state', () => {
    expect(sweptState(0, 101)).toBe(0);
    expect(sweptState(1, 101)).toBe(100);
    expect(sweptState(0.5, 101)).toBe(50);
    expect(sweptState(0.3, 1)).toBe(0);
  });
});

describe('gifDelaysCs', () => {
  it('15 fps: delays of 6 or 7 cs adding up to exactly 100 cs per second', () => {
    const d = gifDelaysCs(15, 15);
    expect(d.reduce((a, b) => a + b, 0)).toBe(100);
    for (const x of d) expect([6, 7]).toContain(x);
  });
  it('the sum of the first k delays is 100k/fps rounded, for any fps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 300 }), (fps, n) => {
        const d = gifDelaysCs(n, fps);
        let sum = 0;
        d.forEach((x, k) => {
          sum += x;
          expect(Math.abs(sum - ((k + 1) * 100) / fps)).toBeLessThanOrEqual(0.5);
        });
      }),
      { seed: 42 },
    );
  });
});

describe('sizes', () => {
  it('containRect letterboxes a 4:3 picture in 16:9 without distortion', () => {
    const r = containRect(800, 600, 1280, 720);
    expect(r.h).toBe(720);
    expect(r.w).toBe(960);
    expect(r.x).toBe(160);
    expect(r.y).toBe(0);
  });
  it('even sizes for the codecs', () => {
    expect(even(361)).toBe(362);
    expect(even(360.4)).toBe(360);
    expect(heightFor(640, 16 / 9)).toBe(360);
    expect(heightFor(640, 2)).toBe(320);
  });
  it('settingsProblem names the bad field', () => {
    const ok = { format: 'gif' as const, width: 640, height: 360, fps: 12, durationS: 3, holdS: 1 };
    expect(settingsProblem(ok)).toBeNull();
    expect(settingsProblem({ ...ok, fps: 0 })).toBe('record.problem.fps');
    expect(settingsProblem({ ...ok, durationS: Number.NaN })).toBe('record.problem.duration');
    expect(settingsProblem({ ...ok, holdS: -1 })).toBe('record.problem.hold');
    expect(settingsProblem({ ...ok, width: 5000 })).toBe('record.problem.size');
  });
});

describe('frameLayout / gifSize', () => {
  it('1280×720 with a caption: a 51 px strip at the bottom, a 16:9 figure centred above it', () => {
    const l = frameLayout(1280, 720, 16 / 9, true);
    expect(l.caption).toEqual({ x: 0, y: 669, w: 1280, h: 51 });
    // 669 px tall at 16:9 → 1189.33 px wide, centred: x = (1280 − 1189.33)/2.
    expect(l.picture.h).toBe(669);
    expect(l.picture.w).toBe(1189);
    expect(l.picture.x).toBe(45);
    expect(l.picture.y).toBe(0);
  });
  it('no caption: the figure fills a frame of its own aspect', () => {
    const l = frameLayout(640, 360, 16 / 9, false);
    expect(l.caption).toBeNull();
    expect(l.picture).toEqual({ x: 0, y: 0, w: 640, h: 360 });
  });
  it('a GIF is exactly as tall as the figure plus its caption (no letterbox bars)', () => {
    const s = gifSize(640, 2, true);
    expect(s).toEqual({ width: 640, height: 320 + 26 });
    const l = frameLayout(s.width, s.height, 2, true);
    expect(l.picture).toEqual({ x: 0, y: 0, w: 640, h: 320 });
  });
});
