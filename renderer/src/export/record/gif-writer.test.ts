import { describe, expect, it } from 'vitest';
import { GifReader } from 'omggif';
import { frameCounts, gifDelaysCs } from './frame-plan';
import { GifSink } from './gif-sink';
import { GifWriter } from './gif-writer';

/** A w×h frame: left half one colour, right half another. */
function twoTone(w: number, h: number, left: readonly [number, number, number], right: readonly [number, number, number]): Uint8ClampedArray {
  const out = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const c = x < w / 2 ? left : right;
      const o = (y * w + x) * 4;
      out[o] = c[0];
      out[o + 1] = c[1];
      out[o + 2] = c[2];
      out[o + 3] = 255;
    }
  }
  return out;
}

function decode(bytes: Uint8Array): { reader: GifReader; pixel: (frame: number, x: number, y: number) => [number, number, number] } {
  const reader = new GifReader(bytes);
  const pixel = (frame: number, x: number, y: number): [number, number, number] => {
    const buf = new Uint8ClampedArray(reader.width * reader.height * 4);
    reader.decodeAndBlitFrameRGBA(frame, buf);
    const o = (y * reader.width + x) * 4;
    return [buf[o] ?? -1, buf[o + 1] ?? -1, buf[o + 2] ?? -1];
  };
  return { reader, pixel };
}

// The quantiser works in RGB565 (5/6/5 bits): a colour comes back within one step of its channel.
const near = (got: readonly number[], want: readonly number[]): void => {
  got.forEach((v, i) => expect(Math.abs(v - (want[i] ?? 0))).toBeLessThanOrEqual(8));
};

const RED = [220, 30, 40] as const;
const BLUE = [20, 60, 200] as const;
const WHITE = [255, 255, 255] as const;
const GREEN = [30, 170, 60] as const;

describe('GifWriter (decoded back with omggif)', () => {
  it('three frames: size, count, delays, looping and the colours of each half', () => {
    const w = 40;
    const h = 24;
    const g = new GifWriter(w, h);
    g.addFrame(twoTone(w, h, RED, BLUE), 7);
    g.addFrame(twoTone(w, h, WHITE, GREEN), 6);
    g.addFrame(twoTone(w, h, BLUE, RED), 7);
    const { reader, pixel } = decode(g.finish());
    expect([reader.width, reader.height]).toEqual([w, h]);
    expect(reader.numFrames()).toBe(3);
    expect([0, 1, 2].map((i) => reader.frameInfo(i).delay)).toEqual([7, 6, 7]);
    expect(reader.loopCount()).toBe(0); // 0 = forever
    near(pixel(0, 2, 2), RED);
    near(pixel(0, w - 3, h - 3), BLUE);
    near(pixel(1, 2, 2), WHITE);
    near(pixel(1, w - 3, 2), GREEN);
    near(pixel(2, 2, h - 1), BLUE);
    near(pixel(2, w - 1, 0), RED);
    for (let i = 0; i < 3; i++) {
      const f = reader.frameInfo(i);
      expect([f.x, f.y, f.width, f.height]).toEqual([0, 0, w, h]);
    }
  });

  it('a held frame is merged into the previous one with the delays added', () => {
    const g = new GifWriter(8, 8);
    g.addFrame(twoTone(8, 8, RED, RED), 5);
    g.holdFrame(5);
    g.holdFrame(10);
    g.addFrame(twoTone(8, 8, BLUE, BLUE), 4);
    const { reader, pixel } = decode(g.finish());
    expect(reader.numFrames()).toBe(2);
    expect(reader.frameInfo(0).delay).toBe(20);
    expect(reader.frameInfo(1).delay).toBe(4);
    near(pixel(1, 4, 4), BLUE);
  });

  it('refuses wrong frame sizes, a hold before any frame and an empty GIF', () => {
    const g = new GifWriter(4, 4);
    expect(() => g.addFrame(new Uint8ClampedArray(10), 5)).toThrow(RangeError);
    expect(() => g.holdFrame(5)).toThrow();
    expect(() => g.finish()).toThrow();
    expect(() => new GifWriter(0, 4)).toThrow(RangeError);
  });
});

describe('GifSink', () => {
  it('frames of a 10 fps plan with repeats: merged frames carry the planned total time', async () => {
    const counts = frameCounts(10, 0.5, 0.3); // 5 in motion + 3 held = 8 frames, 80 cs
    const sink = new GifSink(6, 4, 10, counts);
    const colours = [RED, RED, BLUE, GREEN, WHITE] as const;
    let prev: readonly number[] | null = null;
    for (let i = 0; i < counts.total; i++) {
      const c = colours[Math.min(i, colours.length - 1)] ?? WHITE;
      await sink.add(c === prev ? null : twoTone(6, 4, c, c), i);
      prev = c;
    }
    const { reader, pixel } = decode(await sink.finish());
    // Distinct runs: RED×2, BLUE, GREEN, WHITE×4.
    expect(reader.numFrames()).toBe(4);
    const delays = [0, 1, 2, 3].map((i) => reader.frameInfo(i).delay);
    const planned = gifDelaysCs(8, 10);
    expect(delays.reduce((a, b) => a + b, 0)).toBe(planned.reduce((a, b) => a + b, 0));
    expect(delays).toEqual([20, 10, 10, 40]);
    near(pixel(3, 0, 0), WHITE);
    near(pixel(2, 5, 3), GREEN);
  });
});
