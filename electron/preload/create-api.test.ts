import { describe, it, expect } from 'vitest';
import { eventContract, invokeContract, EVENT_CHANNELS, INVOKE_CHANNELS } from '../ipc/contract';
import { createGradientLabApi } from './create-api';
import type { IpcRendererLike } from './create-api';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc() {
  const invoked: { channel: string; args: unknown[] }[] = [];
  const listeners = new Map<string, Set<Listener>>();
  const ipc: IpcRendererLike = {
    invoke: async (channel, ...args) => {
      invoked.push({ channel, args });
      return { ok: true, value: `reply:${channel}` };
    },
    on: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(channel, set);
    },
    removeListener: (channel, listener) => {
      listeners.get(channel)?.delete(listener);
    },
  };
  const emit = (channel: string, ...args: unknown[]) => {
    for (const l of listeners.get(channel) ?? []) l({ sender: 'the-ipc-renderer' }, ...args);
  };
  return { ipc, invoked, listeners, emit };
}

describe('createGradientLabApi', () => {
  it('exposes exactly one function per contract channel and nothing else', () => {
    const api = createGradientLabApi(fakeIpc().ipc);
    const expected = [...INVOKE_CHANNELS.map((c) => invokeContract[c].method), ...EVENT_CHANNELS.map((e) => eventContract[e].method)];
    expect(Object.keys(api).sort()).toEqual([...expected].sort());
    for (const key of Object.keys(api)) expect(typeof (api as unknown as Record<string, unknown>)[key]).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
    expect('invoke' in api).toBe(false);
    expect('ipcRenderer' in api).toBe(false);
  });

  it('forwards each method to its own channel with one argument at most', async () => {
    const { ipc, invoked } = fakeIpc();
    const api = createGradientLabApi(ipc);
    await expect(api.appInfo()).resolves.toEqual({ ok: true, value: 'reply:app:info' });
    await api.setSettings({ theme: 'dark' });
    await api.openExternal({ url: 'https://example.org/' });
    await api.openFile({ filters: [] });
    await api.saveFile({ suggestedName: 'a.json', text: '{}' });
    await api.saveDocument({ text: '{}', suggestedName: 'a.gradlab', path: null, saveAs: true });
    await api.openRecentDocument({ path: '/a.gradlab' });
    await api.writeRecovery({ text: '{}' });
    await api.saveExport({ suggestedName: 'a.png', extension: 'png', bytes: new Uint8Array([1]) });
    await api.getSettings();
    // A page calling with extra arguments must not smuggle them through.
    await (api.setSettings as unknown as (...a: unknown[]) => Promise<unknown>)({ uiScale: 2 }, 'extra', 42);
    expect(invoked).toEqual([
      { channel: 'app:info', args: [undefined] },
      { channel: 'settings:set', args: [{ theme: 'dark' }] },
      { channel: 'shell:openExternal', args: [{ url: 'https://example.org/' }] },
      { channel: 'file:open', args: [{ filters: [] }] },
      { channel: 'file:save', args: [{ suggestedName: 'a.json', text: '{}' }] },
      { channel: 'document:save', args: [{ text: '{}', suggestedName: 'a.gradlab', path: null, saveAs: true }] },
      { channel: 'document:openRecent', args: [{ path: '/a.gradlab' }] },
      { channel: 'recovery:write', args: [{ text: '{}' }] },
      { channel: 'export:save', args: [{ suggestedName: 'a.png', extension: 'png', bytes: new Uint8Array([1]) }] },
      { channel: 'settings:get', args: [undefined] },
      { channel: 'settings:set', args: [{ uiScale: 2 }] },
    ]);
  });

  it('delivers menu commands without the IPC event, drops malformed ones, and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const api = createGradientLabApi(ipc);
    const received: unknown[][] = [];
    const unsubscribe = api.onMenuCommand((...args: unknown[]) => received.push(args));
    emit('menu:command', { command: 'zoomIn' });
    emit('menu:command', { command: 'rm -rf' });
    emit('menu:command', 'zoomOut');
    emit('menu:command', { command: 'save', extra: 1 });
    emit('menu:command', { command: 'about' });
    expect(received).toEqual([[{ command: 'zoomIn' }], [{ command: 'about' }]]);
    unsubscribe();
    unsubscribe();
    emit('menu:command', { command: 'zoomOut' });
    expect(received).toHaveLength(2);
    expect(listeners.get('menu:command')?.size).toBe(0);
  });

  it('keeps independent subscriptions independent', () => {
    const { ipc, emit } = fakeIpc();
    const api = createGradientLabApi(ipc);
    const a: string[] = [];
    const b: string[] = [];
    const offA = api.onMenuCommand((p) => a.push(p.command));
    api.onMenuCommand((p) => b.push(p.command));
    offA();
    emit('menu:command', { command: 'about' });
    expect(a).toEqual([]);
    expect(b).toEqual(['about']);
  });

  it('delivers document commands validated, without the IPC event, and drops malformed ones', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const api = createGradientLabApi(ipc);
    const received: unknown[][] = [];
    const off = api.onDocumentCommand((...args: unknown[]) => received.push(args));
    const file = { name: 'bowl.gradlab', path: '/home/t/bowl.gradlab', text: '{}' };
    emit('document:command', { kind: 'save-then-close' });
    emit('document:command', { kind: 'opened', file });
    emit('document:command', { kind: 'opened', file: { ...file, text: 42 } });
    emit('document:command', { kind: 'save', path: '/etc/passwd' });
    emit('document:command', 'new');
    emit('menu:command', { command: 'about' });
    expect(received).toEqual([[{ kind: 'save-then-close' }], [{ kind: 'opened', file }]]);
    off();
    expect(listeners.get('document:command')?.size).toBe(0);
  });
});
