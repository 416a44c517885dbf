import { describe, expect, it } from 'vitest';
import { tabForKey } from './tab-keys';

const TABS = ['a', 'b', 'c'] as const;

describe('tabForKey', () => {
  it('moves with the arrows and wraps at both ends', () => {
    expect(tabForKey(TABS, 'a', 'ArrowRight')).toBe('b');
    expect(tabForKey(TABS, 'c', 'ArrowRight')).toBe('a');
    expect(tabForKey(TABS, 'a', 'ArrowLeft')).toBe('c');
    expect(tabForKey(TABS, 'b', 'ArrowLeft')).toBe('a');
  });
  it('goes to the ends with Home and End', () => {
    expect(tabForKey(TABS, 'b', 'Home')).toBe('a');
    expect(tabForKey(TABS, 'b', 'End')).toBe('c');
  });
  it('ignores other keys and empty lists', () => {
    expect(tabForKey(TABS, 'b', 'Enter')).toBeNull();
    expect(tabForKey(TABS, 'b', 'ArrowDown')).toBeNull();
    expect(tabForKey([], 'x', 'ArrowRight')).toBeNull();
  });
});
