import { describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { err, ok, type Result } from '$shared/result';
import type { LocalizedText } from '$shared/text';
import { ChainSession } from '../scenes/chain/chain-session.svelte';
import { LimitsSession } from '../scenes/limits/limits-session.svelte';
import { DocumentController } from './document-controller.svelte';
import type { DocumentHost, OpenedFile, SavedFile, SaveRequest } from './document-host';
import type { GradlabDocument, SceneStates, SceneTarget } from './document-types';
import { parseDocument } from './parse-document';
import type { ChapterId } from './scene-limits';
import { canonicalJson } from './json-text';
import { decodeViewPayload, encodeViewPayload } from './view-link';

/** A link payload for a document's JSON (the encoder is asynchronous; a small view always fits). */
async function payloadOf(json: string): Promise<string> {
  const r = await encodeViewPayload(json);
  if (r?.kind !== 'payload') throw new Error('expected a payload');
  return r.payload;
}

class FakeHost implements DocumentHost {
  readonly kind = 'web' as const;
  next: OpenedFile | null = null;
  saved: SaveRequest[] = [];
  states: { name: string | null; dirty: boolean }[] = [];
  stored: string | null = null;
  readonly recovery = {
    write: (t: string) => ((this.stored = t), Promise.resolve()),
    read: () => Promise.resolve(this.stored),
    clear: () => ((this.stored = null), Promise.resolve()),
  };
  open() {
    return Promise.resolve(ok(this.next));
  }
  save(r: SaveRequest): Promise<Result<SavedFile | null, LocalizedText>> {
    this.saved.push(r);
    return Promise.resolve(ok({ name: 'lesson.gradlab', path: null }));
  }
  reportState(s: { name: string | null; dirty: boolean }) {
    this.states.push(s);
  }
  confirmClose() {}
  onCommand() {
    return () => undefined;
  }
}

function setup() {
  const host = new FakeHost();
  let chapter: ChapterId = 'limits';
  const c = new DocumentController(
    host,
    {
      get chapter() {
        return chapter;
      },
      openChapter: (id) => (chapter = id),
    },
    () => Promise.resolve(parseDocument),
  );
  return { host, c, chapter: () => chapter };
}

/** Answers "Don't Save" when a command asks about unsaved changes, and returns its outcome. */
async function discarding<T>(c: DocumentController, run: Promise<T>): Promise<T> {
  for (let i = 0; i < 5 && !c.unsavedPrompt; i++) await Promise.resolve();
  c.answerUnsaved('discard');
  return run;
}

const docWith = (scenes: Partial<SceneStates>, chapter: ChapterId = 'limits'): GradlabDocument => ({ format: 'gradient-lab', version: 1, chapter, scenes });

describe('DocumentController', () => {
  it('keeps a state for a scene not mounted yet and applies it when the scene registers', () => {
    const { c } = setup();
    const edited = new LimitsSession();
    edited.setEpsilon(0.02);
    expect(c.apply(docWith({ limits: edited.snapshot() })).ok).toBe(true);
    expect(c.states.limits?.epsilon).toBe(0.02);
    const later = new LimitsSession();
    c.register('limits', later);
    expect(later.epsilon).toBe(0.02);
  });

  it('a scene never visited keeps its loaded state through the next save', async () => {
    const { c, host } = setup();
    const chain = new ChainSession();
    chain.setX(0.5);
    c.apply(docWith({ chain: chain.snapshot() }));
    await c.save();
    const saved = parseDocument(host.saved[0]!.text);
    expect(saved.ok && saved.value.scenes.chain?.x).toBe(0.5);
  });

  it('is dirty only when a state differs from the one last opened or saved', async () => {
    const { c } = setup();
    const limits = new LimitsSession();
    c.register('limits', limits);
    expect(c.dirty).toBe(false);
    limits.setEpsilon(0.3);
    expect(c.dirty).toBe(true);
    limits.setEpsilon(new LimitsSession().epsilon);
    expect(c.dirty).toBe(false);
    limits.setEpsilon(0.3);
    await c.save();
    expect(c.dirty).toBe(false);
    expect(c.name).toBe('lesson.gradlab');
    limits.setEpsilon(0.4);
    expect(c.dirty).toBe(true);
  });

  it('never half-applies: when one scene throws, every scene is rolled back', () => {
    const { c } = setup();
    const limits = new LimitsSession();
    const chain = new ChainSession();
    c.register('limits', limits);
    c.register('chain', chain);
    limits.setEpsilon(0.3);
    chain.setX(0.25);
    const before = { limits: limits.snapshot(), chain: chain.snapshot() };
    // A chain scene whose restore breaks half-way (after changing its own state).
    const brittle: SceneTarget<SceneStates['chain']> = {
      snapshot: () => chain.snapshot(),
      restore: (s) => {
        chain.restore(s);
        if (s.x !== before.chain.x) throw new Error('boom');
      },
    };
    c.register('chain', brittle);
    const otherLimits = new LimitsSession();
    otherLimits.setEpsilon(7);
    const otherChain = new ChainSession();
    otherChain.setX(-0.5);
    const r = c.apply(docWith({ limits: otherLimits.snapshot(), chain: otherChain.snapshot() }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.en).toBe('boom');
    expect(limits.snapshot()).toEqual(before.limits);
    expect(chain.snapshot()).toEqual(before.chain);
  });

  it('a refused file changes nothing and says why', async () => {
    const { c, host } = setup();
    const limits = new LimitsSession();
    c.register('limits', limits);
    limits.setEpsilon(0.3);
    const before = limits.snapshot();
    host.next = { name: 'bad.gradlab', path: null, text: '{"format":"gradient-lab","version":2}' };
    // The edits are unsaved: the question comes first, answered "Don't Save".
    const r = await discarding(c, c.open());
    expect(r.kind).toBe('failed');
    expect(limits.snapshot()).toEqual(before);
    expect(c.status?.key).toBe('document.fileRefused');
    expect(c.status?.reason?.en).toMatch(/newer Gradient Lab \(format 2\)/);
    expect(c.name).toBeNull();
  });

  it('opening a file applies it, opens its chapter and makes it the clean state', async () => {
    const { c, host, chapter } = setup();
    const limits = new LimitsSession();
    c.register('limits', limits);
    const chain = new ChainSession();
    chain.setX(0.75);
    host.next = { name: 'c.gradlab', path: null, text: JSON.stringify(docWith({ chain: chain.snapshot() }, 'chain-rule')) };
    limits.setEpsilon(5);
    // The edits are unsaved: the question comes first, answered "Don't Save".
    const r = await discarding(c, c.open());
    expect(r).toEqual({ kind: 'done', scenes: ['chain'] });
    // Limits was left out of the file: back at its start.
    expect(limits.epsilon).toBe(new LimitsSession().epsilon);
    expect(chapter()).toBe('chain-rule');
    expect(c.dirty).toBe(false);
    expect(c.name).toBe('c.gradlab');
  });

  it('New brings every scene back to its start and forgets the file', async () => {
    const { c, host } = setup();
    const limits = new LimitsSession();
    c.register('limits', limits);
    limits.setEpsilon(5);
    await c.save();
    host.stored = 'x';
    c.newDocument();
    expect(limits.epsilon).toBe(new LimitsSession().epsilon);
    expect(c.name).toBeNull();
    expect(c.dirty).toBe(false);
    await Promise.resolve();
    expect(host.stored).toBeNull();
  });

  it('a link carries only the scenes that differ from their start', async () => {
    const { c } = setup();
    const limits = new LimitsSession();
    const chain = new ChainSession();
    c.register('limits', limits);
    c.register('chain', chain);
    expect(await c.linkPayload()).toEqual({ kind: 'none' });
    chain.setX(0.5);
    const p = await c.linkPayload();
    expect(p?.kind).toBe('payload');
    if (p?.kind !== 'payload') return;
    // Remembered for the view: the synchronous form (as the page goes) gives the same payload.
    expect(c.linkPayloadNow()).toEqual(p);
    const json = await decodeViewPayload(p.payload);
    const doc = json.ok ? parseDocument(json.value) : null;
    expect(doc?.ok && Object.keys(doc.value.scenes)).toEqual(['chain']);
  });

  it('a link asked for while the view changes answers null; the next answer is the current view', async () => {
    const { c } = setup();
    const chain = new ChainSession();
    c.register('chain', chain);
    chain.setX(0.5);
    const first = c.linkPayload();
    chain.setX(0.75);
    expect(await first).toBeNull();
    const p = await c.linkPayload();
    if (p?.kind !== 'payload') throw new Error('expected a payload');
    const json = await decodeViewPayload(p.payload);
    const doc = json.ok ? parseDocument(json.value) : null;
    expect(doc?.ok && doc.value.scenes.chain).toEqual(chain.snapshot());
  });

  it('a bad link leaves every scene at its start and says why', async () => {
    const { c } = setup();
    const limits = new LimitsSession();
    c.register('limits', limits);
    limits.setEpsilon(5);
    expect(await c.openLink('1.@@@')).toBe(false);
    expect(limits.epsilon).toBe(new LimitsSession().epsilon);
    expect(c.status?.key).toBe('document.linkRefused');
  });

  it('autosaves while dirty and offers the stored work at the next start when it differs', async () => {
    vi.useFakeTimers();
    try {
      const first = setup();
      const limits = new LimitsSession();
      first.c.register('limits', limits);
      await first.c.start();
      limits.setEpsilon(0.125);
      vi.advanceTimersByTime(3100);
      expect(first.host.stored).not.toBeNull();
      first.c.stop();

      const second = setup();
      second.host.stored = first.host.stored;
      const fresh = new LimitsSession();
      second.c.register('limits', fresh);
      await second.c.start();
      expect(second.c.recoveryOffer).not.toBeNull();
      // Esc: decide later — the stored work stays, autosave waits.
      second.c.deferRecovery();
      fresh.setEpsilon(3);
      vi.advanceTimersByTime(3100);
      expect(second.host.stored).toBe(first.host.stored);
      second.c.reopenRecovery();
      second.c.restoreRecovery();
      expect(fresh.epsilon).toBe(0.125);
      second.c.stop();

      // The same state already open: nothing to offer.
      const third = setup();
      third.host.stored = first.host.stored;
      const same = new LimitsSession();
      same.setEpsilon(0.125);
      third.c.register('limits', same);
      await third.c.start();
      expect(third.c.recoveryOffer).toBeNull();
      third.c.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('a document double-clicked to launch the app opens at start; stored unsaved work stays offered from the menu', async () => {
    const author = setup();
    const made = new LimitsSession();
    author.c.register('limits', made);
    made.setEpsilon(0.375);
    const launchedText = author.c.documentText();
    made.setEpsilon(0.25);
    const leftover = author.c.documentText();

    const { c, host } = setup();
    host.stored = leftover;
    let asked = 0;
    const desktop = Object.assign(host, {
      takeLaunchFile: () => {
        asked++;
        return Promise.resolve(ok({ name: '第三讲.gradlab', path: '/home/t/第三讲.gradlab', text: launchedText }));
      },
    });
    const limits = new LimitsSession();
    c.register('limits', limits);
    await c.start();
    c.stop();
    expect(asked).toBe(1);
    expect(desktop.stored).toBe(leftover);
    expect(limits.epsilon).toBe(0.375);
    expect(c.name).toBe('第三讲.gradlab');
    expect(c.path).toBe('/home/t/第三讲.gradlab');
    expect(c.dirty).toBe(false);
    expect(c.recoveryOffer).toBeNull();
    expect(c.recoveryDeferred).toBe(true);
    c.reopenRecovery();
    c.restoreRecovery();
    expect(limits.epsilon).toBe(0.25);
  });

  it('a launch file that cannot be read is said, and the app starts as usual', async () => {
    const { c, host } = setup();
    Object.assign(host, { takeLaunchFile: () => Promise.resolve(err({ en: 'too large', 'zh-CN': '太大' })) });
    const limits = new LimitsSession();
    c.register('limits', limits);
    await c.start();
    c.stop();
    expect(c.status?.key).toBe('document.openFailed');
    expect(c.status?.reason?.en).toBe('too large');
    expect(c.ready).toBe(true);
    expect(limits.epsilon).toBe(new LimitsSession().epsilon);
  });

  it('a save the host refuses keeps the document dirty and says why', async () => {
    const { c, host } = setup();
    host.save = () => Promise.resolve(err({ en: 'disk full', 'zh-CN': '磁盘已满' }));
    const limits = new LimitsSession();
    c.register('limits', limits);
    limits.setEpsilon(0.3);
    expect((await c.save()).kind).toBe('failed');
    expect(c.dirty).toBe(true);
    expect(c.status?.reason?.en).toBe('disk full');
    flushSync();
  });
});

describe('unsaved changes before New, Open and a link', () => {
  /** A controller with an edited limits scene (ε = 0.3), untitled unless `named`. */
  async function dirtySetup(named = false) {
    const t = setup();
    const limits = new LimitsSession();
    t.c.register('limits', limits);
    if (named) {
      limits.setEpsilon(0.7);
      await t.c.save();
      t.host.saved = [];
    }
    limits.setEpsilon(0.3);
    expect(t.c.dirty).toBe(true);
    return { ...t, limits };
  }
  /** Lets the controller reach its question (or finish) without answering it. */
  const settle = async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  const startEps = new LimitsSession().epsilon;

  it('New asks; Cancel leaves everything as it was', async () => {
    const { c, host, limits } = await dirtySetup(true);
    const done = c.newDocument();
    await settle();
    expect(c.unsavedPrompt?.action).toBe('new');
    expect(limits.epsilon).toBe(0.3);
    c.answerUnsaved('cancel');
    expect(await done).toEqual({ kind: 'cancelled' });
    expect(c.unsavedPrompt).toBeNull();
    expect(limits.epsilon).toBe(0.3);
    expect(c.name).toBe('lesson.gradlab');
    expect(c.dirty).toBe(true);
    expect(host.saved).toEqual([]);
  });

  it('New, Don’t Save: every scene back at its start, nothing written', async () => {
    const { c, host, limits } = await dirtySetup();
    const done = c.newDocument();
    await settle();
    c.answerUnsaved('discard');
    expect((await done).kind).toBe('done');
    expect(limits.epsilon).toBe(startEps);
    expect(c.dirty).toBe(false);
    expect(host.saved).toEqual([]);
  });

  it('New, Save: the document is saved first, with the changes, then New goes on', async () => {
    const { c, host, limits } = await dirtySetup();
    const done = c.newDocument();
    await settle();
    c.answerUnsaved('save');
    expect((await done).kind).toBe('done');
    expect(host.saved).toHaveLength(1);
    const written = parseDocument(host.saved[0]!.text);
    expect(written.ok && written.value.scenes.limits?.epsilon).toBe(0.3);
    expect(limits.epsilon).toBe(startEps);
    expect(c.name).toBeNull();
  });

  it('New, Save, and the save fails or is cancelled: New stops, nothing is lost', async () => {
    for (const answer of [err({ en: 'disk full', 'zh-CN': '磁盘已满' }), ok(null)] as const) {
      const { c, host, limits } = await dirtySetup();
      host.save = () => Promise.resolve(answer);
      const done = c.newDocument();
      await settle();
      c.answerUnsaved('save');
      expect((await done).kind).toBe('cancelled');
      expect(limits.epsilon).toBe(0.3);
      expect(c.dirty).toBe(true);
    }
  });

  it('Open asks before the file picker; Cancel never shows it', async () => {
    const { c, host, limits } = await dirtySetup();
    const picker = vi.spyOn(host, 'open');
    const done = c.open();
    await settle();
    expect(c.unsavedPrompt?.action).toBe('open');
    c.answerUnsaved('cancel');
    expect(await done).toEqual({ kind: 'cancelled' });
    expect(picker).not.toHaveBeenCalled();
    expect(limits.epsilon).toBe(0.3);
  });

  it('Open, Don’t Save: the chosen file opens', async () => {
    const { c, host, limits } = await dirtySetup();
    const other = new LimitsSession();
    other.setEpsilon(0.05);
    host.next = { name: 'other.gradlab', path: null, text: canonicalJson(docWith({ limits: other.snapshot() })) };
    const done = c.open();
    await settle();
    c.answerUnsaved('discard');
    expect((await done).kind).toBe('done');
    expect(limits.epsilon).toBe(0.05);
    expect(c.name).toBe('other.gradlab');
  });

  it('the desktop’s Open Recent asks too', async () => {
    const { c, limits } = await dirtySetup();
    const other = new LimitsSession();
    other.setEpsilon(0.05);
    const done = c.command({ kind: 'opened', file: { name: 'recent.gradlab', path: '/tmp/recent.gradlab', text: canonicalJson(docWith({ limits: other.snapshot() })) } });
    await settle();
    expect(c.unsavedPrompt?.action).toBe('open');
    c.answerUnsaved('cancel');
    await done;
    expect(limits.epsilon).toBe(0.3);
  });

  it('without unsaved changes nothing is asked (New stays synchronous)', () => {
    const { c } = setup();
    const limits = new LimitsSession();
    c.register('limits', limits);
    void c.newDocument();
    expect(c.unsavedPrompt).toBeNull();
    expect(c.status?.key).toBe('document.newDone');
  });

  it('a link over a named document with unsaved changes asks; Cancel keeps it', async () => {
    const { c, limits } = await dirtySetup(true);
    const other = new LimitsSession();
    other.setEpsilon(0.05);
    const payload = await payloadOf(canonicalJson(docWith({ limits: other.snapshot() })));
    const done = c.followLink(payload);
    await settle();
    expect(c.unsavedPrompt?.action).toBe('link');
    c.answerUnsaved('cancel');
    expect(await done).toBe('cancelled');
    expect(limits.epsilon).toBe(0.3);
    expect(c.name).toBe('lesson.gradlab');

    const again = c.followLink(payload);
    await settle();
    c.answerUnsaved('discard');
    expect(await again).toBe('applied');
    expect(limits.epsilon).toBe(0.05);
    // The link's view is an untitled document: a later Save cannot overwrite the file.
    expect(c.name).toBeNull();
  });

  it('a link over untitled work applies at once (the browser’s Back returns to it); a bad one changes nothing', async () => {
    const { c, limits } = await dirtySetup();
    expect(await c.followLink('1.@@@')).toBe('refused');
    expect(limits.epsilon).toBe(0.3);
    expect(c.status?.key).toBe('document.linkRefusedKept');
    const other = new LimitsSession();
    other.setEpsilon(0.05);
    expect(await c.followLink(await payloadOf(canonicalJson(docWith({ limits: other.snapshot() }))))).toBe('applied');
    expect(c.unsavedPrompt).toBeNull();
    expect(limits.epsilon).toBe(0.05);
  });
});
