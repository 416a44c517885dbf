import { describe, expect, it } from 'vitest';
import { LIVE_ANSWER_MS, LiveGate } from './live-gate';

function gate(): { g: LiveGate; tick: (ms: number) => void } {
  let t = 0;
  const g = new LiveGate(() => t);
  return { g, tick: (ms) => (t += ms) };
}

describe('LiveGate', () => {
  it('lets the newest job go on and stops a superseded typing job', () => {
    const { g, tick } = gate();
    g.received(1);
    g.received(2);
    tick(10 * LIVE_ANSWER_MS);
    expect(g.keepGoing({ gen: 2 })).toBe(true);
    expect(g.keepGoing({ gen: 1 })).toBe(false);
  });

  it('finishes one superseded drag step when nothing was answered for a while, one at a time', () => {
    const { g, tick } = gate();
    for (const gen of [1, 2, 3]) g.received(gen);
    // Nothing answered yet: job 1 is pinned and keeps going; job 2 may not join it.
    expect(g.keepGoing({ gen: 1, live: true })).toBe(true);
    expect(g.keepGoing({ gen: 2, live: true })).toBe(false);
    expect(g.keepGoing({ gen: 1, live: true })).toBe(true);
    g.answered();
    g.ended({ gen: 1 });
    // Just answered: the next superseded step stops; after LIVE_ANSWER_MS one may finish again.
    expect(g.keepGoing({ gen: 2, live: true })).toBe(false);
    tick(LIVE_ANSWER_MS);
    g.received(4);
    expect(g.keepGoing({ gen: 3, live: true })).toBe(true);
    expect(g.keepGoing({ gen: 4, live: true })).toBe(true);
  });

  it('releases the pin when the pinned job ends without answering', () => {
    const { g } = gate();
    for (const gen of [1, 2, 3]) g.received(gen);
    expect(g.keepGoing({ gen: 1, live: true })).toBe(true);
    g.ended({ gen: 1 });
    expect(g.keepGoing({ gen: 2, live: true })).toBe(true);
  });
});
