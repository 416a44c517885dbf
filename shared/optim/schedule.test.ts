import { describe, expect, it } from 'vitest';
import { learningRate, validateSchedule } from './schedule';

describe('learning-rate schedules (hand-computed values)', () => {
  it('constant', () => {
    expect(learningRate({ kind: 'constant' }, 0.3, 0)).toBe(0.3);
    expect(learningRate({ kind: 'constant' }, 0.3, 999)).toBe(0.3);
  });

  it('step decay: 0.1 halved every 10 steps', () => {
    const s = { kind: 'step', every: 10, gamma: 0.5 } as const;
    expect(learningRate(s, 0.1, 0)).toBe(0.1);
    expect(learningRate(s, 0.1, 9)).toBe(0.1);
    expect(learningRate(s, 0.1, 10)).toBe(0.05);
    expect(learningRate(s, 0.1, 25)).toBe(0.025);
  });

  it('cosine annealing over 100 steps: η, η(1+√2/2)/2 at a quarter, η/2 halfway, min at the end', () => {
    const s = { kind: 'cosine', totalSteps: 100 } as const;
    expect(learningRate(s, 0.2, 0)).toBe(0.2);
    expect(learningRate(s, 0.2, 25)).toBeCloseTo((0.2 * (1 + Math.SQRT1_2)) / 2, 15);
    expect(learningRate(s, 0.2, 50)).toBeCloseTo(0.1, 15);
    expect(learningRate(s, 0.2, 100)).toBe(0);
    expect(learningRate(s, 0.2, 500)).toBe(0);
    expect(learningRate({ kind: 'cosine', totalSteps: 100, minLr: 0.02 }, 0.2, 50)).toBeCloseTo(0.11, 15);
  });

  it('linear warmup for 5 steps, then cosine over 100', () => {
    const s = { kind: 'warmup', warmupSteps: 5, then: { kind: 'cosine', totalSteps: 100 } } as const;
    expect(learningRate(s, 1, 0)).toBeCloseTo(0.2, 15);
    expect(learningRate(s, 1, 2)).toBeCloseTo(0.6, 15);
    expect(learningRate(s, 1, 4)).toBe(1);
    expect(learningRate(s, 1, 5)).toBe(1);
    expect(learningRate(s, 1, 55)).toBeCloseTo(0.5, 15);
    expect(learningRate(s, 1, 105)).toBe(0);
  });

  it('rejects invalid schedules with a bilingual message', () => {
    for (const s of [
      { kind: 'step', every: 0, gamma: 0.5 },
      { kind: 'step', every: 10, gamma: 1.5 },
      { kind: 'cosine', totalSteps: 2.5 },
      { kind: 'cosine', totalSteps: 10, minLr: -1 },
      { kind: 'warmup', warmupSteps: 3, then: { kind: 'step', every: -1, gamma: 0.5 } },
    ] as const) {
      const r = validateSchedule(s);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error['zh-CN']).not.toBe('');
    }
    expect(validateSchedule({ kind: 'warmup', warmupSteps: 3, then: { kind: 'constant' } }).ok).toBe(true);
  });
});
