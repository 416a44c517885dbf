/**
 * The whole desktop document path minus Electron itself: the preload's API object
 * (createGradientLabApi) → a fake ipcRenderer → the main router (sender check, zod validation)
 * → the real handlers → the real document service, recovery store and atomic writer on a temp
 * folder. Only the native dialogs are scripted. (A real Electron run is the e2e/electron suite.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { INVOKE_CHANNELS } from '../ipc/contract';
import type { GradientLabApi, InvokeChannel } from '../ipc/contract';
import { createGradientLabApi } from '../preload/create-api';
import { createDocumentService } from './documents';
import type { DocumentDialogs } from './documents';
import { saveExport } from './export-files';
import { createInvokeHandlers } from './handlers';
import { createInvokeListener } from './ipc-router';
import type { InvokeEventLike, InvokeHandlers } from './ipc-router';
import { openRecentFiles } from './recent-files';
import { createRecoveryStore } from './recovery-store';

const EVENT: InvokeEventLike = { sender: { id: 1 }, senderFrame: { url: 'app://gradient-lab/index.html', parent: null } };

let dir: string;
let userData: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'gl-ipc-docs-'));
  userData = await mkdtemp(path.join(tmpdir(), 'gl-ipc-user-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(userData, { recursive: true, force: true });
});

async function wire(dialogs: DocumentDialogs): Promise<GradientLabApi> {
  const recent = await openRecentFiles(userData, null, () => undefined);
  const locale = () => 'en' as const;
  const handlers = createInvokeHandlers({
    appInfo: () => ({ version: '0', platform: 'linux', osLocale: 'en', electron: true }),
    settings: { filePath: '', get: () => ({ language: null, theme: 'light', uiScale: 1, sidebarCollapsed: 'auto', panelsCollapsed: 'auto' }), update: vi.fn() },
    openExternal: vi.fn(),
    dialogs,
    documents: createDocumentService({ dialogs, recent, locale }),
    recovery: createRecoveryStore(userData),
    documentWindow: () => null,
    saveExport: (request) => saveExport({ dialogs, locale }, request),
  });
  const listeners = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
  for (const channel of INVOKE_CHANNELS) {
    listeners.set(channel, createInvokeListener(channel, handlers[channel] as InvokeHandlers[InvokeChannel], () => true, () => undefined));
  }
  return createGradientLabApi({
    // Structured clone is what Electron's IPC does to every argument.
    invoke: (channel, ...args) => listeners.get(channel)!(EVENT, ...structuredClone(args)),
    on: () => undefined,
    removeListener: () => undefined,
  });
}

function dialogs(save: string[], open: string[] = []): DocumentDialogs {
  return {
    showOpenDialog: async () => {
      const next = open.shift();
      return next === undefined ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [next] };
    },
    showSaveDialog: async () => {
      const next = save.shift();
      return next === undefined ? { canceled: true, filePath: '' } : { canceled: false, filePath: next };
    },
    showMessageBox: async () => ({ response: 2 }),
  };
}

describe('the document path through preload, router and handlers', () => {
  it('Save → reopen from Open Recent → Save over it gives back exactly the same text', async () => {
    const p = path.join(dir, '损失曲面.gradlab');
    const api = await wire(dialogs([p]));
    const text = JSON.stringify({ format: 'gradient-lab', version: 1, title: '碗 bowl', f: 'x^2 + y^2' });
    const saved = await api.saveDocument({ text, suggestedName: '损失曲面.gradlab', path: null, saveAs: false });
    expect(saved).toEqual({ ok: true, value: { canceled: false, name: '损失曲面.gradlab', path: p } });
    expect(await api.recentDocuments()).toEqual({ ok: true, value: [{ name: '损失曲面.gradlab', path: p }] });
    expect(await api.openRecentDocument({ path: p })).toEqual({ ok: true, value: { name: '损失曲面.gradlab', path: p, text } });
    const again = await api.saveDocument({ text: `${text}\n`, suggestedName: 'x', path: p, saveAs: false });
    expect(again).toMatchObject({ ok: true, value: { path: p } });
    expect(await readFile(p, 'utf8')).toBe(`${text}\n`);
  });

  it('refuses to read a path that is not on the recent list, and malformed requests', async () => {
    const secret = path.join(dir, 'secret.txt');
    await writeFile(secret, 'secret');
    const api = await wire(dialogs([]));
    expect(await api.openRecentDocument({ path: secret })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const loose = api as unknown as Record<string, (payload: unknown) => Promise<unknown>>;
    expect(await loose['openRecentDocument']!(secret)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await loose['saveDocument']!({ text: 'x', suggestedName: 'x', path: secret })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('a non-UTF-8 file comes back as a bilingual message through IPC', async () => {
    const p = path.join(dir, 'photo.gradlab');
    await writeFile(p, new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00]));
    const api = await wire(dialogs([], [p]));
    const r = await api.openDocument();
    expect(r).toMatchObject({ ok: false, error: { code: 'io' } });
    if (!r.ok) {
      expect(r.error.message.en).toContain('UTF-8');
      expect(r.error.message['zh-CN']).toContain('UTF-8');
    }
  });

  it('recovery round-trips; export bytes survive the structured clone byte for byte', async () => {
    const out = path.join(dir, 'surface.png');
    const api = await wire(dialogs([out]));
    expect(await api.writeRecovery({ text: '{"unsaved":true}' })).toEqual({ ok: true, value: { written: true } });
    expect(await api.readRecovery()).toEqual({ ok: true, value: { text: '{"unsaved":true}' } });
    expect(await api.clearRecovery()).toEqual({ ok: true, value: { cleared: true } });
    expect(await api.readRecovery()).toEqual({ ok: true, value: { text: null } });
    const bytes = new Uint8Array(1000).map((_, i) => (i * 37) % 256);
    expect(await api.saveExport({ suggestedName: 'surface.png', extension: 'png', bytes })).toEqual({ ok: true, value: { canceled: false, path: out } });
    expect(new Uint8Array(await readFile(out))).toEqual(bytes);
  });
});
