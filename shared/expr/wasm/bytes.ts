/**
 * A tiny byte writer for WebAssembly's binary format: unsigned/signed LEB128, little-endian f64,
 * length-prefixed names and sections. Only what the formula code generator needs.
 */

/** Growable byte buffer with the encodings of the wasm binary format. */
export class ByteWriter {
  private buf = new Uint8Array(256);
  private len = 0;

  get length(): number {
    return this.len;
  }

  private ensure(extra: number): void {
    if (this.len + extra <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  byte(b: number): this {
    this.ensure(1);
    this.buf[this.len++] = b & 0xff;
    return this;
  }

  bytes(bs: ArrayLike<number>): this {
    this.ensure(bs.length);
    for (let i = 0; i < bs.length; i++) this.buf[this.len++] = (bs[i] as number) & 0xff;
    return this;
  }

  /** Unsigned LEB128 (counts, indices, sizes, memory offsets; 0 ≤ v < 2³²). */
  u32(v: number): this {
    let x = v >>> 0;
    do {
      let b = x & 0x7f;
      x >>>= 7;
      if (x !== 0) b |= 0x80;
      this.byte(b);
    } while (x !== 0);
    return this;
  }

  /** Signed LEB128 of a 32-bit integer (i32.const). */
  s32(v: number): this {
    let x = v | 0;
    for (;;) {
      const b = x & 0x7f;
      x >>= 7;
      const done = (x === 0 && (b & 0x40) === 0) || (x === -1 && (b & 0x40) !== 0);
      this.byte(done ? b : b | 0x80);
      if (done) return this;
    }
  }

  /** IEEE-754 double, little-endian (f64.const): every bit of the value, NaN payloads and −0 included. */
  f64(v: number): this {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, v, true);
    for (let i = 0; i < 8; i++) this.byte(view.getUint8(i));
    return this;
  }

  /** A name: its UTF-8 length, then its bytes (ASCII only here). */
  name(s: string): this {
    this.u32(s.length);
    for (let i = 0; i < s.length; i++) this.byte(s.charCodeAt(i));
    return this;
  }

  /** Appends another writer's bytes prefixed by their length (sections, function bodies). */
  sized(inner: ByteWriter): this {
    this.u32(inner.len);
    this.ensure(inner.len);
    this.buf.set(inner.buf.subarray(0, inner.len), this.len);
    this.len += inner.len;
    return this;
  }

  /** A copy of the bytes written so far. */
  finish(): Uint8Array<ArrayBuffer> {
    return this.buf.slice(0, this.len);
  }
}
