import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_EXPORT_BYTES as CONTRACT_MAX } from '../../../electron/ipc/contract';
import type { GradientLabApi } from '../../../electron/ipc/contract';
import { exportExtensionFor, MAX_EXPORT_BYTES, saveBytes } from './save-bytes';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);

function desktop(answer: unknown = { ok: true, value: { canceled: false, path: '/t/a.png' } }) {
  const saveExport = vi.fn(async () => answer);
  return { saveExport, api: { saveExport } as unknown as GradientLabApi };
}

/** A minimal DOM for the browser path: records the anchor that was clicked. */
function fakeDocument() {
  const clicked: { href: string; download: string }[] = [];
  const anchor = { href: '', download: '', style: { display: '' }, click: () => clicked.push({ href: anchor.href, download: anchor.download }), remove: vi.fn() };
  vi.stubGlobal('document', { createElement: () => anchor, body: { append: vi.fn() } });
  return { clicked, anchor };
}

describe('exportExtensionFor', () => {
  it.each([
    ['surface.png', 'image/png', 'png'],
    ['slice.SVG', 'image/svg+xml', 'svg'],
    ['race', 'video/webm;codecs=vp9', 'webm'],
    ['race.gif', 'application/octet-stream', 'gif'],
    ['notes.txt', 'text/plain', null],
  ] as const)('%s (%s) → %s', (name, mime, ext) => expect(exportExtensionFor(name, mime)).toBe(ext));
});

describe('saveBytes', () => {
  it('uses the same 200 MB cap as the contract', () => {
    expect(MAX_EXPORT_BYTES).toBe(CONTRACT_MAX);
  });

  it('desktop: hands the bytes to export:save with the format and a name ending in it', async () => {
    const { api, saveExport } = desktop();
    expect(await saveBytes('surface', 'image/png', PNG, api)).toEqual({ ok: true, value: true });
    expect(saveExport).toHaveBeenCalledExactlyOnceWith({ suggestedName: 'surface.png', extension: 'png', bytes: PNG });
  });

  it('desktop: cancel is ok(false); a refusal is its bilingual message; a rejection is a message too', async () => {
    expect(await saveBytes('a.gif', 'image/gif', PNG, desktop({ ok: true, value: { canceled: true } }).api)).toEqual({ ok: true, value: false });
    const message = { en: 'disk full', 'zh-CN': '磁盘已满' };
    expect(await saveBytes('a.gif', 'image/gif', PNG, desktop({ ok: false, error: { code: 'io', message } }).api)).toEqual({ ok: false, error: message });
    const broken = { saveExport: vi.fn(async () => Promise.reject(new Error('clone failed'))) } as unknown as GradientLabApi;
    const r = await saveBytes('a.gif', 'image/gif', PNG, broken);
    expect(r.ok).toBe(false);
  });

  it('refuses an unknown format and anything over the cap before sending', async () => {
    const { api, saveExport } = desktop();
    const unknown = await saveBytes('notes.txt', 'text/plain', PNG, api);
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error['zh-CN']).toContain('notes.txt');
    // A view that claims more than the cap (no 200 MB is allocated: the buffer is never touched).
    const huge = new Uint8Array(new ArrayBuffer(MAX_EXPORT_BYTES + 1));
    const tooBig = await saveBytes('race.webm', 'video/webm', huge, api);
    expect(tooBig.ok).toBe(false);
    if (!tooBig.ok) expect(tooBig.error.en).toContain('200 MB');
    expect(saveExport).not.toHaveBeenCalled();
  });

  it('web: downloads a blob of exactly those bytes under the name, then revokes the URL', async () => {
    vi.useFakeTimers();
    const { clicked } = fakeDocument();
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:fake';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    expect(await saveBytes('slice', 'image/svg+xml', PNG, undefined)).toEqual({ ok: true, value: true });
    expect(clicked).toEqual([{ href: 'blob:fake', download: 'slice.svg' }]);
    expect(create).toHaveBeenCalledOnce();
    expect(blobs[0]?.type).toBe('image/svg+xml');
    expect(new Uint8Array(await blobs[0]!.arrayBuffer())).toEqual(PNG);
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:fake');
    vi.useRealTimers();
  });
});
