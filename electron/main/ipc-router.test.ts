import { describe, it, expect, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../ipc/contract';
import type { IpcResult } from '../ipc/contract';
import { createInvokeListener, isTrustedSender, registerIpcRouter, sendToRenderer } from './ipc-router';
import type { InvokeEventLike, InvokeHandlers } from './ipc-router';

const WIN_ID = 7;
const goodEvent: InvokeEventLike = { sender: { id: WIN_ID }, senderFrame: { url: 'app://gradient-lab/index.html', parent: null } };

describe('isTrustedSender', () => {
  it('trusts the main frame of our window on app://', () => {
    expect(isTrustedSender(goodEvent, WIN_ID)).toBe(true);
  });
  it.each<[string, InvokeEventLike, number | undefined]>([
    ['another webContents', { ...goodEvent, sender: { id: 8 } }, WIN_ID],
    ['no window yet', goodEvent, undefined],
    ['a destroyed/navigated frame', { ...goodEvent, senderFrame: null }, WIN_ID],
    ['a subframe', { ...goodEvent, senderFrame: { url: 'app://gradient-lab/index.html', parent: {} } }, WIN_ID],
    ['an https page', { ...goodEvent, senderFrame: { url: 'https://evil.example/', parent: null } }, WIN_ID],
    ['a file: page', { ...goodEvent, senderFrame: { url: 'file:///tmp/x.html', parent: null } }, WIN_ID],
    ['another app host', { ...goodEvent, senderFrame: { url: 'app://other/index.html', parent: null } }, WIN_ID],
    ['about:blank', { ...goodEvent, senderFrame: { url: 'about:blank', parent: null } }, WIN_ID],
  ])('refuses %s', (_why, event, id) => {
    expect(isTrustedSender(event, id)).toBe(false);
  });
});

function handlersWith(overrides: Partial<InvokeHandlers> = {}): InvokeHandlers {
  const unexpected = async (): Promise<never> => {
    throw new Error('not expected in this test');
  };
  return {
    'app:info': unexpected,
    'settings:get': unexpected,
    'settings:set': unexpected,
    'shell:openExternal': unexpected,
    'file:open': unexpected,
    'file:save': unexpected,
    'document:open': unexpected,
    'document:save': unexpected,
    'document:recent': unexpected,
    'document:openRecent': unexpected,
    'document:launchFile': unexpected,
    'document:state': unexpected,
    'document:confirmClose': unexpected,
    'recovery:write': unexpected,
    'recovery:read': unexpected,
    'recovery:clear': unexpected,
    'export:save': unexpected,
    ...overrides,
  };
}

const trusted = (event: InvokeEventLike) => isTrustedSender(event, WIN_ID);
const silent = () => undefined;

describe('createInvokeListener', () => {
  it('passes a valid payload to the handler and returns its value', async () => {
    const handler = vi.fn(async (patch: { theme?: string }) => ({
      ok: true as const,
      value: { language: null, theme: (patch.theme ?? 'light') as 'dark', uiScale: 1, sidebarCollapsed: 'auto' as const, panelsCollapsed: 'auto' as const },
    }));
    const listener = createInvokeListener('settings:set', handler, trusted, silent);
    await expect(listener(goodEvent, { theme: 'dark' })).resolves.toEqual({
      ok: true,
      value: { language: null, theme: 'dark', uiScale: 1, sidebarCollapsed: 'auto', panelsCollapsed: 'auto' },
    });
    expect(handler).toHaveBeenCalledExactlyOnceWith({ theme: 'dark' });
  });

  it('refuses a wrong sender without calling the handler', async () => {
    const handler = vi.fn();
    const listener = createInvokeListener('settings:get', handler, trusted, silent);
    const result = await listener({ ...goodEvent, senderFrame: { url: 'https://evil.example/', parent: null } });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it.each<[string, unknown[]]>([
    ['an unknown key', [{ theme: 'dark', admin: true }]],
    ['a value out of range', [{ uiScale: 100 }]],
    ['a wrong type', ['dark']],
    ['two arguments', [{ theme: 'dark' }, { theme: 'light' }]],
  ])('returns an error value (not a throw) for %s', async (_why, args) => {
    const handler = vi.fn();
    const listener = createInvokeListener('settings:set', handler, trusted, silent);
    const result = await listener(goodEvent, ...args);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-request');
      expect(result.error.message.en).not.toBe('');
      expect(result.error.message['zh-CN']).not.toBe('');
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses non-http URLs for openExternal before the handler runs', async () => {
    const handler = vi.fn();
    const listener = createInvokeListener('shell:openExternal', handler, trusted, silent);
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'app://gradient-lab/']) {
      expect(await listener(goodEvent, { url })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns a throwing handler into an internal error value', async () => {
    const log = vi.fn();
    const listener = createInvokeListener(
      'settings:get',
      async () => {
        throw new Error('boom');
      },
      trusted,
      log,
    );
    await expect(listener(goodEvent)).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(log).toHaveBeenCalledOnce();
  });

  it('refuses to send a response that breaks the contract', async () => {
    const bad = async () => ({ ok: true, value: { language: 'klingon', theme: 'light', uiScale: 1 } }) as unknown as IpcResult<never>;
    const listener = createInvokeListener('settings:get', bad, trusted, silent);
    await expect(listener(goodEvent)).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('passes handler error values through unchanged', async () => {
    const error = { code: 'io' as const, message: { en: 'disk full', 'zh-CN': '磁盘已满' } };
    const listener = createInvokeListener('settings:set', async () => ({ ok: false, error }), trusted, silent);
    await expect(listener(goodEvent, {})).resolves.toEqual({ ok: false, error });
  });
});

describe('registerIpcRouter', () => {
  it('registers exactly the contract channels and can remove them', () => {
    const handled: string[] = [];
    const removed: string[] = [];
    const ipcMain = { handle: (channel: string) => void handled.push(channel), removeHandler: (channel: string) => void removed.push(channel) };
    const dispose = registerIpcRouter(ipcMain, handlersWith(), trusted);
    expect(handled.sort()).toEqual([...INVOKE_CHANNELS].sort());
    dispose();
    expect(removed.sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('routes each channel to its own handler', async () => {
    const listeners = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
    const ipcMain = {
      handle: (channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>) => void listeners.set(channel, listener),
      removeHandler: () => undefined,
    };
    registerIpcRouter(
      ipcMain as never,
      handlersWith({
        'app:info': async () => ({ ok: true, value: { version: '1.2.3', platform: 'linux', osLocale: 'zh-CN', electron: true } }),
      }),
      trusted,
    );
    await expect(listeners.get('app:info')?.(goodEvent)).resolves.toEqual({
      ok: true,
      value: { version: '1.2.3', platform: 'linux', osLocale: 'zh-CN', electron: true },
    });
  });
});

describe('the document channels refuse invalid payloads before their handlers run', () => {
  it.each<[string, string, unknown[]]>([
    ['document:save', 'no saveAs flag', [{ text: '{}', suggestedName: 'a.gradlab', path: null }]],
    ['document:save', 'a path that is not a string', [{ text: '{}', suggestedName: 'a.gradlab', path: 42, saveAs: false }]],
    ['document:save', 'an extra key', [{ text: '{}', suggestedName: 'a.gradlab', path: null, saveAs: false, backup: false }]],
    ['document:save', 'text over the cap', [{ text: 'x'.repeat(5 * 1024 * 1024 + 1), suggestedName: 'a.gradlab', path: null, saveAs: false }]],
    ['document:open', 'a body', [{ path: '/etc/passwd' }]],
    ['document:openRecent', 'a bare string', ['/etc/passwd']],
    ['document:openRecent', 'no path', [{}]],
    ['document:state', 'a dirty flag that is not boolean', [{ name: 'a', dirty: 1 }]],
    ['document:confirmClose', 'a body', [true]],
    ['recovery:write', 'no text', [{}]],
    ['recovery:write', 'a number', [{ text: 7 }]],
    ['recovery:read', 'a body', [{ path: '/etc/shadow' }]],
    ['export:save', 'an unknown format', [{ suggestedName: 'a.exe', extension: 'exe', bytes: new Uint8Array(1) }]],
    ['export:save', 'bytes as an array', [{ suggestedName: 'a.png', extension: 'png', bytes: [137, 80] }]],
  ])('%s: %s', async (channel, _why, args) => {
    const handler = vi.fn();
    const listener = createInvokeListener(channel as 'document:save', handler, trusted, silent);
    expect(await listener(goodEvent, ...args)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('passes a valid save request through', async () => {
    const handler = vi.fn(async () => ({ ok: true as const, value: { canceled: true as const } }));
    const listener = createInvokeListener('document:save', handler, trusted, silent);
    const request = { text: '{}', suggestedName: 'a.gradlab', path: '/home/t/a.gradlab', saveAs: false };
    expect(await listener(goodEvent, request)).toEqual({ ok: true, value: { canceled: true } });
    expect(handler).toHaveBeenCalledExactlyOnceWith(request);
  });
});

describe('sendToRenderer', () => {
  it('sends valid events and refuses invalid ones or dead targets', () => {
    const send = vi.fn();
    const alive = { send, isDestroyed: () => false };
    expect(sendToRenderer(alive, 'menu:command', { command: 'zoomIn' })).toBe(true);
    expect(send).toHaveBeenCalledExactlyOnceWith('menu:command', { command: 'zoomIn' });
    expect(sendToRenderer(alive, 'menu:command', { command: 'format-disk' } as never)).toBe(false);
    expect(sendToRenderer({ send, isDestroyed: () => true }, 'menu:command', { command: 'about' })).toBe(false);
    expect(send).toHaveBeenCalledOnce();
  });

  it('sends document commands and refuses malformed ones', () => {
    const send = vi.fn();
    const alive = { send, isDestroyed: () => false };
    expect(sendToRenderer(alive, 'document:command', { kind: 'save-then-close' })).toBe(true);
    const file = { name: 'a.gradlab', path: '/a.gradlab', text: '{}' };
    expect(sendToRenderer(alive, 'document:command', { kind: 'opened', file })).toBe(true);
    expect(sendToRenderer(alive, 'document:command', { kind: 'opened' } as never)).toBe(false);
    expect(sendToRenderer(alive, 'document:command', { kind: 'format' } as never)).toBe(false);
    expect(send.mock.calls).toEqual([
      ['document:command', { kind: 'save-then-close' }],
      ['document:command', { kind: 'opened', file }],
    ]);
  });
});
