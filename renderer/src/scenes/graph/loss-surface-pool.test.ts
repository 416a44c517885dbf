import { describe, expect, it } from 'vitest';
import { poolSize } from './loss-surface-client';

describe('loss-surface worker pool size', () => {
  it('leaves one core to the page, keeps at least one worker and at most eight', () => {
    expect(poolSize(2)).toBe(1);
    expect(poolSize(1)).toBe(1);
    expect(poolSize(4)).toBe(3);
    expect(poolSize(32)).toBe(8);
    expect(poolSize(undefined)).toBe(1);
  });
});
