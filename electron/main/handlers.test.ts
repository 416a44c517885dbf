import { describe, it, expect, vi } from 'vitest';
import type { Settings } from '../ipc/contract';
import type { DocumentWindow } from './document-window';
import type { DocumentService } from './documents';
import { createInvokeHandlers } from './handlers';
import type { HandlerDeps } from './handlers';
import type { RecoveryStore } from './recovery-store';
import type { SettingsStore } from './settings-store';

const BASE: Settings = { language: 'en', theme: 'dark', uiScale: 1.5, sidebarCollapsed: 'auto', panelsCollapsed: 'auto' };

const FILE = { name: 'bowl.gradlab', path: '/home/t/bowl.gradlab', text: '{}' };

function fakeDocuments(): DocumentService {
  return {
    open: vi.fn(async () => ({ ok: true as const, value: { canceled: false as const, ...FILE } })),
    save: vi.fn(async () => ({ ok: true as const, value: { canceled: false as const, name: FILE.name, path: FILE.path } })),
    openRecent: vi.fn(async () => ({ ok: true as const, value: FILE })),
    openFromSystem: vi.fn(async (filePath: string) => ({ ok: true as const, value: { ...FILE, path: filePath } })),
    currentPath: () => FILE.path,
    recentList: () => [{ name: FILE.name, path: FILE.path }],
  };
}

function fakeRecovery(): RecoveryStore {
  return {
    filePath: '/tmp/recovery/current.gradlab',
    write: vi.fn(async () => ({ ok: true as const, value: { written: true as const } })),
    read: vi.fn(async () => ({ ok: true as const, value: { text: '{"autosaved":1}' } })),
    clear: vi.fn(async () => ({ ok: true as const, value: { cleared: true as const } })),
  };
}

