import { describe, expect, it } from 'vitest';
import { parseExpr } from '$shared/expr/parse';
import { createObjective } from './walker-model';
import { DEFAULT_FORM } from './walker-form';
import { DEFAULT_SPEED, WalkerStore } from './walker-store.svelte';

function bowl() {
  const e = parseExpr('x^2 + 2y^2', { variables: ['x', 'y'] });
  if (!e.ok) throw new Error('parse');
  const o = createObjective(e.value);
  if (!o.ok) throw new Error('objective');
  return o.value;
}

describe('WalkerStore', () => {
  it('race adds GD, momentum and Adam from one start with one rate, replacing the old walkers', () => {
    const s = new WalkerStore(bowl());
    s.add([0, 1], { optimizer: { kind: 'gd', lr: 0.1 }, schedule: { kind: 'constant' } });
    const r = s.race([2, 1], 0.05);
    expect(r.ok).toBe(true);
    expect(s.walkers.map((w) => w.config.optimizer.kind)).toEqual(['gd', 'momentum', 'adam']);
    expect(s.walkers.every((w) => w.config.optimizer.lr === 0.05 && w.start[0] === 2 && w.start[1] === 1)).toBe(true);
    expect(s.selected?.id).toBe(s.walkers[0]?.id);
  });

  it('publishes a new list on every step and stops playing when nobody can move', () => {
    const s = new WalkerStore(bowl());
    s.add([1, 1], { optimizer: { kind: 'gd', lr: 0.6 }, schedule: { kind: 'constant' } });
    s.togglePlay();
    expect(s.playing).toBe(true);
    const before = s.walkers;
    s.step();
    expect(s.walkers).not.toBe(before);
    s.stepMany(200);
    expect(s.walkers[0]?.status).toBe('diverged');
    expect(s.playing).toBe(false);
    s.togglePlay();
    expect(s.playing).toBe(false);
    s.reset();
    expect(s.walkers[0]?.stepCount).toBe(0);
    s.remove(s.walkers[0]?.id ?? '');
    expect(s.walkers).toHaveLength(0);
    expect(s.selected).toBeUndefined();
  });

  it('a restored set still waiting for its surface never undoes what the user did meanwhile', () => {
    const s = new WalkerStore(bowl());
    // A document restored while its surface is being computed: an empty walker set waits.
    s.importState({ list: [], speed: DEFAULT_SPEED, form: { ...DEFAULT_FORM }, selected: null }, false);
    s.add([1, 1], { optimizer: { kind: 'gd', lr: 0.1 }, schedule: { kind: 'constant' } });
    s.step();
    // The surface arrives: the user's walker and its step stay, and a save reports them.
    s.resume();
    expect(s.walkers).toHaveLength(1);
    expect(s.walkers[0]?.stepCount).toBe(1);
    expect(s.exportState().list).toHaveLength(1);
  });
});
