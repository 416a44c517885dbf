/**
 * The link format's constants and its one-go encoder, without fflate itself: shared by the page
 * (view-link.ts, which loads fflate on first use) and the link worker (link-encoder.worker.ts,
 * which bundles it), so neither drags the other's loading into its bundle.
 */
export const LINK_CODEC_VERSION = 1;
/** Longest payload a link may carry (characters after `s=`); beyond it the view is saved instead. */
export const MAX_LINK_PAYLOAD = 16 * 1024;
/** Largest inflated document a link may hold, in bytes. */
export const MAX_LINK_JSON_BYTES = 1024 * 1024;

export const PREFIX = `${LINK_CODEC_VERSION}.`;
/** Deflated bytes whose base64url text (4 characters per 3 bytes, no padding) still fits a link. */
export const MAX_LINK_DEFLATED_BYTES = Math.floor(((MAX_LINK_PAYLOAD - PREFIX.length) * 3) / 4);

export function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Length of the base64url text (unpadded) of `n` bytes. */
export const base64UrlLength = (n: number): number => Math.ceil((n * 4) / 3);

/** What encoding a view gave: its payload, or its size when it does not fit in a link. */
export type EncodedView =
  | { readonly kind: 'payload'; readonly payload: string }
  /** `size`: the payload's length in characters, or (`exact: false`) a lower bound when encoding stopped early. */
  | { readonly kind: 'too-large'; readonly size: number; readonly exact: boolean };

/** The payload of a document's JSON deflated in one go by `deflate` (the link worker's, and the page-unload path). */
export function encodeWith(deflate: (bytes: Uint8Array) => Uint8Array, json: string): EncodedView {
  const input = new TextEncoder().encode(json);
  if (input.length > MAX_LINK_JSON_BYTES) return { kind: 'too-large', size: input.length, exact: true };
  const bytes = deflate(input);
  const size = PREFIX.length + base64UrlLength(bytes.length);
  return size > MAX_LINK_PAYLOAD ? { kind: 'too-large', size, exact: true } : { kind: 'payload', payload: `${PREFIX}${toBase64Url(bytes)}` };
}