function deps(overrides: Partial<HandlerDeps> = {}): HandlerDeps {
  const settings: SettingsStore = {
    filePath: '/tmp/settings.json',
    get: () => BASE,
    update: async (patch) => ({ ok: true, value: { ...BASE, theme: patch.theme ?? 'dark' } }),
  };
  return {
    appInfo: () => ({ version: '0.1.0', platform: 'linux', osLocale: 'zh-CN', electron: true }),
    settings,
    openExternal: vi.fn(async () => undefined),
    dialogs: {
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true, filePath: '' }),
    },
    documents: fakeDocuments(),
    recovery: fakeRecovery(),
    documentWindow: () => null,
    saveExport: vi.fn(async () => ({ ok: true as const, value: { canceled: true as const } })),
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
    expect(await h['settings:get'](undefined)).toEqual({ ok: true, value: BASE });
    expect(await h['settings:set']({ theme: 'projector' })).toEqual({ ok: true, value: { ...BASE, theme: 'projector' } });
  });

  it('settings:set tells main about the change (the menu follows the language), but not on failure', async () => {
    const onSettingsChanged = vi.fn();
    const h = createInvokeHandlers(deps({ onSettingsChanged }));
    await h['settings:set']({ theme: 'light' });
    expect(onSettingsChanged).toHaveBeenCalledExactlyOnceWith({ ...BASE, theme: 'light' });
    const failing: SettingsStore = { ...deps().settings, update: async () => ({ ok: false, error: { en: 'x', 'zh-CN': 'x' } }) };
    const onChanged2 = vi.fn();
    await createInvokeHandlers(deps({ settings: failing, onSettingsChanged: onChanged2 }))['settings:set']({ theme: 'light' });
    expect(onChanged2).not.toHaveBeenCalled();
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

  it('document channels go to the document service', async () => {
    const documents = fakeDocuments();
    const h = createInvokeHandlers(deps({ documents }));
    expect(await h['document:open'](undefined)).toEqual({ ok: true, value: { canceled: false, ...FILE } });
    const request = { text: '{}', suggestedName: 'bowl.gradlab', path: FILE.path, saveAs: false };
    expect(await h['document:save'](request)).toMatchObject({ ok: true, value: { canceled: false, path: FILE.path } });
    expect(documents.save).toHaveBeenCalledExactlyOnceWith(request);
    expect(await h['document:openRecent']({ path: FILE.path })).toEqual({ ok: true, value: FILE });
    expect(documents.openRecent).toHaveBeenCalledExactlyOnceWith(FILE.path);
    expect(await h['document:recent'](undefined)).toEqual({ ok: true, value: [{ name: FILE.name, path: FILE.path }] });
  });

  it('document:launchFile reads the file the system handed over once, and nothing without one', async () => {
    const documents = fakeDocuments();
    const waiting = ['/home/t/lecture 3.gradlab'];
    const h = createInvokeHandlers(deps({ documents, takeLaunchFile: () => waiting.shift() ?? null }));
    expect(await h['document:launchFile'](undefined)).toEqual({ ok: true, value: { file: { ...FILE, path: '/home/t/lecture 3.gradlab' } } });
    expect(await h['document:launchFile'](undefined)).toEqual({ ok: true, value: { file: null } });
    expect(documents.openFromSystem).toHaveBeenCalledExactlyOnceWith('/home/t/lecture 3.gradlab');
    expect(await createInvokeHandlers(deps())['document:launchFile'](undefined)).toEqual({ ok: true, value: { file: null } });
  });

  it('document:launchFile passes a read error on (the page says it)', async () => {
    const documents = fakeDocuments();
    const error = { code: 'io' as const, message: { en: 'Too large.', 'zh-CN': '太大。' } };
    documents.openFromSystem = vi.fn(async () => ({ ok: false as const, error }));
    const h = createInvokeHandlers(deps({ documents, takeLaunchFile: () => '/big.gradlab' }));
    expect(await h['document:launchFile'](undefined)).toEqual({ ok: false, error });
  });

  it('document:state and confirmClose reach the window guard, and are harmless without a window', async () => {
    const report = vi.fn();
    const confirmClose = vi.fn(() => true);
    const guard = { report, confirmClose } as unknown as DocumentWindow;
    const h = createInvokeHandlers(deps({ documentWindow: () => guard }));
    expect(await h['document:state']({ name: 'bowl.gradlab', dirty: true })).toEqual({ ok: true, value: { reported: true } });
    expect(report).toHaveBeenCalledExactlyOnceWith({ name: 'bowl.gradlab', dirty: true });
    expect(await h['document:confirmClose'](undefined)).toEqual({ ok: true, value: { closing: true } });
    const none = createInvokeHandlers(deps());
    expect(await none['document:state']({ name: null, dirty: false })).toEqual({ ok: true, value: { reported: true } });
    expect(await none['document:confirmClose'](undefined)).toEqual({ ok: true, value: { closing: false } });
  });

  it('recovery and export channels go to their stores', async () => {
    const recovery = fakeRecovery();
    const saveExport = vi.fn(async () => ({ ok: true as const, value: { canceled: false as const, path: '/tmp/a.png' } }));
    const h = createInvokeHandlers(deps({ recovery, saveExport }));
    expect(await h['recovery:write']({ text: 'x' })).toEqual({ ok: true, value: { written: true } });
    expect(recovery.write).toHaveBeenCalledExactlyOnceWith('x');
    expect(await h['recovery:read'](undefined)).toEqual({ ok: true, value: { text: '{"autosaved":1}' } });
    expect(await h['recovery:clear'](undefined)).toEqual({ ok: true, value: { cleared: true } });
    const request = { suggestedName: 'a.png', extension: 'png' as const, bytes: new Uint8Array([137]) };
    expect(await h['export:save'](request)).toEqual({ ok: true, value: { canceled: false, path: '/tmp/a.png' } });
    expect(saveExport).toHaveBeenCalledExactlyOnceWith(request);
  });
});
