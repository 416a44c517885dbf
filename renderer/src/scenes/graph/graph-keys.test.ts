import { describe, expect, it } from 'vitest';
import { graphCommandForKey, graphDeleteKeys, keysBelongElsewhere, type FocusLike } from './graph-keys';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
  key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods,
});
const ctx = (over: Partial<{ visible: boolean; focusElsewhere: boolean; handled: boolean }> = {}) => ({ visible: true, focusElsewhere: false, handled: false, ...over });

describe('graph keys', () => {
  it('N steps and F fits, in either case, only while the graph is shown', () => {
    expect(graphCommandForKey(key('n'), ctx())).toBe('graph-step');
    expect(graphCommandForKey(key('N', { shiftKey: true }), ctx())).toBe('graph-step');
    expect(graphCommandForKey(key('f'), ctx())).toBe('graph-fit');
    // The bug this fixes: N pressed in the explorer stepped the hidden graph.
    expect(graphCommandForKey(key('n'), ctx({ visible: false }))).toBeNull();
    expect(graphCommandForKey(key('z', { ctrlKey: true }), ctx({ visible: false }))).toBeNull();
  });
  it('leaves keys typed in a text field, a dialog, or taken by the lecture alone', () => {
    expect(graphCommandForKey(key('n'), ctx({ focusElsewhere: true }))).toBeNull();
    expect(graphCommandForKey(key('n'), ctx({ handled: true }))).toBeNull();
  });
  it('ignores Alt combinations and unbound letters', () => {
    expect(graphCommandForKey(key('n', { altKey: true }), ctx())).toBeNull();
    expect(graphCommandForKey(key('n', { ctrlKey: true }), ctx())).toBeNull();
    expect(graphCommandForKey(key('q'), ctx())).toBeNull();
  });
  it('gives xyflow its delete keys only while shown, and keeps Backspace for the clicker in lecture mode', () => {
    expect(graphDeleteKeys(false, false)).toBeNull();
    expect(graphDeleteKeys(true, false)).toEqual(['Delete', 'Backspace']);
    expect(graphDeleteKeys(true, true)).toEqual(['Delete']);
  });
});

describe('keysBelongElsewhere', () => {
  const el = (tagName: string, extra: Partial<FocusLike> = {}, inDialog = false): FocusLike => ({
    tagName, closest: (sel: string) => (inDialog && sel.includes('dialog') ? {} : null), ...extra,
  });
  it('text fields and selects keep their letters; buttons, sliders and checkboxes do not', () => {
    expect(keysBelongElsewhere(el('INPUT', { type: 'text' }))).toBe(true);
    expect(keysBelongElsewhere(el('input', { type: 'search' }))).toBe(true);
    expect(keysBelongElsewhere(el('TEXTAREA'))).toBe(true);
    expect(keysBelongElsewhere(el('SELECT'))).toBe(true);
    expect(keysBelongElsewhere(el('DIV', { isContentEditable: true }))).toBe(true);
    expect(keysBelongElsewhere(el('INPUT', { type: 'range' }))).toBe(false);
    expect(keysBelongElsewhere(el('INPUT', { type: 'checkbox' }))).toBe(false);
    expect(keysBelongElsewhere(el('BUTTON'))).toBe(false);
    expect(keysBelongElsewhere(el('DIV'))).toBe(false);
    expect(keysBelongElsewhere(null)).toBe(false);
  });
  it('anything inside a dialog keeps its keys (the shortcut sheet over the graph)', () => {
    expect(keysBelongElsewhere(el('BUTTON', {}, true))).toBe(true);
  });
});
