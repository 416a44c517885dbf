import { describe, expect, it, vi } from 'vitest';
import type { DocumentCommandPayload, GradientLabApi, IpcError } from '../../../electron/ipc/contract';
import type { DocumentCommand } from '../document/document-host';
import { desktopDocumentHost, RecoveryError } from './desktop-documents';

const IO: IpcError = { code: 'io', message: { en: '“a.gradlab” could not be saved: the disk is full.', 'zh-CN': '无法保存“a.gradlab”：磁盘已满。' } };

/** A fake bridge: only the document methods, each a spy; `emit` plays the main process's events. */
function fakeApi(overrides: Record<string, unknown> = {}) {
  const listeners = new Set<(p: DocumentCommandPayload) => void>();
  const api = {
    openDocument: vi.fn(async () => ({ ok: true, value: { canceled: false, name: 'bowl.gradlab', path: '/t/bowl.gradlab', text: '{}' } })),
    saveDocument: vi.fn(async () => ({ ok: true, value: { canceled: false, name: 'bowl.gradlab', path: '/t/bowl.gradlab' } })),
    reportDocumentState: vi.fn(async () => ({ ok: true, value: { reported: true } })),
    confirmClose: vi.fn(async () => ({ ok: true, value: { closing: true } })),
    writeRecovery: vi.fn(async () => ({ ok: true, value: { written: true } })),
    readRecovery: vi.fn(async () => ({ ok: true, value: { text: '{"autosave":1}' } })),
    clearRecovery: vi.fn(async () => ({ ok: true, value: { cleared: true } })),
    onDocumentCommand: vi.fn((listener: (p: DocumentCommandPayload) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
    ...overrides,
  };
  const emit = (p: DocumentCommandPayload) => {
    for (const l of listeners) l(p);
  };
  // Only the methods the host uses exist; a call to any other would fail the test loudly.
  return { api, host: desktopDocumentHost(api as unknown as GradientLabApi), emit, listeners };
}

describe('desktopDocumentHost', () => {
  it('is the desktop host', () => {
    expect(fakeApi().host.kind).toBe('desktop');
  });

  it('open: the chosen file, null on cancel, the bilingual message on failure', async () => {
    expect(await fakeApi().host.open()).toEqual({ ok: true, value: { name: 'bowl.gradlab', path: '/t/bowl.gradlab', text: '{}' } });
    const canceled = fakeApi({ openDocument: vi.fn(async () => ({ ok: true, value: { canceled: true } })) });
    expect(await canceled.host.open()).toEqual({ ok: true, value: null });
    const failing = fakeApi({ openDocument: vi.fn(async () => ({ ok: false, error: IO })) });
    expect(await failing.host.open()).toEqual({ ok: false, error: IO.message });
  });

  it('takeLaunchFile: the document main read at launch, null without one, the message on failure', async () => {
    const file = { name: '第三讲.gradlab', path: '/t/第三讲.gradlab', text: '{"v":3}' };
    const launched = fakeApi({ takeLaunchDocument: vi.fn(async () => ({ ok: true, value: { file } })) });
    expect(await launched.host.takeLaunchFile?.()).toEqual({ ok: true, value: file });
    const none = fakeApi({ takeLaunchDocument: vi.fn(async () => ({ ok: true, value: { file: null } })) });
    expect(await none.host.takeLaunchFile?.()).toEqual({ ok: true, value: null });
    const failing = fakeApi({ takeLaunchDocument: vi.fn(async () => ({ ok: false, error: IO })) });
    expect(await failing.host.takeLaunchFile?.()).toEqual({ ok: false, error: IO.message });
  });

  it('save passes the request through unchanged and maps the answer', async () => {
    const { api, host } = fakeApi();
    const request = { text: '{"v":1}', suggestedName: 'bowl.gradlab', path: '/t/bowl.gradlab', saveAs: false };
    expect(await host.save(request)).toEqual({ ok: true, value: { name: 'bowl.gradlab', path: '/t/bowl.gradlab' } });
    expect(api.saveDocument).toHaveBeenCalledExactlyOnceWith(request);
    const canceled = fakeApi({ saveDocument: vi.fn(async () => ({ ok: true, value: { canceled: true } })) });
    expect(await canceled.host.save({ ...request, saveAs: true })).toEqual({ ok: true, value: null });
    const failing = fakeApi({ saveDocument: vi.fn(async () => ({ ok: false, error: IO })) });
    expect(await failing.host.save(request)).toEqual({ ok: false, error: IO.message });
  });

  it('a broken bridge (the call rejects) is an error value, not an exception', async () => {
    const broken = fakeApi({ saveDocument: vi.fn(async () => Promise.reject(new Error('object could not be cloned'))) });
    const r = await broken.host.save({ text: '', suggestedName: 'a', path: null, saveAs: false });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.en).not.toBe('');
      expect(r.error['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('reportState sends the name (empty → null, capped at 255) and the dirty flag', () => {
    const { api, host } = fakeApi();
    host.reportState({ name: 'bowl.gradlab', dirty: true });
    host.reportState({ name: '', dirty: false });
    host.reportState({ name: `${'长'.repeat(300)}.gradlab`, dirty: false });
    expect(api.reportDocumentState.mock.calls.map((c: unknown[]) => c[0])).toEqual([
      { name: 'bowl.gradlab', dirty: true },
      { name: null, dirty: false },
      { name: '长'.repeat(255), dirty: false },
    ]);
  });

  it('confirmClose tells main', () => {
    const { api, host } = fakeApi();
    host.confirmClose();
    expect(api.confirmClose).toHaveBeenCalledOnce();
  });

  it('recovery: write, read, clear go to main; a failure rejects with a RecoveryError carrying both languages', async () => {
    const { api, host } = fakeApi();
    await host.recovery.write('{"v":1}');
    expect(api.writeRecovery).toHaveBeenCalledExactlyOnceWith({ text: '{"v":1}' });
    expect(await host.recovery.read()).toBe('{"autosave":1}');
    await host.recovery.clear();
    expect(api.clearRecovery).toHaveBeenCalledOnce();

    const failing = fakeApi({ writeRecovery: vi.fn(async () => ({ ok: false, error: IO })) });
    const rejection = await failing.host.recovery.write('x').catch((e: unknown) => e);
    expect(rejection).toBeInstanceOf(RecoveryError);
    expect((rejection as RecoveryError).text).toEqual(IO.message);
  });

  it('onCommand forwards every menu command in the seam’s shape and unsubscribes', () => {
    const { host, emit, listeners } = fakeApi();
    const got: DocumentCommand[] = [];
    const off = host.onCommand((c) => got.push(c));
    const file = { name: 'bowl.gradlab', path: '/t/bowl.gradlab', text: '{}' };
    for (const kind of ['new', 'open', 'save', 'save-as', 'save-then-close'] as const) emit({ kind });
    emit({ kind: 'opened', file });
    expect(got).toEqual([{ kind: 'new' }, { kind: 'open' }, { kind: 'save' }, { kind: 'save-as' }, { kind: 'save-then-close' }, { kind: 'opened', file }]);
    off();
    expect(listeners.size).toBe(0);
  });
});
