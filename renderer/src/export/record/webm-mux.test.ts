import { describe, expect, it } from 'vitest';
import { muxWebm, vintSize } from './webm-mux';

/** A tiny independent EBML reader: (id, payload offset, payload size) of each child element. */
interface Node {
  readonly id: number;
  readonly start: number;
  readonly size: number;
}
function vint(b: Uint8Array, o: number, keepMarker: boolean): { value: number; length: number } {
  const first = b[o]!;
  let len = 1;
  while (len <= 8 && !(first & (0x80 >> (len - 1)))) len++;
  let v = keepMarker ? first : first & (0xff >> len);
  for (let i = 1; i < len; i++) v = v * 256 + b[o + i]!;
  return { value: v, length: len };
}
function children(b: Uint8Array, start: number, end: number): Node[] {
  const out: Node[] = [];
  let o = start;
  while (o < end) {
    const id = vint(b, o, true);
    const size = vint(b, o + id.length, false);
    const payload = o + id.length + size.length;
    out.push({ id: id.value, start: payload, size: size.value });
    o = payload + size.value;
  }
  expect(o).toBe(end);
  return out;
}
const uintOf = (b: Uint8Array, n: Node): number => [...b.subarray(n.start, n.start + n.size)].reduce((a, x) => a * 256 + x, 0);
const find = (ns: Node[], id: number): Node => {
  const n = ns.find((x) => x.id === id);
  if (!n) throw new Error(`no element ${id.toString(16)}`);
  return n;
};

describe('vintSize', () => {
  it('encodes sizes with the length marker and never the reserved all-ones value', () => {
    expect([...vintSize(0)]).toEqual([0x80]);
    expect([...vintSize(126)]).toEqual([0xfe]);
    expect([...vintSize(127)]).toEqual([0x40, 0x7f]); // 0xff would mean "unknown size"
    expect([...vintSize(300)]).toEqual([0x41, 0x2c]);
  });
});

describe('muxWebm', () => {
  const frame = (i: number, key: boolean) => ({ timeMs: (i * 1000) / 30, key, data: Uint8Array.from([i, i + 1, i + 2]) });
  const frames = Array.from({ length: 75 }, (_, i) => frame(i, i % 60 === 0));
  const bytes = muxWebm({ codecId: 'V_VP9', width: 1280, height: 720, durationMs: 2500 }, frames);

  it('is an EBML document of type webm with one Segment', () => {
    const top = children(bytes, 0, bytes.length);
    expect(top.map((n) => n.id)).toEqual([0x1a45dfa3, 0x18538067]);
    const head = children(bytes, top[0]!.start, top[0]!.start + top[0]!.size);
    const doc = find(head, 0x4282);
    expect(new TextDecoder().decode(bytes.subarray(doc.start, doc.start + doc.size))).toBe('webm');
  });

  it('states the duration, 1 ms timecodes, the codec and the size', () => {
    const seg = children(bytes, 0, bytes.length)[1]!;
    const parts = children(bytes, seg.start, seg.start + seg.size);
    const info = children(bytes, find(parts, 0x1549a966).start, find(parts, 0x1549a966).start + find(parts, 0x1549a966).size);
    expect(uintOf(bytes, find(info, 0x2ad7b1))).toBe(1_000_000);
    const d = find(info, 0x4489);
    expect(new DataView(bytes.buffer, bytes.byteOffset + d.start, 8).getFloat64(0)).toBe(2500);
    const tracks = find(parts, 0x1654ae6b);
    const entry = children(bytes, tracks.start, tracks.start + tracks.size)[0]!;
    const fields = children(bytes, entry.start, entry.start + entry.size);
    const codec = find(fields, 0x86);
    expect(new TextDecoder().decode(bytes.subarray(codec.start, codec.start + codec.size))).toBe('V_VP9');
    const video = find(fields, 0xe0);
    const v = children(bytes, video.start, video.start + video.size);
    expect([uintOf(bytes, find(v, 0xb0)), uintOf(bytes, find(v, 0xba))]).toEqual([1280, 720]);
  });

  it('one cluster per keyframe; every frame as a SimpleBlock at its time; cues point at the clusters', () => {
    const seg = children(bytes, 0, bytes.length)[1]!;
    const parts = children(bytes, seg.start, seg.start + seg.size);
    const clusters = parts.filter((n) => n.id === 0x1f43b675);
    expect(clusters.length).toBe(2); // keyframes at frames 0 and 60
    const times: number[] = [];
    const keys: boolean[] = [];
    const payloads: number[] = [];
    for (const c of clusters) {
      const kids = children(bytes, c.start, c.start + c.size);
      const base = uintOf(bytes, find(kids, 0xe7));
      for (const b of kids.filter((k) => k.id === 0xa3)) {
        expect(bytes[b.start]).toBe(0x81); // track 1
        const rel = new DataView(bytes.buffer, bytes.byteOffset + b.start + 1, 2).getInt16(0);
        times.push(base + rel);
        keys.push((bytes[b.start + 3]! & 0x80) !== 0);
        payloads.push(bytes[b.start + 4]!);
      }
    }
    expect(times).toEqual(frames.map((f) => Math.round(f.timeMs)));
    expect(keys).toEqual(frames.map((f) => f.key));
    expect(payloads).toEqual(frames.map((_, i) => i));
    const cues = find(parts, 0x1c53bb6b);
    const points = children(bytes, cues.start, cues.start + cues.size);
    expect(points.length).toBe(2);
    points.forEach((p, i) => {
      const kids = children(bytes, p.start, p.start + p.size);
      const ctp = find(kids, 0xb7);
      const pos = uintOf(bytes, find(children(bytes, ctp.start, ctp.start + ctp.size), 0xf1));
      // The position is counted from the start of the Segment's payload to the Cluster's ID.
      const clusterIdAt = seg.start + pos;
      expect(vint(bytes, clusterIdAt, true).value).toBe(0x1f43b675);
      expect(uintOf(bytes, find(kids, 0xb3))).toBe(i === 0 ? 0 : 2000);
    });
  });

  it('refuses an empty stream or one that does not start with a keyframe', () => {
    expect(() => muxWebm({ codecId: 'V_VP8', width: 2, height: 2, durationMs: 1 }, [])).toThrow();
    expect(() => muxWebm({ codecId: 'V_VP8', width: 2, height: 2, durationMs: 1 }, [frame(0, false)])).toThrow();
  });
});
