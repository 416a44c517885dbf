/**
 * The view in a link: `#/chapter?s=1.<payload>`, where the payload is the canonical JSON of a
 * document holding only the scenes that differ from their defaults, deflated (raw DEFLATE,
 * fflate) and base64url-encoded. The `1.` names this encoding, so a later one can be told apart.
 * Decoding refuses anything malformed, oversized (before and after inflating: a small link must
 * not inflate into gigabytes) or newer, with a bilingual reason; it never throws.
 */
import { Inflate, deflateSync, strToU8 } from 'fflate';
import type { Result } from '$shared/result';
import { err, ok } from '$shared/result';
import type { LocalizedText } from '$shared/text';
import { text } from '$shared/text';

export const LINK_CODEC_VERSION = 1;
/** Longest payload a link may carry (characters after `s=`); beyond it the view is saved instead. */
export const MAX_LINK_PAYLOAD = 16 * 1024;
/** Largest inflated document a link may hold, in bytes. */
export const MAX_LINK_JSON_BYTES = 1024 * 1024;

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

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

/** The payload for a document's canonical JSON text. */
export function encodeViewPayload(json: string): string {
  return `${LINK_CODEC_VERSION}.${toBase64Url(deflateSync(strToU8(json), { level: 9 }))}`;
}

const refuse = (en: string, zh: string): Result<never, LocalizedText> => err(text(en, zh));

/** The document JSON text a payload carries, or why it cannot be read. */
export function decodeViewPayload(payload: string): Result<string, LocalizedText> {
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
