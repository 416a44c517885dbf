import { describe, it, expect, vi } from 'vitest';
import { createInvokeHandlers } from './handlers';
import type { HandlerDeps } from './handlers';
import type { SettingsStore } from './settings-store';

function deps(overrides: Partial<HandlerDeps> = {}): HandlerDeps {
  const settings: SettingsStore = {
    filePath: '/tmp/settings.json',
    get: () => ({ language: 'en', theme: 'dark', uiScale: 1.5 }),
    update: async (patch) => ({ ok: true, value: { language: 'en', theme: patch.theme ?? 'dark', uiScale: 1.5 } }),
  };
  return {
    appInfo: () => ({ version: '0.1.0', platform: 'linux', osLocale: 'zh-CN', electron: true }),
    settings,
    openExternal: vi.fn(async () => undefined),
    dialogs: {
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true, filePath: '' }),
    },
    ...overrides,
  };
}

describe('createInvokeHandlers', () => {
  it('app:info reports the injected info', async () => {
    expect(await createInvokeHandlers(deps())['app:info'](undefined)).toEqual({
      ok: true,
      value: { version: '0.1.0', platform: 'linux', osLocale: 'zh-CN', electron: true },
    });
  });

  it('settings:get and settings:set go to the store', async () => {
    const h = createInvokeHandlers(deps());
    expect(await h['settings:get'](undefined)).toEqual({ ok: true, value: { language: 'en', theme: 'dark', uiScale: 1.5 } });
    expect(await h['settings:set']({ theme: 'projector' })).toEqual({ ok: true, value: { language: 'en', theme: 'projector', uiScale: 1.5 } });
  });

  it('settings:set turns a store failure into an io error with both languages', async () => {
    const store: SettingsStore = { ...deps().settings, update: async () => ({ ok: false, error: { en: 'disk full', 'zh-CN': '磁盘已满' } }) };
    const h = createInvokeHandlers(deps({ settings: store }));
    expect(await h['settings:set']({ theme: 'light' })).toEqual({ ok: false, error: { code: 'io', message: { en: 'disk full', 'zh-CN': '磁盘已满' } } });
  });

  it('shell:openExternal opens http(s) only', async () => {
    const openExternal = vi.fn(async () => undefined);
    const h = createInvokeHandlers(deps({ openExternal }));
    expect(await h['shell:openExternal']({ url: 'https://example.org/' })).toEqual({ ok: true, value: { opened: true } });
    // Even if the schema were bypassed, the handler itself refuses other schemes.
    expect(await h['shell:openExternal']({ url: 'file:///etc/passwd' })).toMatchObject({ ok: false });
    expect(await h['shell:openExternal']({ url: 'javascript:alert(1)' })).toMatchObject({ ok: false });
    expect(openExternal.mock.calls).toEqual([['https://example.org/']]);
  });

  it('shell:openExternal reports an OS failure as a value', async () => {
    const h = createInvokeHandlers(deps({ openExternal: async () => Promise.reject(new Error('no browser')) }));
    expect(await h['shell:openExternal']({ url: 'https://example.org/' })).toMatchObject({ ok: false, error: { code: 'io' } });
  });

  it('file:open and file:save go through the dialogs', async () => {
    const h = createInvokeHandlers(deps());
    expect(await h['file:open']({ filters: [] })).toEqual({ ok: true, value: { canceled: true } });
    expect(await h['file:save']({ suggestedName: 'a.json', text: '{}' })).toEqual({ ok: true, value: { canceled: true } });
  });
});
