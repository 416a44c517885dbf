/**
 * Software WebGL (issue 9): lecture-hall PCs without a usable GPU driver fall back to a CPU
 * rasterizer — Chromium's SwiftShader, Mesa's llvmpipe/softpipe, Windows' "Microsoft Basic Render
 * Driver". There every pixel and every vertex costs CPU time, so the explorer adapts (render-detail.ts);
 * on a real GPU nothing changes. The decision is a pure function of the renderer string so it can
 * be tested with the strings real drivers report.
 */

const SOFTWARE_PATTERNS: readonly RegExp[] = [/swiftshader/i, /llvmpipe/i, /softpipe/i, /microsoft basic render driver/i, /\bsoftware rasterizer\b/i];

/** True when a WebGL renderer string names a CPU rasterizer. An empty or unknown string is a GPU. */
export function isSoftwareRendererName(renderer: string): boolean {
  return SOFTWARE_PATTERNS.some((p) => p.test(renderer));
}

export interface RendererInfo {
  /** What the driver reports (unmasked when the browser allows it). */
  readonly renderer: string;
  readonly software: boolean;
  /** Where `renderer` came from: the unmasked debug string, the masked RENDERER, or nothing. */
  readonly source: 'unmasked' | 'masked' | 'none';
}

/** The subset of a WebGL context this needs (kept small so tests can pass a fake). */
export interface RendererQuery {
  getExtension(name: 'WEBGL_debug_renderer_info'): { readonly UNMASKED_RENDERER_WEBGL: number } | null;
  getParameter(pname: number): unknown;
  readonly RENDERER: number;
}

/**
 * Reads the renderer string: WEBGL_debug_renderer_info's UNMASKED_RENDERER_WEBGL when present,
 * else RENDERER (Chromium's masked string still says "SwiftShader" inside "ANGLE (…)" for its
 * software path; Firefox may resist fingerprinting and answer a generic name, read as a GPU — the
 * safe side: a GPU is never made coarser by mistake).
 */
export function detectRenderer(gl: RendererQuery): RendererInfo {
  let renderer = '';
  let source: RendererInfo['source'] = 'none';
  try {
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    const unmasked = ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : null;
    if (typeof unmasked === 'string' && unmasked.length > 0) {
      renderer = unmasked;
      source = 'unmasked';
    } else {
      const masked = gl.getParameter(gl.RENDERER);
      if (typeof masked === 'string' && masked.length > 0) {
        renderer = masked;
        source = 'masked';
      }
    }
  } catch {
    // A lost context throws or returns null: nothing known, treated as a GPU.
  }
  return { renderer, software: isSoftwareRendererName(renderer), source };
}
