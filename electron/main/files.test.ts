import { afterEach, beforeEach, describe, it, expect, vi } from 'vitest';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDocument, sanitizeFileName, saveDocument } from './files';
import type { FileDialogs } from './files';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'gl-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function dialogs(openPaths: string[] | null, savePath: string | null): FileDialogs & { open: ReturnType<typeof vi.fn>; save: ReturnType<typeof vi.fn> } {
  const open = vi.fn(async () => (openPaths === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: openPaths }));
  const save = vi.fn(async () => (savePath === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: savePath }));
  return { showOpenDialog: open, showSaveDialog: save, open, save };
}

const FILTERS = [{ name: 'Gradient Lab', extensions: ['json'] }];

describe('openDocument', () => {
  it('returns the text of the chosen file', async () => {
    const p = path.join(dir, 'scene.json');
    await writeFile(p, '{"type":"gradient-lab/scene","version":1,"title":"碗"}');
    const d = dialogs([p], null);
    const result = await openDocument(d, { title: 'Open', filters: FILTERS });
    expect(result).toEqual({ ok: true, value: { canceled: false, path: p, text: '{"type":"gradient-lab/scene","version":1,"title":"碗"}' } });
    expect(d.open).toHaveBeenCalledWith({ title: 'Open', filters: FILTERS, properties: ['openFile'] });
  });

  it('strips a UTF-8 byte order mark', async () => {
    const p = path.join(dir, 'bom.json');
    await writeFile(p, new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]));
    expect(await openDocument(dialogs([p], null), { filters: FILTERS })).toMatchObject({ ok: true, value: { text: '{}' } });
  });

  it('reports cancel as a value', async () => {
    expect(await openDocument(dialogs(null, null), { filters: FILTERS })).toEqual({ ok: true, value: { canceled: true } });
  });

  it('refuses a file over the size cap without returning its text', async () => {
    const p = path.join(dir, 'big.json');
    await writeFile(p, 'x'.repeat(1001));
    const result = await openDocument(dialogs([p], null), { filters: FILTERS }, { maxBytes: 1000 });
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    if (!result.ok) expect(result.error.message.en).toContain('big.json');
  });

  it('accepts a file exactly at the cap', async () => {
    const p = path.join(dir, 'edge.json');
    await writeFile(p, 'x'.repeat(1000));
    expect(await openDocument(dialogs([p], null), { filters: FILTERS }, { maxBytes: 1000 })).toMatchObject({ ok: true });
  });

  it('the default cap is 5 MB', async () => {
    const p = path.join(dir, 'huge.json');
    await writeFile(p, new Uint8Array(5 * 1024 * 1024 + 1));
    expect(await openDocument(dialogs([p], null), { filters: FILTERS })).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('reports binary content, missing files and directories as values', async () => {
    const bin = path.join(dir, 'image.json');
    await writeFile(bin, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe]));
    expect(await openDocument(dialogs([bin], null), { filters: FILTERS })).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(await openDocument(dialogs([path.join(dir, 'nope.json')], null), { filters: FILTERS })).toMatchObject({ ok: false, error: { code: 'io' } });
    const sub = path.join(dir, 'folder.json');
    await mkdir(sub);
    expect(await openDocument(dialogs([sub], null), { filters: FILTERS })).toMatchObject({ ok: false, error: { code: 'io' } });
  });
});

describe('saveDocument', () => {
  it('writes the text where the user chose, keeping the previous file as .bak', async () => {
    const p = path.join(dir, 'scene.json');
    await writeFile(p, 'previous');
    const d = dialogs(null, p);
    const result = await saveDocument(d, { suggestedName: 'scene.json', text: '{"v":2}' });
    expect(result).toEqual({ ok: true, value: { canceled: false, path: p } });
    expect(await readFile(p, 'utf8')).toBe('{"v":2}');
    expect(await readFile(`${p}.bak`, 'utf8')).toBe('previous');
    expect((await readdir(dir)).sort()).toEqual(['scene.json', 'scene.json.bak']);
    expect(d.save.mock.calls[0]?.[0]).toMatchObject({ defaultPath: 'scene.json' });
  });

  it('reports cancel as a value and writes nothing', async () => {
    expect(await saveDocument(dialogs(null, null), { suggestedName: 'a.json', text: '{}' })).toEqual({ ok: true, value: { canceled: true } });
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses text over the cap (in UTF-8 bytes) before showing a dialog', async () => {
    const d = dialogs(null, path.join(dir, 'x.json'));
    // 400 CJK characters are 1200 bytes: over a 1000-byte cap although only 400 UTF-16 units.
    const result = await saveDocument(d, { suggestedName: 'x.json', text: '梯'.repeat(400) }, { maxBytes: 1000 });
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(d.save).not.toHaveBeenCalled();
  });

  it('reports an unwritable destination as a value', async () => {
    const result = await saveDocument(dialogs(null, path.join(dir, 'no-such-dir', 'x.json')), { suggestedName: 'x.json', text: '{}' });
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } });
  });
});

describe('sanitizeFileName', () => {
  it.each([
    ['scene.json', 'scene.json'],
    ['my scene', 'my scene.json'],
    ['../../etc/passwd', 'passwd.json'],
    ['C:\\Windows\\system.ini', 'system.ini'],
    ['a<b>c:d"e|f?g*h.json', 'abcdefgh.json'],
    ['bad\u0000name\u001f.json', 'badname.json'],
    ['...', 'gradient-lab.json'],
    ['', 'gradient-lab.json'],
    ['  .hidden ', 'hidden.json'],
    ['损失曲面.json', '损失曲面.json'],
  ])('%j → %j', (input, output) => {
    expect(sanitizeFileName(input)).toBe(output);
  });
});
