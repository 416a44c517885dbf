import { describe, expect, it } from 'vitest';
import { text } from '$shared/text';
import type { LectureStep } from './lecture-types';
import { mergeState, snapshotLectureTarget, stateAt, type SnapshotAction } from './snapshot-lecture';

interface S {
  readonly tab: string;
  readonly n: number;
  readonly box: { readonly a: number; readonly b: number };
  readonly pair: readonly [number, number];
}
const BASE: S = { tab: 'one', n: 0, box: { a: 1, b: 2 }, pair: [0, 0] };

class Fake {
  s: S = BASE;
  snapshot(): S {
    return this.s;
  }
  restore(s: S): void {
    this.s = s;
  }
}

const c = text('A caption long enough for the hall.', '一句给课堂看的说明。');
const steps: readonly LectureStep<SnapshotAction<S, string>>[] = [
  { caption: c, action: { state: { tab: 'one', n: 1 }, effects: ['setup:A'] } },
  { caption: c, action: { state: { box: { b: 5 } }, effects: ['play'] } },
  { caption: c, action: { state: { pair: [3, 4] } } },
  { caption: c, action: { state: { tab: 'two' }, effects: ['setup:B'] } },
];

describe('the snapshot/restore lecture applier', () => {
  it('merges nested objects field by field and replaces arrays and scalars', () => {
    expect(mergeState(BASE, { box: { b: 9 }, pair: [1, 2] })).toEqual({ tab: 'one', n: 0, box: { a: 1, b: 9 }, pair: [1, 2] });
    expect(mergeState(BASE, undefined)).toBe(BASE);
    expect(stateAt(BASE, steps, 2)).toEqual({ tab: 'one', n: 1, box: { a: 1, b: 5 }, pair: [3, 4] });
  });

  it('steps forward on top of what the presenter changed, and rebuilds on a jump or a step back', () => {
    const f = new Fake();
    const ran: string[] = [];
    const t = snapshotLectureTarget(f, () => BASE, steps, { run: (e) => ran.push(e), persistent: (e) => e.startsWith('setup') });
    t.show(0, null);
    expect(ran).toEqual(['setup:A']);
    f.s = { ...f.s, n: 42, box: { a: 7, b: 2 } };
    t.show(1, 0);
    expect(f.s).toEqual({ tab: 'one', n: 42, box: { a: 7, b: 5 }, pair: [0, 0] });
    expect(ran).toEqual(['setup:A', 'play']);
    ran.length = 0;
    // A jump to step 2 rebuilds from the base and re-runs the latest set-up, not the animation.
    t.show(2, null);
    expect(f.s).toEqual({ tab: 'one', n: 1, box: { a: 1, b: 5 }, pair: [3, 4] });
    expect(ran).toEqual(['setup:A']);
    ran.length = 0;
    // A step that brings its own set-up runs only that one.
    t.show(3, null);
    expect(ran).toEqual(['setup:B']);
    expect(f.s.tab).toBe('two');
    // Out of range: nothing happens.
    t.show(9, 8);
    expect(f.s.tab).toBe('two');
  });
});
