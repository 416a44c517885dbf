import { describe, expect, it } from 'vitest';
import { layoutCommandForKey, type LayoutKey } from './layout-keys';

const k = (over: Partial<LayoutKey>): LayoutKey => ({ key: '\\', ctrlKey: true, metaKey: false, altKey: false, shiftKey: false, ...over });

describe('layoutCommandForKey', () => {
  it('Ctrl or Cmd + \\ folds the sidebar; with Shift, the side panels', () => {
    expect(layoutCommandForKey(k({}))).toBe('toggle-sidebar');
    expect(layoutCommandForKey(k({ ctrlKey: false, metaKey: true }))).toBe('toggle-sidebar');
    expect(layoutCommandForKey(k({ key: '|', shiftKey: true }))).toBe('toggle-panels');
    expect(layoutCommandForKey(k({ key: '\\', shiftKey: true }))).toBe('toggle-panels');
  });
  it('the physical Backslash key counts on layouts where it types another character', () => {
    expect(layoutCommandForKey(k({ key: '#', code: 'Backslash' }))).toBe('toggle-sidebar');
  });
  it('needs Ctrl/Cmd and no Alt; other keys do nothing', () => {
    expect(layoutCommandForKey(k({ ctrlKey: false }))).toBeNull();
    expect(layoutCommandForKey(k({ altKey: true }))).toBeNull();
    expect(layoutCommandForKey(k({ key: '/' }))).toBeNull();
    expect(layoutCommandForKey(k({ key: '|', shiftKey: false }))).toBeNull();
  });
});
