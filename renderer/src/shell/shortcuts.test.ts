import { describe, expect, it } from 'vitest';
import { tabForKey } from '../components/tab-keys';
import { layoutCommandForKey } from './layout-keys';
import { lectureCommandForKey } from '../lecture/lecture-keys';
import { elementSelectionKeys } from '@xyflow/system';
import { graphCommandForKey, graphDeleteKeys } from '../scenes/graph/graph-keys';
import { ariaKeyShortcuts, keyLabel, keyMatches, matchShortcut, SHORTCUT_SCOPES, SHORTCUTS, shortcutsOf, zoomCommandForKey, type KeyLike } from './shortcuts';

const k = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}): Required<KeyLike> => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('zoom shortcuts', () => {
  it('maps Ctrl and Cmd with + = - 0', () => {
    expect(zoomCommandForKey(k('=', { ctrlKey: true }))).toBe(1);
    expect(zoomCommandForKey(k('+', { metaKey: true, shiftKey: true }))).toBe(1);
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

describe('key specs', () => {
  it('matches letters in either case, ignoring Shift unless required', () => {
    expect(keyMatches('p', k('P', { shiftKey: true }))).toBe(true);
    expect(keyMatches('Shift+ ', k(' '))).toBe(false);
    expect(keyMatches('Shift+ ', k(' ', { shiftKey: true }))).toBe(true);
    expect(keyMatches('?', k('?', { shiftKey: true }))).toBe(true);
    expect(keyMatches('Mod+z', k('z'))).toBe(false);
    expect(keyMatches('z', k('z', { ctrlKey: true }))).toBe(false);
    expect(keyMatches('+', k('+'))).toBe(true);
    expect(keyMatches('Mod++', k('+', { ctrlKey: true }))).toBe(true);
  });
  it('prints keys per language and platform', () => {
    expect(keyLabel(' ', 'en')).toBe('Space');
    expect(keyLabel(' ', 'zh-CN')).toBe('空格');
    expect(keyLabel('Mod+Shift+z', 'en')).toBe('Ctrl+Shift+Z');
    expect(keyLabel('Mod+z', 'en', true)).toBe('⌘+Z');
    expect(keyLabel('Mod++', 'en')).toBe('Ctrl++');
    expect(keyLabel('ArrowLeft', 'en')).toBe('←');
  });
  it('gives aria-keyshortcuts in WAI-ARIA form', () => {
    expect(ariaKeyShortcuts('play')).toBe('P Space');
    expect(ariaKeyShortcuts('dolly-in')).toBe('Plus Equal');
    expect(ariaKeyShortcuts('nope')).toBe('');
  });
});

describe('the shortcut table', () => {
  it('has unique ids, a label in both languages and at least one key per row', () => {
    expect(new Set(SHORTCUTS.map((s) => s.id)).size).toBe(SHORTCUTS.length);
    for (const s of SHORTCUTS) {
      expect(s.keys.length).toBeGreaterThan(0);
      expect(s.label.en.length).toBeGreaterThan(0);
      expect(s.label['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(SHORTCUT_SCOPES).toContain(s.scope);
    }
    for (const scope of SHORTCUT_SCOPES) expect(shortcutsOf(scope).length).toBeGreaterThan(0);
  });
  it('never binds one key to two commands of the same scope', () => {
    for (const scope of SHORTCUT_SCOPES) {
      const seen = new Map<string, string>();
      for (const s of shortcutsOf(scope))
        for (const key of s.keys) {
          expect(seen.get(key), `${scope}: ${key}`).toBeUndefined();
          seen.set(key, s.id);
        }
    }
  });
  it('keeps the lecture clicker keys (B and ".") out of the explorer: they always blank the screen', () => {
    for (const key of ['b', '.', 'w', ',', 'PageDown', 'PageUp']) {
      expect(matchShortcut('view3d', k(key))).toBeNull();
      expect(matchShortcut('walkers', k(key))).toBeNull();
    }
  });
});

// The lecture's handler lives in lecture-keys.ts; its rows here must say what it does.
const CANDIDATE_KEYS = [
  ...'abcdefghijklmnopqrstuvwxyz0123456789.,;/?+-=_ '.split(''),
  'PageDown', 'PageUp', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'Enter', 'Escape', 'Backspace', 'Delete', 'Tab', 'F5',
];

describe('lecture rows agree with lecture-keys.ts', () => {
  it('every listed key does what its row says', () => {
    for (const s of shortcutsOf('lecture'))
      for (const spec of s.keys) {
        if (spec === '0–9') {
          for (let d = 0; d <= 9; d++) expect(lectureCommandForKey({ ...k(String(d)), focusWantsKeys: false }, true)?.kind).toBe('digit');
          continue;
        }
        const shift = spec.startsWith('Shift+');
        const key = shift ? spec.slice(6) : spec;
        expect(lectureCommandForKey({ ...k(key, { shiftKey: shift }), focusWantsKeys: false }, true)?.kind, spec).toBe(s.id);
      }
  });
  it('every key the lecture handles is listed', () => {
    for (const key of CANDIDATE_KEYS)
      for (const variant of [key, key.toUpperCase()]) {
        const cmd = lectureCommandForKey({ ...k(variant), focusWantsKeys: false }, true);
        if (!cmd) continue;
        const row = cmd.kind === 'digit' ? 'jump' : cmd.kind;
        expect(shortcutsOf('lecture').find((s) => s.id === row)?.keys.some((spec) => spec === '0–9' || keyMatches(spec, k(variant))), variant).toBe(true);
      }
    expect(lectureCommandForKey({ ...k('F5'), focusWantsKeys: false }, false)?.kind).toBe('start');
    expect(matchShortcut('global', k('F5'))?.id).toBe('lecture-start');
  });
});

describe('tab-list rows agree with tab-keys.ts', () => {
  it('moves as listed', () => {
    const tabs = ['a', 'b', 'c'];
    const expected: Record<string, string> = { 'tab-prev': 'a', 'tab-next': 'c', 'tab-first': 'a', 'tab-last': 'c' };
    for (const s of shortcutsOf('tabs')) for (const key of s.keys) expect(tabForKey(tabs, 'b', key)).toBe(expected[s.id]);
    for (const key of CANDIDATE_KEYS) if (tabForKey(tabs, 'b', key) !== null) expect(matchShortcut('tabs', k(key)), key).not.toBeNull();
  });
});

describe('layout rows agree with layout-keys.ts', () => {
  it('every listed key folds what its row says, with Ctrl and with Cmd', () => {
    for (const id of ['toggle-sidebar', 'toggle-panels'] as const) {
      const row = SHORTCUTS.find((s) => s.id === id);
      expect(row, id).toBeDefined();
      for (const spec of row?.keys ?? []) {
        const shiftKey = spec.includes('Shift+');
        for (const mod of [{ ctrlKey: true }, { metaKey: true }]) {
          expect(layoutCommandForKey({ ...k('\\', { ...mod, shiftKey }), code: 'Backslash' })).toBe(id);
          expect(keyMatches(spec, k('\\', { ...mod, shiftKey }))).toBe(true);
        }
      }
    }
  });
});

describe('graph rows agree with graph-keys.ts and xyflow', () => {
  const shown = { visible: true, focusElsewhere: false, handled: false };
  it('every key the graph handler takes is listed under its row, and every listed key works', () => {
    const handled = ['graph-step', 'graph-fit', 'graph-undo', 'graph-redo'];
    for (const s of shortcutsOf('graph').filter((r) => handled.includes(r.id)))
      for (const spec of s.keys) {
        const mod = spec.startsWith('Mod+');
        const shiftKey = spec.includes('Shift+');
        const key = spec.split('+').pop() ?? '';
        for (const m of mod ? [{ ctrlKey: true }, { metaKey: true }] : [{}]) expect(graphCommandForKey(k(key, { ...m, shiftKey }), shown), spec).toBe(s.id);
      }
    for (const key of CANDIDATE_KEYS)
      for (const mods of [{}, { shiftKey: true }, { ctrlKey: true }, { ctrlKey: true, shiftKey: true }, { metaKey: true }]) {
        const cmd = graphCommandForKey(k(key, mods), shown);
        if (cmd !== null) expect(matchShortcut('graph', k(key, mods))?.id, `${key} ${JSON.stringify(mods)}`).toBe(cmd);
      }
  });
  it('Ctrl+Shift+Z is redo, not undo (the more specific spec wins)', () => {
    expect(graphCommandForKey(k('Z', { ctrlKey: true, shiftKey: true }), shown)).toBe('graph-redo');
    expect(graphCommandForKey(k('z', { metaKey: true }), shown)).toBe('graph-undo');
    expect(graphCommandForKey(k('y', { ctrlKey: true }), shown)).toBe('graph-redo');
  });
  it('the delete row is what xyflow is given, and the select/deselect rows are xyflow\'s element keys', () => {
    expect(graphDeleteKeys(true, false)).toEqual([...(SHORTCUTS.find((s) => s.id === 'graph-delete')?.keys ?? [])]);
    const select = SHORTCUTS.find((s) => s.id === 'graph-select')?.keys ?? [];
    const deselect = SHORTCUTS.find((s) => s.id === 'graph-deselect')?.keys ?? [];
    expect([...select, ...deselect].sort()).toEqual([...elementSelectionKeys].sort());
  });
});
