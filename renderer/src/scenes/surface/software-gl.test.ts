import { describe, expect, it } from 'vitest';
import { detectRenderer, isSoftwareRendererName, type RendererQuery } from './software-gl';

// Strings as real drivers report them (Chromium/ANGLE, Mesa, Windows, macOS).
const SOFTWARE = [
  'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
  'Google SwiftShader',
  'llvmpipe (LLVM 15.0.6, 256 bits)',
  'Mesa/X.org, llvmpipe (LLVM 12.0.0, 256 bits)',
  'softpipe',
  'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
  'Microsoft Basic Render Driver',
];
const GPU = [
  'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 (0x00002503) Direct3D11 vs_5_0 ps_5_0, D3D11)',
  'ANGLE (Intel, Intel(R) UHD Graphics 620 (0x00005917) Direct3D11 vs_5_0 ps_5_0, D3D11)',
  'Mesa Intel(R) UHD Graphics 620 (KBL GT2)',
  'AMD Radeon RX 580 (polaris10, LLVM 15.0.6, DRM 3.49, 6.1.0)',
  'Apple M1',
  'ANGLE (Apple, ANGLE Metal Renderer: Apple M2, Unspecified Version)',
  'WebKit WebGL',
  'Mozilla',
  '',
];

describe('isSoftwareRendererName', () => {
  it.each(SOFTWARE)('software: %s', (s) => expect(isSoftwareRendererName(s)).toBe(true));
  it.each(GPU)('GPU (nothing gets coarser): %s', (s) => expect(isSoftwareRendererName(s)).toBe(false));
  it('ignores case', () => expect(isSoftwareRendererName('LLVMPIPE (LLVM 17)')).toBe(true));
});

function fakeGl(unmasked: string | null, masked: string | null, throws = false): RendererQuery {
  const UNMASKED = 0x9246;
  const RENDERER = 0x1f01;
  return {
    RENDERER,
    getExtension: () => (unmasked === null ? null : { UNMASKED_RENDERER_WEBGL: UNMASKED }),
    getParameter: (p: number) => {
      if (throws) throw new Error('context lost');
      return p === UNMASKED ? unmasked : p === RENDERER ? masked : null;
    },
  };
}

describe('detectRenderer', () => {
  it('prefers the unmasked string', () => {
    const r = detectRenderer(fakeGl('Google SwiftShader', 'WebKit WebGL'));
    expect(r).toEqual({ renderer: 'Google SwiftShader', software: true, source: 'unmasked' });
  });
  it('falls back to RENDERER when the debug extension is absent', () => {
    expect(detectRenderer(fakeGl(null, 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device), SwiftShader driver)'))).toMatchObject({ software: true, source: 'masked' });
    expect(detectRenderer(fakeGl(null, 'WebKit WebGL'))).toMatchObject({ software: false, source: 'masked' });
  });
  it('treats an unknown or lost context as a GPU', () => {
    expect(detectRenderer(fakeGl(null, null))).toEqual({ renderer: '', software: false, source: 'none' });
    expect(detectRenderer(fakeGl('Google SwiftShader', 'x', true))).toMatchObject({ software: false, source: 'none' });
  });
});
