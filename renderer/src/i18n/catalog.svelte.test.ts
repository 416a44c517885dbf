import { describe, expect, it } from 'vitest';
import { CORE_TABLES, MessageCatalog, PACKS, SCENE_PACKS, type MessagePack, type TablePair } from './catalog.svelte';
import { en, zhCN } from './messages';

/** The renderer's source text by path relative to renderer/src, except tests and the message tables. */
const SOURCES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(import.meta.glob<string>(['../**/*.ts', '../**/*.svelte', '!../**/*.test.ts', '!../**/*-messages.ts'], { query: '?raw', import: 'default', eager: true })).map(([p, t]) => [p.replace(/^\.\.\//, ''), t]),
);

/**
 * Where each pack's keys may be used: code that only runs inside a scene whose loader loads the
 * pack (App mounts a scene after `loadForScene`). Checked against SCENE_PACKS below.
 */
const PACK_USERS: Record<MessagePack, readonly string[]> = {
  limits: ['scenes/limits/'],
  derivatives: ['scenes/derivatives/'],
  chain: ['scenes/chain/'],
  graph: ['scenes/graph/', 'export/record/RecordGraph.svelte'],
  summary: ['scenes/summary/'],
  record: ['export/record/'],
};
/** The scene whose directory each user path lies in (record's dialogs are mounted by three scenes). */
const PACK_SCENES: Record<MessagePack, readonly (keyof typeof SCENE_PACKS)[]> = {
  limits: ['limits'],
  derivatives: ['derivatives'],
  chain: ['chain'],
  graph: ['graph'],
  summary: ['summary'],
  // RecordSecant (derivatives), RecordGraph (graph), RecordWalkers (the explorer).
  record: ['derivatives', 'graph', 'surface'],
};

async function loadedPacks(): Promise<Record<MessagePack, TablePair>> {
  const out: Partial<Record<MessagePack, TablePair>> = {};
  for (const k of Object.keys(PACKS) as MessagePack[]) out[k] = await PACKS[k]();
  return out as Record<MessagePack, TablePair>;
}

describe('message catalog', () => {
  it('core tables and packs together are exactly the full tables, each key in one place', async () => {
    const packs = await loadedPacks();
    const all = [...CORE_TABLES, ...Object.values(packs)];
    const seen = new Map<string, number>();
    for (const [e, z] of all) {
      expect(Object.keys(z).sort()).toEqual(Object.keys(e).sort());
      for (const k of Object.keys(e)) seen.set(k, (seen.get(k) ?? 0) + 1);
    }
    const twice = [...seen].filter(([, n]) => n > 1).map(([k]) => k);
    expect(twice).toEqual([]);
    // A table merged into messages.ts but not listed in catalog.svelte.ts would be missing in the app.
    expect([...seen.keys()].sort()).toEqual(Object.keys(en).sort());
  });

  it('serves the full tables once every pack has loaded, and only core text before', async () => {
    const c = new MessageCatalog(CORE_TABLES, PACKS);
    expect(c.lookup('en', 'app.name')).toBe(en['app.name']);
    expect(c.lookup('zh-CN', 'app.name')).toBe(zhCN['app.name']);
    expect(c.lookup('en', 'limits.title')).toBeUndefined();
    await c.loadForScene('limits');
    expect(c.lookup('en', 'limits.title')).toBe(en['limits.title']);
    expect(c.lookup('zh-CN', 'limits.title')).toBe(zhCN['limits.title']);
    expect(c.lookup('en', 'derivatives.title')).toBeUndefined();
    for (const s of Object.keys(SCENE_PACKS) as (keyof typeof SCENE_PACKS)[]) await c.loadForScene(s);
    for (const k of Object.keys(en) as (keyof typeof en)[]) {
      expect(c.lookup('en', k)).toBe(en[k]);
      expect(c.lookup('zh-CN', k)).toBe(zhCN[k]);
    }
  });

  it('loads a pack once, and retries one that failed', async () => {
    let calls = 0;
    let fail = true;
    const pair: TablePair = [{ 'limits.title': 'T' }, { 'limits.title': '标题' }];
    const c = new MessageCatalog([], {
      ...PACKS,
      limits: () => {
        calls++;
        return fail ? Promise.reject(new Error('offline')) : Promise.resolve(pair);
      },
    });
    await expect(c.load('limits')).rejects.toThrow('offline');
    fail = false;
    await Promise.all([c.load('limits'), c.load('limits')]);
    await c.load('limits');
    expect(calls).toBe(2);
    expect(c.lookup('zh-CN', 'limits.title')).toBe('标题');
  });

  it("uses a pack's keys only in code mounted after the pack (a scene that loads it)", async () => {
    const packs = await loadedPacks();
    for (const pack of Object.keys(PACK_SCENES) as MessagePack[]) {
      for (const scene of PACK_SCENES[pack]) expect(SCENE_PACKS[scene]).toContain(pack);
    }
    const files = Object.keys(SOURCES);
    expect(files.length).toBeGreaterThan(50);
    expect(files).toContain('scenes/limits/LimitsScene.svelte');
    const misplaced: string[] = [];
    for (const pack of Object.keys(packs) as MessagePack[]) {
      const keys = Object.keys(packs[pack][0]);
      const prefixes = [...new Set(keys.map((k) => k.slice(0, k.indexOf('.') + 1)))];
      for (const f of files) {
        if (PACK_USERS[pack].some((u) => f.startsWith(u))) continue;
        const text = SOURCES[f] ?? '';
        const literal = keys.some((k) => text.includes(`'${k}'`) || text.includes(`"${k}"`) || text.includes(`\`${k}\``));
        // Keys built in template literals: `limits.case.${id}`.
        const built = prefixes.some((p) => new RegExp(`\`${p.replace('.', '\\.')}[\\w.]*\\$\\{`).test(text));
        if (literal || built) misplaced.push(`${pack}: ${f}`);
      }
    }
    expect(misplaced).toEqual([]);
  });
});
