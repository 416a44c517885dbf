/**
 * The view in a link: `#/chapter?s=1.<payload>`, where the payload is the canonical JSON of a
 * document holding only the scenes that differ from their defaults, deflated (raw DEFLATE,
 * fflate) and base64url-encoded. The `1.` names this encoding, so a later one can be told apart.
 * Decoding refuses anything malformed, oversized (before and after inflating: a small link must
 * not inflate into gigabytes) or newer, with a bilingual reason; it never throws.
 *
 * Both directions are asynchronous (issue 12): fflate loads on first use (it is not part of the
 * first screen), and encoding deflates in time slices of a few milliseconds, giving the page a
 * frame between slices, stopping as soon as the payload cannot fit in a link (a 2,000-node graph
 * is known to be too large after its first few kilobytes, not after deflating all of it), and
 * abandoning the work when the caller no longer wants it (the view changed meanwhile).
 */
import type { Result } from '$shared/result';
import { err, ok } from '$shared/result';
import type { LocalizedText } from '$shared/text';
import { text } from '$shared/text';
import { base64UrlLength, encodeWith, LINK_CODEC_VERSION, MAX_LINK_DEFLATED_BYTES, MAX_LINK_JSON_BYTES, MAX_LINK_PAYLOAD, PREFIX, toBase64Url, type EncodedView } from './link-format';

export { base64UrlLength, encodeWith, LINK_CODEC_VERSION, MAX_LINK_DEFLATED_BYTES, MAX_LINK_JSON_BYTES, MAX_LINK_PAYLOAD, type EncodedView } from './link-format';

/** Input bytes handed to the deflater at a time: small enough that one push stays far below a frame. */
const CHUNK_BYTES = 4096;
/** Main-thread time spent deflating before the next slice waits for the page. */
const SLICE_MS = 6;

function fromBase64Url(s: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s) || s.length % 4 === 1) return null;
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4);
  try {
    const bin = atob(b64);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

type Fflate = typeof import('fflate');
let codec: Promise<Fflate> | null = null;
let loaded: Fflate | null = null;
/** fflate, loaded once on first use (a separate chunk: the first screen does not carry it). */
export function loadLinkCodec(): Promise<Fflate> {
  codec ??= import('fflate').then(
    (m) => (loaded = m),
    (e: unknown) => {
      codec = null; // a failed chunk load may be retried
      throw e;
    },
  );
  return codec;
}

export interface EncodeOptions {
  /** Asked between slices; false abandons the work (the result is then null). */
  readonly stillWanted?: () => boolean;
  /** Deflate everything even when it cannot fit, to report the exact size (Copy link's message). */
  readonly exactSize?: boolean;
  /** Waits for the page between slices (default: a macrotask, so a frame can be drawn). */
  readonly pause?: () => Promise<void>;
  /** The clock (tests make it deterministic). */
  readonly now?: () => number;
}

const macrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The payload for a document's canonical JSON text, in time slices; null when abandoned. */
export async function encodeViewPayload(json: string, options: EncodeOptions = {}): Promise<EncodedView | null> {
  const { stillWanted = () => true, exactSize = false, pause = macrotask, now = () => performance.now() } = options;
  const input = new TextEncoder().encode(json);
  // A link holding more than the decoder accepts could never be opened, however well it compresses.
  if (input.length > MAX_LINK_JSON_BYTES) return { kind: 'too-large', size: input.length, exact: true };
  const { Deflate } = await loadLinkCodec();
  if (!stillWanted()) return null;
  const chunks: Uint8Array[] = [];
  let total = 0;
  const deflater = new Deflate({ level: 9 }, (chunk) => {
    chunks.push(chunk);
    total += chunk.length;
  });
  let at = 0;
  let sliceStart = now();
  while (at < input.length || at === 0) {
    const end = Math.min(input.length, at + CHUNK_BYTES);
    deflater.push(input.subarray(at, end), end === input.length);
    at = end;
    if (at === input.length) break;
    if (!exactSize && total > MAX_LINK_DEFLATED_BYTES) return { kind: 'too-large', size: PREFIX.length + base64UrlLength(total), exact: false };
    if (now() - sliceStart >= SLICE_MS) {
      await pause();
      if (!stillWanted()) return null;
      sliceStart = now();
    }
  }
  const bytes = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    bytes.set(c, o);
    o += c.length;
  }
  const size = PREFIX.length + base64UrlLength(total);
  if (size > MAX_LINK_PAYLOAD) return { kind: 'too-large', size, exact: true };
  return { kind: 'payload', payload: `${PREFIX}${toBase64Url(bytes)}` };
}

/**
 * The same in one go, for the moment the page is going away (no later slice would run). Null when
 * fflate has not been loaded yet: then no link was ever written, and the recovery store keeps the work.
 */
export function encodeViewPayloadNow(json: string): EncodedView | null {
  const f = loaded;
  return f ? encodeWith((b) => f.deflateSync(b, { level: 9 }), json) : null;
}

const refuse = (en: string, zh: string): Result<never, LocalizedText> => err(text(en, zh));

/** The document JSON text a payload carries, or why it cannot be read. */
export async function decodeViewPayload(payload: string): Promise<Result<string, LocalizedText>> {
  if (payload.length > MAX_LINK_PAYLOAD) return refuse('it is too long.', '它太长了。');
  const m = /^(\d{1,6})\.(.*)$/s.exec(payload);
  if (!m) return refuse('it is damaged (no version).', '它已损坏（缺少版本）。');
  const version = Number(m[1]);
  if (version > LINK_CODEC_VERSION) {
    return refuse(
      `it was made by a newer Gradient Lab (link format ${version}); this version reads up to ${LINK_CODEC_VERSION}.`,
      `它由更新版本的 Gradient Lab 制作（链接格式 ${version}）；此版本最多能读取格式 ${LINK_CODEC_VERSION}。`,
    );
  }
  if (version !== LINK_CODEC_VERSION) return refuse('it is damaged (unknown version).', '它已损坏（未知版本）。');
  const bytes = fromBase64Url(m[2]!);
  if (!bytes || bytes.length === 0) return refuse('it is damaged (not base64url).', '它已损坏（不是 base64url 编码）。');
  let Inflate: Fflate['Inflate'];
  try {
    ({ Inflate } = await loadLinkCodec());
  } catch {
    return refuse('it could not be read (the decoder did not load).', '无法读取它（解码器未能加载）。');
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  try {
    const inflater = new Inflate((chunk, final) => {
      total += chunk.length;
      if (total > MAX_LINK_JSON_BYTES) throw new RangeError('too large');
      chunks.push(chunk);
      if (final) ended = true;
    });
    inflater.push(bytes, true);
  } catch (e) {
    if (e instanceof RangeError) return refuse('it holds more than 1 MB.', '它包含的内容超过 1 MB。');
    return refuse('it is damaged (cannot be decompressed).', '它已损坏（无法解压）。');
  }
  if (!ended) return refuse('it is damaged (cut short).', '它已损坏（被截断）。');
  const all = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  try {
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(all));
  } catch {
    return refuse('it is damaged (not UTF-8 text).', '它已损坏（不是 UTF-8 文本）。');
  }
}
