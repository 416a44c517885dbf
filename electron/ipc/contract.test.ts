import { describe, it, expect, expectTypeOf } from 'vitest';
import fc from 'fast-check';
import {
  eventContract,
  httpUrlSchema,
  invokeContract,
  documentCommandSchema,
  menuCommandSchema,
  MAX_DOCUMENT_BYTES,
  MAX_EXPORT_BYTES,
  settingsPatchSchema,
  settingsSchema,
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
} from './contract';
import type { DocumentCommandPayload, GradientLabApi, IpcResult, MenuCommand, Settings } from './contract';

describe('httpUrlSchema', () => {
  it.each(['https://example.org/', 'http://example.org/path?q=1#x', 'https://sub.domain.cn:8443/a'])('accepts %s', (url) => {
    expect(httpUrlSchema.safeParse(url).success).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'app://gradient-lab/index.html',
    'ftp://example.org/',
    'mailto:someone@example.org',
    'vbscript:msgbox',
    'https://user:pass@example.org/',
    'https://user@example.org/',
    '//example.org/',
    '/relative/path',
    'example.org',
    '',
    `https://example.org/${'a'.repeat(3000)}`,
  ])('refuses %s', (url) => {
    expect(httpUrlSchema.safeParse(url).success).toBe(false);
  });

  it('refuses every non-string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.object()), (value) => {
        expect(httpUrlSchema.safeParse(value).success).toBe(false);
      }),
    );
  });

  it('accepts only http: and https: for arbitrary web URLs', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const protocol = new URL(url).protocol;
        expect(httpUrlSchema.safeParse(url).success).toBe(protocol === 'http:' || protocol === 'https:');
      }),
    );
  });
});

describe('settings schemas', () => {
  it('accepts the full range of valid settings', () => {
    for (const language of ['zh-CN', 'en', null] as const) {
      for (const theme of ['light', 'dark', 'projector'] as const) {
        for (const uiScale of [0.5, 1, 2.75, 3]) {
          expect(settingsSchema.safeParse({ language, theme, uiScale }).success).toBe(true);
        }
      }
    }
  });

  it.each([
    { language: 'fr', theme: 'light', uiScale: 1 },
    { language: null, theme: 'neon', uiScale: 1 },
    { language: null, theme: 'light', uiScale: 0.49 },
    { language: null, theme: 'light', uiScale: 3.01 },
    { language: null, theme: 'light', uiScale: Number.NaN },
    { language: null, theme: 'light', uiScale: '1' },
    { theme: 'light', uiScale: 1 },
  ])('refuses %j', (value) => {
    expect(settingsSchema.safeParse(value).success).toBe(false);
  });

  it('patches may be partial but not carry unknown keys', () => {
    expect(settingsPatchSchema.safeParse({}).success).toBe(true);
    expect(settingsPatchSchema.safeParse({ theme: 'dark' }).success).toBe(true);
    expect(settingsPatchSchema.safeParse({ theme: 'dark', __proto__x: 1 }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ themes: 'dark' }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ uiScale: 10 }).success).toBe(false);
    expect(settingsPatchSchema.safeParse(null).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ sidebarCollapsed: 'open', panelsCollapsed: 'auto' }).success).toBe(true);
    expect(settingsPatchSchema.safeParse({ sidebarCollapsed: 'folded' }).success).toBe(true);
    expect(settingsPatchSchema.safeParse({ sidebarCollapsed: 'true' }).success).toBe(false);
    // The old booleans are migrated when a file is read (settings-store), never accepted in a patch.
    expect(settingsPatchSchema.safeParse({ sidebarCollapsed: true }).success).toBe(false);
  });

  it('the folds are auto/open/folded, and older settings may lack them (default auto)', () => {
    const old = settingsSchema.safeParse({ language: null, theme: 'light', uiScale: 1 });
    expect(old.success && old.data).toEqual({ language: null, theme: 'light', uiScale: 1, sidebarCollapsed: 'auto', panelsCollapsed: 'auto' });
    expect(settingsSchema.safeParse({ language: null, theme: 'light', uiScale: 1, sidebarCollapsed: 'open', panelsCollapsed: 'folded' }).success).toBe(true);
    expect(settingsSchema.safeParse({ language: null, theme: 'light', uiScale: 1, sidebarCollapsed: 'closed' }).success).toBe(false);
    expect(settingsSchema.safeParse({ language: null, theme: 'light', uiScale: 1, sidebarCollapsed: 1 }).success).toBe(false);
    expect(settingsSchema.safeParse({ language: null, theme: 'light', uiScale: 1, panelsCollapsed: null }).success).toBe(false);
  });
});

