/**
 * Which WebM flavour this browser's MediaRecorder can write. VP9 first (sharper at the same
 * bitrate for flat figures), then VP8; null when there is no MediaRecorder or no WebM at all
 * (Safari records MP4 only), and the dialog then says so and offers the GIF instead.
 */
export const WEBM_CANDIDATES = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'] as const;

export function pickWebmType(isTypeSupported: ((type: string) => boolean) | null): string | null {
  if (!isTypeSupported) return null;
  for (const t of WEBM_CANDIDATES) {
    try {
      if (isTypeSupported(t)) return t;
    } catch {
      // A browser that throws on an unknown type simply does not support it.
    }
  }
  return null;
}

/** The browser's answer, or null without MediaRecorder / canvas capture. */
export function browserWebmType(): string | null {
  if (typeof MediaRecorder === 'undefined' || typeof HTMLCanvasElement === 'undefined' || !('captureStream' in HTMLCanvasElement.prototype)) return null;
  return pickWebmType((t) => MediaRecorder.isTypeSupported(t));
}

/**
 * Bits per second for a size and frame rate: about 0.2 bit per pixel per frame, which keeps thin
 * lines and small labels crisp in VP8/VP9 without ghosts of earlier frames (figures, not film;
 * static scenes use far less), between 2 and 40 Mbit/s.
 */
export function videoBitrate(width: number, height: number, fps: number): number {
  return Math.round(Math.min(40e6, Math.max(2e6, width * height * fps * 0.2)));
}
