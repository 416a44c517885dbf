import { describe, expect, it } from 'vitest';
import { lectureCommandForKey, type LectureKey } from './lecture-keys';

const k = (key: string, extra: Partial<LectureKey> = {}): LectureKey => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  focusWantsKeys: false,
  ...extra,
});

describe('lectureCommandForKey', () => {
  it('starts with F5 only, and ignores everything else while not presenting', () => {
    expect(lectureCommandForKey(k('F5'), false)).toEqual({ kind: 'start' });
    for (const key of ['PageDown', 'b', 'Escape', 'ArrowRight', ' ']) expect(lectureCommandForKey(k(key), false)).toBeNull();
    expect(lectureCommandForKey(k('F5', { ctrlKey: true }), false)).toBeNull();
  });

  it('maps the clicker keys: PageDown/PageUp, B and ".", Esc', () => {
    expect(lectureCommandForKey(k('PageDown'), true)).toEqual({ kind: 'next' });
    expect(lectureCommandForKey(k('PageUp'), true)).toEqual({ kind: 'prev' });
    expect(lectureCommandForKey(k('b'), true)).toEqual({ kind: 'black' });
    expect(lectureCommandForKey(k('B'), true)).toEqual({ kind: 'black' });
    expect(lectureCommandForKey(k('.'), true)).toEqual({ kind: 'black' });
    expect(lectureCommandForKey(k('w'), true)).toEqual({ kind: 'white' });
    expect(lectureCommandForKey(k('Escape'), true)).toEqual({ kind: 'exit' });
    expect(lectureCommandForKey(k('F5'), true)).toBeNull();
  });

  it('steps with arrows, Space, Home/End and jumps with digits + Enter when focus does not want them', () => {
    expect(lectureCommandForKey(k('ArrowRight'), true)).toEqual({ kind: 'next' });
    expect(lectureCommandForKey(k(' '), true)).toEqual({ kind: 'next' });
    expect(lectureCommandForKey(k(' ', { shiftKey: true }), true)).toEqual({ kind: 'prev' });
    expect(lectureCommandForKey(k('ArrowLeft'), true)).toEqual({ kind: 'prev' });
    expect(lectureCommandForKey(k('Home'), true)).toEqual({ kind: 'first' });
    expect(lectureCommandForKey(k('End'), true)).toEqual({ kind: 'last' });
    expect(lectureCommandForKey(k('7'), true)).toEqual({ kind: 'digit', digit: 7 });
    expect(lectureCommandForKey(k('Enter'), true)).toEqual({ kind: 'jump' });
  });

  it('leaves arrows, Space, digits and letters to a focused field or figure, but PageDown/PageUp/Esc still work', () => {
    const f = { focusWantsKeys: true };
    for (const key of ['ArrowRight', 'ArrowLeft', ' ', 'Home', 'End', '3', 'Enter', 'b', '.']) expect(lectureCommandForKey(k(key, f), true)).toBeNull();
    expect(lectureCommandForKey(k('PageDown', f), true)).toEqual({ kind: 'next' });
    expect(lectureCommandForKey(k('PageUp', f), true)).toEqual({ kind: 'prev' });
    expect(lectureCommandForKey(k('Escape', f), true)).toEqual({ kind: 'exit' });
  });

  it('never takes a key with Ctrl, Cmd or Alt (zoom and the menu keep theirs)', () => {
    for (const mod of [{ ctrlKey: true }, { metaKey: true }, { altKey: true }]) expect(lectureCommandForKey(k('PageDown', mod), true)).toBeNull();
  });
});
