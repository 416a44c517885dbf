import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SaveDialogOptions } from 'electron';
import { exportFileName, saveExport } from './export-files';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'gl-export-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

function dialog(answer: string | null) {
  return { showSaveDialog: vi.fn(async (_options: SaveDialogOptions) => (answer === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: answer })) };
}

describe('exportFileName', () => {
  it.each<[string, 'png' | 'gif', string]>([
    ['surface.png', 'png', 'surface.png'],
    ['surface', 'png', 'surface.png'],
    ['race.PNG', 'png', 'race.PNG'],
    ['../../x', 'gif', 'x.gif'],
    ['', 'gif', 'gradient-lab.gif'],
  ])('%j as %s → %j', (input, ext, out) => expect(exportFileName(input, ext)).toBe(out));
});

describe('saveExport', () => {
  it('asks with a filter for the format (in the app language) and writes the bytes exactly', async () => {
    const d = dialog(path.join(dir, 'surface.png'));
    const r = await saveExport({ dialogs: d, locale: () => 'zh-CN' }, { suggestedName: 'surface.png', extension: 'png', bytes: PNG });
    expect(r).toEqual({ ok: true, value: { canceled: false, path: path.join(dir, 'surface.png') } });
    expect(new Uint8Array(await readFile(path.join(dir, 'surface.png')))).toEqual(PNG);
    expect(d.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({ defaultPath: 'surface.png', filters: [{ name: 'PNG 图片', extensions: ['png'] }] });
  });

  it('adds the extension when the dialog did not, and reports cancel', async () => {
    const r = await saveExport({ dialogs: dialog(path.join(dir, 'race')), locale: () => 'en' }, { suggestedName: 'race', extension: 'webm', bytes: PNG });
    expect(r).toMatchObject({ ok: true, value: { path: path.join(dir, 'race.webm') } });
    expect(await saveExport({ dialogs: dialog(null), locale: () => 'en' }, { suggestedName: 'a', extension: 'gif', bytes: PNG })).toEqual({
      ok: true,
      value: { canceled: true },
    });
  });

  it('refuses bytes over the cap before any dialog', async () => {
    const d = dialog(path.join(dir, 'x.gif'));
    const r = await saveExport({ dialogs: d, locale: () => 'en', maxBytes: 8 }, { suggestedName: 'x.gif', extension: 'gif', bytes: PNG });
    expect(r).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(d.showSaveDialog).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([]);
  });

  it('a disk-full write is a clear message', async () => {
    const write = async () => Promise.reject(Object.assign(new Error('full'), { code: 'ENOSPC' }));
    const r = await saveExport({ dialogs: dialog(path.join(dir, 'x.png')), locale: () => 'en', write }, { suggestedName: 'x', extension: 'png', bytes: PNG });
    expect(r).toMatchObject({ ok: false, error: { code: 'io' } });
    if (!r.ok) expect(r.error.message.en).toContain('disk is full');
  });
});
