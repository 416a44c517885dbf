import { describe, expect, it } from 'vitest';
import { PointerHold } from './pointer-hold';

function pointer(type: string, buttons: number): Event {
  const e = new Event(type);
  Object.defineProperty(e, 'buttons', { value: buttons });
  return e;
}

describe('PointerHold', () => {
  it('runs at once when no pointer is held', () => {
    const h = new PointerHold();
    let runs = 0;
    h.whenReleased(() => runs++);
    expect(runs).toBe(1);
  });

  it('puts work off while a pointer is held and runs only the latest once, on release', () => {
    const t = new EventTarget();
    const h = new PointerHold();
    const off = h.attach(t);
    const ran: string[] = [];
    t.dispatchEvent(pointer('pointerdown', 1));
    h.whenReleased(() => ran.push('first'));
    t.dispatchEvent(pointer('pointermove', 1));
    h.whenReleased(() => ran.push('second'));
    expect(ran).toEqual([]);
    t.dispatchEvent(pointer('pointerup', 0));
    expect(ran).toEqual(['second']);
    t.dispatchEvent(pointer('pointerup', 0));
    expect(ran).toEqual(['second']);
    off();
  });

  it('a release the page never saw: a buttonless move, a cancel or losing focus release', () => {
    for (const end of [pointer('pointermove', 0), pointer('pointercancel', 0), new Event('blur')]) {
      const t = new EventTarget();
      const h = new PointerHold();
      h.attach(t);
      let runs = 0;
      t.dispatchEvent(pointer('pointerdown', 1));
      h.whenReleased(() => runs++);
      t.dispatchEvent(end);
      expect(runs).toBe(1);
      expect(h.held).toBe(false);
    }
  });

  it("an element's blur passing through the capture phase is not a release", () => {
    const t = new EventTarget();
    const child = new EventTarget();
    const h = new PointerHold();
    h.attach(t);
    t.dispatchEvent(pointer('pointerdown', 1));
    const e = new Event('blur');
    Object.defineProperty(e, 'target', { value: child });
    t.dispatchEvent(e);
    expect(h.held).toBe(true);
  });

  it('cancel drops the waiting work; detached, presses are no longer seen', () => {
    const t = new EventTarget();
    const h = new PointerHold();
    const off = h.attach(t);
    let runs = 0;
    t.dispatchEvent(pointer('pointerdown', 1));
    h.whenReleased(() => runs++);
    h.cancel();
    t.dispatchEvent(pointer('pointerup', 0));
    expect(runs).toBe(0);
    off();
    t.dispatchEvent(pointer('pointerdown', 1));
    expect(h.held).toBe(false);
  });
});
