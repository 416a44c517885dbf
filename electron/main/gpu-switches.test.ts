import { describe, expect, it } from 'vitest';
import { applyGpuSwitches, gpuSwitches } from './gpu-switches';

describe('gpuSwitches', () => {
  it('keeps a software WebGL fallback', () => {
    expect(gpuSwitches({})).toEqual([{ name: 'enable-unsafe-swiftshader' }]);
  });

  it('leaves Chromium alone when asked to (testing the no-WebGL screen)', () => {
    expect(gpuSwitches({ GRADIENT_LAB_NO_SWIFTSHADER: '1' })).toEqual([]);
    expect(gpuSwitches({ GRADIENT_LAB_NO_SWIFTSHADER: '0' })).toHaveLength(1);
  });

  it('never forces software rendering or turns the GPU off', () => {
    const names = gpuSwitches({}).map((s) => s.name);
    for (const bad of ['use-angle', 'use-gl', 'disable-gpu', 'disable-gpu-compositing', 'ignore-gpu-blocklist']) expect(names).not.toContain(bad);
  });

  it('applies each switch to the command line', () => {
    const calls: unknown[][] = [];
    applyGpuSwitches({ appendSwitch: (...a: unknown[]) => void calls.push(a) }, [{ name: 'a' }, { name: 'b', value: '1' }]);
    expect(calls).toEqual([['a'], ['b', '1']]);
  });
});
