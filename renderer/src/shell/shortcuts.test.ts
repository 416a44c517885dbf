import { describe, expect, it } from 'vitest';
import { zoomCommandForKey } from './shortcuts';

const k = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('zoom shortcuts', () => {
  it('maps Ctrl and Cmd with + = - 0', () => {
    expect(zoomCommandForKey(k('=', { ctrlKey: true }))).toBe(1);
    expect(zoomCommandForKey(k('+', { metaKey: true }))).toBe(1);
    expect(zoomCommandForKey(k('-', { ctrlKey: true }))).toBe(-1);
    expect(zoomCommandForKey(k('0', { metaKey: true }))).toBe(0);
  });
  it('ignores plain keys and Alt combinations (typing a formula must not zoom)', () => {
    expect(zoomCommandForKey(k('+'))).toBeNull();
    expect(zoomCommandForKey(k('-'))).toBeNull();
    expect(zoomCommandForKey(k('=', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(zoomCommandForKey(k('a', { ctrlKey: true }))).toBeNull();
  });
});
