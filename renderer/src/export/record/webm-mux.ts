/**
 * A minimal WebM (Matroska) writer for one video track, enough for every browser and player:
 * EBML header, Segment with Info (1 ms timecodes and the total Duration, so players know the
 * length at once — unlike MediaRecorder's files, which report Infinity), Tracks, one Cluster per
 * keyframe interval with SimpleBlocks, and Cues (one per cluster) for seeking. Pure: frames in,
 * bytes out; the frames come from WebCodecs' VideoEncoder (webcodecs-sink.ts).
 */

export interface MuxFrame {
  /** Presentation time in milliseconds from the start. */
  readonly timeMs: number;
  readonly key: boolean;
  readonly data: Uint8Array;
}

export interface MuxTrack {
  /** Matroska codec id: 'V_VP9' or 'V_VP8'. */
  readonly codecId: 'V_VP9' | 'V_VP8';
  readonly width: number;
  readonly height: number;
  /** Length of the whole video in milliseconds (the last frame is shown until then). */
  readonly durationMs: number;
}

type Bytes = Uint8Array;

const ID = {
  EBML: 0x1a45dfa3, EBMLVersion: 0x4286, EBMLReadVersion: 0x42f7, EBMLMaxIDLength: 0x42f2, EBMLMaxSizeLength: 0x42f3,
  DocType: 0x4282, DocTypeVersion: 0x4287, DocTypeReadVersion: 0x4285,
  Segment: 0x18538067, Info: 0x1549a966, TimecodeScale: 0x2ad7b1, MuxingApp: 0x4d80, WritingApp: 0x5741, Duration: 0x4489,
  Tracks: 0x1654ae6b, TrackEntry: 0xae, TrackNumber: 0xd7, TrackUID: 0x73c5, TrackType: 0x83, CodecID: 0x86, FlagLacing: 0x9c,
  DefaultDuration: 0x23e383, Video: 0xe0, PixelWidth: 0xb0, PixelHeight: 0xba,
  Cluster: 0x1f43b675, Timecode: 0xe7, SimpleBlock: 0xa3,
  Cues: 0x1c53bb6b, CuePoint: 0xbb, CueTime: 0xb3, CueTrackPositions: 0xb7, CueTrack: 0xf7, CueClusterPosition: 0xf1,
} as const;

function concat(parts: readonly Bytes[]): Bytes {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function idBytes(id: number): Bytes {
  const out: number[] = [];
  for (let v = id; v > 0; v = Math.floor(v / 256)) out.unshift(v & 0xff);
  return Uint8Array.from(out);
}

/** EBML variable-size integer for an element size (1–8 bytes, never the reserved all-ones). */
export function vintSize(n: number): Bytes {
  for (let len = 1; len <= 8; len++) {
    if (n < 2 ** (7 * len) - 1) {
      const out = new Uint8Array(len);
      let v = n;
      for (let i = len - 1; i >= 0; i--) {
        out[i] = v & 0xff;
        v = Math.floor(v / 256);
      }
      out[0]! |= 1 << (8 - len);
      return out;
    }
  }
  throw new RangeError(`element too large: ${n}`);
}

function uintBytes(v: number): Bytes {
  const out: number[] = [];
  let x = Math.max(0, Math.floor(v));
  do {
    out.unshift(x & 0xff);
    x = Math.floor(x / 256);
  } while (x > 0);
  return Uint8Array.from(out);
}

function el(id: number, payload: Bytes): Bytes {
  return concat([idBytes(id), vintSize(payload.length), payload]);
}
const uint = (id: number, v: number): Bytes => el(id, uintBytes(v));
const str = (id: number, s: string): Bytes => el(id, new TextEncoder().encode(s));
function float64(id: number, v: number): Bytes {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setFloat64(0, v);
  return el(id, b);
}

function simpleBlock(relMs: number, key: boolean, data: Bytes): Bytes {
  const head = new Uint8Array(4);
  head[0] = 0x81; // track number 1 as a vint
  new DataView(head.buffer).setInt16(1, relMs);
  head[3] = key ? 0x80 : 0x00;
  return el(ID.SimpleBlock, concat([head, data]));
}

/** The WebM file of the frames (in presentation order; the first must be a keyframe). */
export function muxWebm(track: MuxTrack, frames: readonly MuxFrame[]): Bytes {
  if (frames.length === 0 || !frames[0]!.key) throw new Error('a WebM needs frames, starting with a keyframe');
  const header = el(
    ID.EBML,
    concat([uint(ID.EBMLVersion, 1), uint(ID.EBMLReadVersion, 1), uint(ID.EBMLMaxIDLength, 4), uint(ID.EBMLMaxSizeLength, 8), str(ID.DocType, 'webm'), uint(ID.DocTypeVersion, 4), uint(ID.DocTypeReadVersion, 2)]),
  );
  const info = el(ID.Info, concat([uint(ID.TimecodeScale, 1_000_000), str(ID.MuxingApp, 'Gradient Lab'), str(ID.WritingApp, 'Gradient Lab'), float64(ID.Duration, track.durationMs)]));
  const tracks = el(
    ID.Tracks,
    el(
      ID.TrackEntry,
      concat([
        uint(ID.TrackNumber, 1), uint(ID.TrackUID, 1), uint(ID.TrackType, 1), str(ID.CodecID, track.codecId), uint(ID.FlagLacing, 0),
        el(ID.Video, concat([uint(ID.PixelWidth, track.width), uint(ID.PixelHeight, track.height)])),
      ]),
    ),
  );
  // A cluster starts at every keyframe (and before a block's offset would overflow 16 bits).
  const clusters: { readonly timeMs: number; readonly bytes: Bytes }[] = [];
  let start = 0;
  let blocks: Bytes[] = [];
  const close = (): void => {
    if (blocks.length > 0) clusters.push({ timeMs: start, bytes: el(ID.Cluster, concat([uint(ID.Timecode, start), ...blocks])) });
    blocks = [];
  };
  for (const f of frames) {
    const t = Math.round(f.timeMs);
    if (blocks.length === 0 || f.key || t - start > 30_000) {
      close();
      start = t;
    }
    blocks.push(simpleBlock(t - start, f.key, f.data));
  }
  close();
  // Cue positions are offsets from the start of the Segment's payload.
  let pos = info.length + tracks.length;
  const cuePoints: Bytes[] = [];
  for (const c of clusters) {
    cuePoints.push(el(ID.CuePoint, concat([uint(ID.CueTime, c.timeMs), el(ID.CueTrackPositions, concat([uint(ID.CueTrack, 1), uint(ID.CueClusterPosition, pos)]))])));
    pos += c.bytes.length;
  }
  const segment = el(ID.Segment, concat([info, tracks, ...clusters.map((c) => c.bytes), el(ID.Cues, concat(cuePoints))]));
  return concat([header, segment]);
}
