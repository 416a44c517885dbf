import { describe, it, expect, vi } from 'vitest';
import { isAppUrl } from './app-url';
import {
  decidePermissionCheck,
  decidePermissionRequest,
  decideWindowOpen,
  hardenWebContents,
  isAllowedNavigation,
  isPermissionGranted,
  lockDownPermissions,
} from './navigation';
import type { HardenableWebContents } from './navigation';

const REFUSED_EXTERNAL = [
  'javascript:alert(document.domain)',
  'file:///etc/passwd',
  'file://C:/Windows/System32/calc.exe',
  'data:text/html,<script>alert(1)</script>',
  'app://gradient-lab/index.html',
  'blob:app://gradient-lab/1234',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'smb://server/share',
  'ms-msdt:/id PCWDiagnostic',
  'https://user:pw@example.org/',
  'not a url',
];

describe('isAppUrl / isAllowedNavigation', () => {
  it.each(['app://gradient-lab/index.html', 'app://gradient-lab/', 'app://gradient-lab/index.html#/lesson/2'])('allows %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
    expect(isAllowedNavigation(url)).toBe(true);
  });
  it.each([
    'https://example.org/',
    'http://127.0.0.1:4173/',
    'app://evil/index.html',
    'app://gradient-lab.evil.com/',
    'app://user@gradient-lab/',
    'file:///srv/app/out/renderer/index.html',
    'javascript:location="https://x"',
    'about:blank',
    '',
  ])('refuses navigation to %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('decideWindowOpen', () => {
  it.each(['https://example.org/', 'http://example.org/docs?q=1'])('denies the window and opens %s in the browser', (url) => {
    const openExternal = vi.fn();
    expect(decideWindowOpen(url, openExternal)).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith(url);
  });
  it.each(REFUSED_EXTERNAL)('denies %s and does not hand it to the OS', (url) => {
    const openExternal = vi.fn();
    expect(decideWindowOpen(url, openExternal)).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });
});

/** A webContents stand-in that records listeners so tests can fire events. */
function fakeContents() {
  const listeners = new Map<string, (event: { url?: string; preventDefault: () => void }) => void>();
  let windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on(name: string, listener: (event: { url?: string; preventDefault: () => void }) => void) {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      windowOpenHandler = handler;
    },
  };
  const fire = (name: string, url?: string) => {
    const preventDefault = vi.fn();
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no listener for ${name}`);
    listener({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return { contents: contents as unknown as HardenableWebContents, fire, openWindow: (url: string) => windowOpenHandler?.({ url }) };
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: cancels external targets, keeps app:// ones', (name) => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents, vi.fn());
    expect(fire(name, 'https://example.org/')).toBe(true);
    expect(fire(name, 'file:///etc/passwd')).toBe(true);
    expect(fire(name, 'javascript:alert(1)')).toBe(true);
    expect(fire(name, 'app://gradient-lab/index.html')).toBe(false);
  });

  it('prevents every webview from attaching', () => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents, vi.fn());
    expect(fire('will-attach-webview')).toBe(true);
  });

  it('installs a window-open handler that always denies', () => {
    const { contents, openWindow } = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(contents, openExternal);
    expect(openWindow('https://example.org/')).toEqual({ action: 'deny' });
    expect(openWindow('app://gradient-lab/index.html')).toEqual({ action: 'deny' });
    expect(openWindow('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://example.org/']]);
  });
});

describe('permissions', () => {
  const PERMISSIONS = [
    'media', 'geolocation', 'notifications', 'midi', 'midiSysex', 'pointerLock', 'openExternal', 'clipboard-read',
    'clipboard-sanitized-write', 'display-capture', 'hid', 'serial', 'usb', 'fileSystem', 'idle-detection',
    'keyboardLock', 'local-fonts', 'window-management', 'storage-access', 'screen-wake-lock', 'unknown',
  ];

  it.each(PERMISSIONS)('refuses %s requests and checks, even from our own page', (permission) => {
    const callback = vi.fn();
    decidePermissionRequest({}, permission, callback, { requestingUrl: 'app://gradient-lab/index.html' });
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    expect(decidePermissionCheck({}, permission, 'app://gradient-lab')).toBe(false);
  });

  it('grants HTML fullscreen to our own page only (lecture mode)', () => {
    expect(isPermissionGranted('fullscreen', 'app://gradient-lab/index.html')).toBe(true);
    expect(isPermissionGranted('fullscreen', 'https://example.org/')).toBe(false);
    expect(isPermissionGranted('fullscreen', '')).toBe(false);
    const callback = vi.fn();
    decidePermissionRequest({}, 'fullscreen', callback, {});
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('installs both handlers on the session', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    lockDownPermissions(session);
    expect(session.setPermissionRequestHandler).toHaveBeenCalledExactlyOnceWith(decidePermissionRequest);
    expect(session.setPermissionCheckHandler).toHaveBeenCalledExactlyOnceWith(decidePermissionCheck);
  });
});
