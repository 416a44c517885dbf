import { describe, it, expect, expectTypeOf } from 'vitest';
import fc from 'fast-check';
import {
  eventContract,
  httpUrlSchema,
  invokeContract,
  menuCommandSchema,
  settingsPatchSchema,
  settingsSchema,
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
} from './contract';
import type { GradientLabApi, IpcResult, MenuCommand, Settings } from './contract';

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
  });
});

describe('channel table', () => {
  it('declares exactly the agreed channels', () => {
    expect([...INVOKE_CHANNELS].sort()).toEqual(
      ['app:info', 'file:open', 'file:save', 'settings:get', 'settings:set', 'shell:openExternal'].sort(),
    );
    expect(EVENT_CHANNELS).toEqual(['menu:command']);
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

  it('menu commands are the agreed six', () => {
    expect([...menuCommandSchema.options].sort()).toEqual(['about', 'open', 'save', 'zoomIn', 'zoomOut', 'zoomReset'].sort());
  });
});

describe('GradientLabApi type', () => {
  it('is derived from the contract', () => {
    expectTypeOf<GradientLabApi['getSettings']>().returns.toEqualTypeOf<Promise<IpcResult<Settings>>>();
    expectTypeOf<GradientLabApi['setSettings']>().parameter(0).toEqualTypeOf<{
      language?: 'zh-CN' | 'en' | null | undefined;
      theme?: 'light' | 'dark' | 'projector' | undefined;
      uiScale?: number | undefined;
    }>();
    expectTypeOf<GradientLabApi['openExternal']>().parameter(0).toEqualTypeOf<{ url: string }>();
    expectTypeOf<GradientLabApi['onMenuCommand']>().parameter(0).toEqualTypeOf<(payload: { command: MenuCommand }) => void>();
    expectTypeOf<GradientLabApi['onMenuCommand']>().returns.toEqualTypeOf<() => void>();
    expectTypeOf<keyof GradientLabApi>().toEqualTypeOf<
      'appInfo' | 'getSettings' | 'setSettings' | 'openExternal' | 'openFile' | 'saveFile' | 'onMenuCommand'
    >();
  });
});