describe('channel table', () => {
  it('declares exactly the agreed channels', () => {
    expect([...INVOKE_CHANNELS].sort()).toEqual(
      [
        'app:info',
        'file:open',
        'file:save',
        'settings:get',
        'settings:set',
        'shell:openExternal',
        'document:open',
        'document:save',
        'document:recent',
        'document:openRecent',
        'document:launchFile',
        'document:state',
        'document:confirmClose',
        'recovery:write',
        'recovery:read',
        'recovery:clear',
        'export:save',
      ].sort(),
    );
    expect(EVENT_CHANNELS).toEqual(['menu:command', 'document:command']);
  });

  it('gives every channel a distinct method name', () => {
    const methods = [...INVOKE_CHANNELS.map((c) => invokeContract[c].method), ...EVENT_CHANNELS.map((e) => eventContract[e].method)];
    expect(new Set(methods).size).toBe(methods.length);
  });

  it('requests without a body accept only undefined', () => {
    expect(invokeContract['app:info'].request.safeParse(undefined).success).toBe(true);
    expect(invokeContract['app:info'].request.safeParse({}).success).toBe(false);
    expect(invokeContract['settings:get'].request.safeParse('x').success).toBe(false);
  });

  it('file requests are strict and bounded', () => {
    const open = invokeContract['file:open'].request;
    expect(open.safeParse({ filters: [{ name: 'JSON', extensions: ['json'] }] }).success).toBe(true);
    expect(open.safeParse({ filters: [{ name: 'JSON', extensions: ['../x'] }] }).success).toBe(false);
    expect(open.safeParse({ filters: [], defaultPath: '/etc' }).success).toBe(false);
    const save = invokeContract['file:save'].request;
    expect(save.safeParse({ suggestedName: 'a.json', text: '{}' }).success).toBe(true);
    expect(save.safeParse({ suggestedName: 'a.json', text: '{}', path: '/etc/passwd' }).success).toBe(false);
    expect(save.safeParse({ suggestedName: '', text: '{}' }).success).toBe(false);
  });

  it('menu commands are the agreed four (File commands travel as document:command)', () => {
    expect([...menuCommandSchema.options].sort()).toEqual(['about', 'zoomIn', 'zoomOut', 'zoomReset'].sort());
  });
});

describe('GradientLabApi type', () => {
  it('is derived from the contract', () => {
    expectTypeOf<GradientLabApi['getSettings']>().returns.toEqualTypeOf<Promise<IpcResult<Settings>>>();
    expectTypeOf<GradientLabApi['setSettings']>().parameter(0).toEqualTypeOf<{
      language?: 'zh-CN' | 'en' | null | undefined;
      theme?: 'light' | 'dark' | 'projector' | undefined;
      uiScale?: number | undefined;
      sidebarCollapsed?: 'auto' | 'open' | 'folded' | undefined;
      panelsCollapsed?: 'auto' | 'open' | 'folded' | undefined;
    }>();
    expectTypeOf<GradientLabApi['openExternal']>().parameter(0).toEqualTypeOf<{ url: string }>();
    expectTypeOf<GradientLabApi['onMenuCommand']>().parameter(0).toEqualTypeOf<(payload: { command: MenuCommand }) => void>();
    expectTypeOf<GradientLabApi['onMenuCommand']>().returns.toEqualTypeOf<() => void>();
    expectTypeOf<GradientLabApi['onDocumentCommand']>().parameter(0).toEqualTypeOf<(payload: DocumentCommandPayload) => void>();
    expectTypeOf<GradientLabApi['saveDocument']>().parameter(0).toEqualTypeOf<{ text: string; suggestedName: string; path: string | null; saveAs: boolean }>();
    expectTypeOf<keyof GradientLabApi>().toEqualTypeOf<
      | 'appInfo'
      | 'getSettings'
      | 'setSettings'
      | 'openExternal'
      | 'openFile'
      | 'saveFile'
      | 'onMenuCommand'
      | 'openDocument'
      | 'saveDocument'
      | 'recentDocuments'
      | 'openRecentDocument'
      | 'takeLaunchDocument'
      | 'reportDocumentState'
      | 'confirmClose'
      | 'writeRecovery'
      | 'readRecovery'
      | 'clearRecovery'
      | 'saveExport'
      | 'onDocumentCommand'
    >();
  });
});

describe('document, recovery and export channels', () => {
  it('document:save is strict: text, a bare name, a path or null, and saveAs', () => {
    const save = invokeContract['document:save'].request;
    expect(save.safeParse({ text: '{}', suggestedName: 'a.gradlab', path: null, saveAs: false }).success).toBe(true);
    expect(save.safeParse({ text: '{}', suggestedName: 'a.gradlab', path: '/home/t/a.gradlab', saveAs: true }).success).toBe(true);
    expect(save.safeParse({ text: '{}', suggestedName: 'a.gradlab', saveAs: false }).success).toBe(false);
    expect(save.safeParse({ text: '{}', suggestedName: 'a.gradlab', path: null }).success).toBe(false);
    expect(save.safeParse({ text: '{}', suggestedName: '', path: null, saveAs: false }).success).toBe(false);
    expect(save.safeParse({ text: '{}', suggestedName: 'a', path: '', saveAs: false }).success).toBe(false);
    expect(save.safeParse({ text: 42, suggestedName: 'a', path: null, saveAs: false }).success).toBe(false);
    expect(save.safeParse({ text: '{}', suggestedName: 'a', path: null, saveAs: false, mode: 0o777 }).success).toBe(false);
    expect(save.safeParse({ text: 'x'.repeat(MAX_DOCUMENT_BYTES + 1), suggestedName: 'a', path: null, saveAs: false }).success).toBe(false);
  });

  it('document:openRecent takes one path; document:state a name or null and a flag', () => {
    expect(invokeContract['document:openRecent'].request.safeParse({ path: '/x.gradlab' }).success).toBe(true);
    expect(invokeContract['document:openRecent'].request.safeParse('/x.gradlab').success).toBe(false);
    expect(invokeContract['document:openRecent'].request.safeParse({ path: '' }).success).toBe(false);
    const state = invokeContract['document:state'].request;
    expect(state.safeParse({ name: 'bowl.gradlab', dirty: true }).success).toBe(true);
    expect(state.safeParse({ name: null, dirty: false }).success).toBe(true);
    expect(state.safeParse({ name: 'x', dirty: 'yes' }).success).toBe(false);
    expect(state.safeParse({ name: '', dirty: false }).success).toBe(false);
    expect(state.safeParse({ name: 'x'.repeat(256), dirty: false }).success).toBe(false);
  });

  it('recovery:write is capped; the other recovery channels take no body', () => {
    expect(invokeContract['recovery:write'].request.safeParse({ text: '{}' }).success).toBe(true);
    expect(invokeContract['recovery:write'].request.safeParse({ text: 'x'.repeat(MAX_DOCUMENT_BYTES + 1) }).success).toBe(false);
    expect(invokeContract['recovery:read'].request.safeParse({}).success).toBe(false);
    expect(invokeContract['recovery:clear'].request.safeParse(undefined).success).toBe(true);
  });

  it('export:save takes bytes of one of four formats, at most 200 MB', () => {
    const exp = invokeContract['export:save'].request;
    expect(MAX_EXPORT_BYTES).toBe(200 * 1024 * 1024);
    expect(exp.safeParse({ suggestedName: 'a.png', extension: 'png', bytes: new Uint8Array([1, 2]) }).success).toBe(true);
    expect(exp.safeParse({ suggestedName: 'a.exe', extension: 'exe', bytes: new Uint8Array([1]) }).success).toBe(false);
    expect(exp.safeParse({ suggestedName: 'a.png', extension: 'png', bytes: [1, 2] }).success).toBe(false);
    expect(exp.safeParse({ suggestedName: 'a.png', extension: 'png', bytes: 'AQI=' }).success).toBe(false);
    // A view claiming more than the cap is refused without copying anything.
    const huge = new Uint8Array(new ArrayBuffer(MAX_EXPORT_BYTES + 1));
    expect(exp.safeParse({ suggestedName: 'a.webm', extension: 'webm', bytes: huge }).success).toBe(false);
  });

  it('document commands are the six kinds; opened carries a whole file', () => {
    for (const kind of ['new', 'open', 'save', 'save-as', 'save-then-close'] as const) {
      expect(documentCommandSchema.safeParse({ kind }).success).toBe(true);
    }
    expect(documentCommandSchema.safeParse({ kind: 'opened', file: { name: 'a.gradlab', path: '/a.gradlab', text: '{}' } }).success).toBe(true);
    expect(documentCommandSchema.safeParse({ kind: 'opened' }).success).toBe(false);
    expect(documentCommandSchema.safeParse({ kind: 'delete' }).success).toBe(false);
    expect(documentCommandSchema.safeParse({ kind: 'save', path: '/etc/passwd' }).success).toBe(false);
  });
});
