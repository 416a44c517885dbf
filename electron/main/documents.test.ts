/**
 * The desktop document path in plain Node: real files in a temp folder, the native dialogs
 * replaced by scripted fakes, faults injected into the writer or into fs itself. Each fault must
 * leave the user's file intact and come back as a clear message in both languages.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { IpcError, IpcResult } from '../ipc/contract';
import { createDocumentService, documentFileName } from './documents';
import type { DocumentDialogs, DocumentServiceDeps } from './documents';
import { openRecentFiles } from './recent-files';
import type { RecentFiles } from './recent-files';

let dir: string;
let userData: string;
let recent: RecentFiles;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'gl-docs-'));
  userData = await mkdtemp(path.join(tmpdir(), 'gl-docs-user-'));
  recent = await openRecentFiles(userData, null, () => undefined);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await chmod(dir, 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
  await rm(userData, { recursive: true, force: true });
});

/** Dialogs that answer from a script and record what they were asked. */
function scripted(answers: { open?: string | null; save?: (string | null)[]; box?: number[] } = {}) {
  const saveAnswers = [...(answers.save ?? [])];
  const boxAnswers = [...(answers.box ?? [])];
  const dialogs = {
    showOpenDialog: vi.fn(async (_options: OpenDialogOptions) => (answers.open == null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [answers.open] })),
    showSaveDialog: vi.fn(async (_options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }> => {
      const next = saveAnswers.shift();
      if (next === undefined) throw new Error('unexpected save dialog');
      return next === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: next };
    }),
    showMessageBox: vi.fn(async (_options: MessageBoxOptions) => {
      const next = boxAnswers.shift();
      if (next === undefined) throw new Error('unexpected message box');
      return { response: next };
    }),
  } satisfies DocumentDialogs;
  return dialogs;
}

function service(dialogs: DocumentDialogs, extra: Partial<DocumentServiceDeps> = {}) {
  return createDocumentService({ dialogs, recent, locale: () => 'en', ...extra });
}

function fsError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}

/** Both languages are there, non-empty and distinct, and the English one mentions `words`. */
function expectClearMessage(result: IpcResult<unknown>, code: IpcError['code'], ...words: string[]): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe(code);
  expect(result.error.message.en.length).toBeGreaterThan(10);
  expect(result.error.message['zh-CN'].length).toBeGreaterThan(5);
  expect(result.error.message['zh-CN']).not.toBe(result.error.message.en);
  expect(result.error.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  for (const w of words) expect(result.error.message.en).toContain(w);
}

const DOC = '{"format":"gradient-lab","version":1,"title":"鞍点"}';

async function openExisting(name = 'saddle.gradlab', text = DOC) {
  const p = path.join(dir, name);
  await writeFile(p, text);
  const dialogs = scripted({ open: p });
  const docs = service(dialogs);
  const opened = await docs.open();
  expect(opened).toEqual({ ok: true, value: { canceled: false, name, path: p, text } });
  return { p, dialogs, docs };
}

describe('documentFileName', () => {
  it.each([
    ['bowl', 'bowl.gradlab'],
    ['bowl.gradlab', 'bowl.gradlab'],
    ['old.json', 'old.json'],
    ['../../etc/passwd', 'passwd.gradlab'],
    ['', 'untitled.gradlab'],
    ['损失曲面', '损失曲面.gradlab'],
  ])('%j → %j', (input, output) => expect(documentFileName(input)).toBe(output));
});

describe('open', () => {
  it('offers .gradlab and .json, returns name, path and text, and remembers the file in Open Recent', async () => {
    const { p, dialogs, docs } = await openExisting();
    expect(dialogs.showOpenDialog.mock.calls[0]?.[0]).toMatchObject({
      properties: ['openFile'],
      filters: [{ extensions: ['gradlab'] }, { extensions: ['json'] }],
    });
    expect(recent.list()).toEqual([{ name: 'saddle.gradlab', path: p }]);
    expect(docs.currentPath()).toBe(p);
  });

  it('reports cancel as a value', async () => {
    expect(await service(scripted({ open: null })).open()).toEqual({ ok: true, value: { canceled: true } });
  });

  it('non-UTF-8 bytes: refused with a clear message, the file untouched and not added to Open Recent', async () => {
    const p = path.join(dir, 'picture.gradlab');
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00]);
    await writeFile(p, bytes);
    const result = await service(scripted({ open: p })).open();
    expectClearMessage(result, 'io', 'picture.gradlab', 'UTF-8');
    expect(new Uint8Array(await readFile(p))).toEqual(bytes);
    expect(recent.list()).toEqual([]);
  });

  it('a file larger than the cap: refused before reading it in full, untouched', async () => {
    const p = path.join(dir, 'huge.gradlab');
    await writeFile(p, 'x'.repeat(2048));
    const result = await service(scripted({ open: p }), { maxBytes: 1024 }).open();
    expectClearMessage(result, 'too-large', 'huge.gradlab', 'MB');
    expect((await readFile(p)).byteLength).toBe(2048);
  });

  it('a folder picked as a file, or a file that vanished, is a message, not a crash', async () => {
    const sub = path.join(dir, 'folder.gradlab');
    await mkdir(sub);
    expectClearMessage(await service(scripted({ open: sub })).open(), 'io', 'folder');
    expectClearMessage(await service(scripted({ open: path.join(dir, 'gone.gradlab') })).open(), 'io', 'no longer exists');
  });
});

describe('save', () => {
  it('a new document: asks where (suggesting the name), adds .gradlab when the dialog did not, writes atomically', async () => {
    const dialogs = scripted({ save: [path.join(dir, 'lecture 3')] });
    const result = await service(dialogs).save({ text: DOC, suggestedName: 'lecture 3', path: null, saveAs: false });
    const p = path.join(dir, 'lecture 3.gradlab');
    expect(result).toEqual({ ok: true, value: { canceled: false, name: 'lecture 3.gradlab', path: p } });
    expect(await readFile(p, 'utf8')).toBe(DOC);
    expect(dialogs.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({ defaultPath: 'lecture 3.gradlab' });
    expect(await readdir(dir)).toEqual(['lecture 3.gradlab']);
    expect(recent.list()[0]?.path).toBe(p);
  });

  it('does not add the extension when that would silently hit another file', async () => {
    await writeFile(path.join(dir, 'notes.gradlab'), 'someone else’s');
    const result = await service(scripted({ save: [path.join(dir, 'notes')] })).save({ text: DOC, suggestedName: 'x', path: null, saveAs: false });
    expect(result).toMatchObject({ ok: true, value: { path: path.join(dir, 'notes') } });
    expect(await readFile(path.join(dir, 'notes.gradlab'), 'utf8')).toBe('someone else’s');
  });

  it('cancel writes nothing', async () => {
    const result = await service(scripted({ save: [null] })).save({ text: DOC, suggestedName: 'a', path: null, saveAs: false });
    expect(result).toEqual({ ok: true, value: { canceled: true } });
    expect(await readdir(dir)).toEqual([]);
  });

  it('Save over the opened file: no dialog, previous version kept as .bak', async () => {
    const { p, dialogs, docs } = await openExisting();
    const result = await docs.save({ text: '{"v":2}', suggestedName: 'saddle.gradlab', path: p, saveAs: false });
    expect(result).toEqual({ ok: true, value: { canceled: false, name: 'saddle.gradlab', path: p } });
    expect(dialogs.showSaveDialog).not.toHaveBeenCalled();
    expect(await readFile(p, 'utf8')).toBe('{"v":2}');
    expect(await readFile(`${p}.bak`, 'utf8')).toBe(DOC);
    // Saving again right away is not a "changed on disk" case: main remembers what it wrote.
    expect(await docs.save({ text: '{"v":3}', suggestedName: 'saddle.gradlab', path: p, saveAs: false })).toMatchObject({ ok: true });
    expect(dialogs.showMessageBox).not.toHaveBeenCalled();
  });

  it('Save As always asks, starting in the document’s folder', async () => {
    const { p, docs, dialogs } = await openExisting();
    const other = path.join(dir, 'copy.gradlab');
    dialogs.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: other });
    await docs.save({ text: '{"copy":1}', suggestedName: 'copy.gradlab', path: p, saveAs: true });
    expect(dialogs.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({ defaultPath: path.join(dir, 'copy.gradlab') });
    expect(await readFile(other, 'utf8')).toBe('{"copy":1}');
    expect(await readFile(p, 'utf8')).toBe(DOC);
  });

  it('never writes to a path main did not hand out: it asks with the Save dialog instead', async () => {
    const victim = path.join(dir, 'not-yours.txt');
    await writeFile(victim, 'precious');
    const dialogs = scripted({ save: [null] });
    const result = await service(dialogs).save({ text: 'overwrite!', suggestedName: 'x', path: victim, saveAs: false });
    expect(result).toEqual({ ok: true, value: { canceled: true } });
    expect(dialogs.showSaveDialog).toHaveBeenCalledOnce();
    expect(await readFile(victim, 'utf8')).toBe('precious');
  });

  it('a path known only from Open Recent (not read in this run) is not overwritten blindly: the dialog asks, starting there', async () => {
    const p = path.join(dir, 'from-last-week.gradlab');
    await writeFile(p, 'last week');
    await recent.add(p);
    const dialogs = scripted({ save: [null] });
    const result = await service(dialogs).save({ text: 'now', suggestedName: 'from-last-week.gradlab', path: p, saveAs: false });
    expect(result).toEqual({ ok: true, value: { canceled: true } });
    expect(dialogs.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({ defaultPath: p });
    expect(await readFile(p, 'utf8')).toBe('last week');
  });

  it('text over the cap (in UTF-8 bytes): refused before any dialog, nothing written', async () => {
    const dialogs = scripted();
    // 400 CJK characters are 1200 bytes: over a 1000-byte cap although only 400 UTF-16 units.
    const result = await service(dialogs, { maxBytes: 1000 }).save({ text: '梯'.repeat(400), suggestedName: 'x', path: null, saveAs: false });
    expectClearMessage(result, 'too-large', 'MB', 'not saved');
    expect(dialogs.showSaveDialog).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('a file changed on disk since it was opened', () => {
  it('asks Overwrite / Save As… / Cancel; Cancel keeps the other program’s version and writes nothing', async () => {
    const { p, docs, dialogs } = await openExisting();
    await writeFile(p, '{"edited":"elsewhere"}');
    dialogs.showMessageBox.mockResolvedValueOnce({ response: 2 });
    const result = await docs.save({ text: '{"mine":1}', suggestedName: 'saddle.gradlab', path: p, saveAs: false });
    expect(result).toEqual({ ok: true, value: { canceled: true } });
    expect(await readFile(p, 'utf8')).toBe('{"edited":"elsewhere"}');
    const box = dialogs.showMessageBox.mock.calls[0]?.[0];
    expect(box).toMatchObject({ buttons: ['Overwrite', 'Save As…', 'Cancel'], cancelId: 2 });
    expect(String(box?.message)).toContain('saddle.gradlab');
  });

  it('Overwrite writes (the other version survives as .bak)', async () => {
    const { p, docs, dialogs } = await openExisting();
    await writeFile(p, '{"edited":"elsewhere"}');
    dialogs.showMessageBox.mockResolvedValueOnce({ response: 0 });
    expect(await docs.save({ text: '{"mine":1}', suggestedName: 'saddle.gradlab', path: p, saveAs: false })).toMatchObject({ ok: true, value: { canceled: false } });
    expect(await readFile(p, 'utf8')).toBe('{"mine":1}');
    expect(await readFile(`${p}.bak`, 'utf8')).toBe('{"edited":"elsewhere"}');
  });

  it('Save As… writes elsewhere and leaves the changed file alone', async () => {
    const { p, docs, dialogs } = await openExisting();
    await writeFile(p, '{"edited":"elsewhere"}');
    const other = path.join(dir, 'mine.gradlab');
    dialogs.showMessageBox.mockResolvedValueOnce({ response: 1 });
    dialogs.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: other });
    expect(await docs.save({ text: '{"mine":1}', suggestedName: 'saddle.gradlab', path: p, saveAs: false })).toMatchObject({ ok: true, value: { path: other } });
    expect(await readFile(p, 'utf8')).toBe('{"edited":"elsewhere"}');
    expect(await readFile(other, 'utf8')).toBe('{"mine":1}');
  });

  it('a file only touched (same bytes, new mtime) is not reported', async () => {
    const { p, docs, dialogs } = await openExisting();
    const later = new Date(Date.now() + 60_000);
    await utimes(p, later, later);
    expect(await docs.save({ text: '{"v":2}', suggestedName: 'saddle.gradlab', path: p, saveAs: false })).toMatchObject({ ok: true });
    expect(dialogs.showMessageBox).not.toHaveBeenCalled();
  });

  it('same size but different bytes is reported (the hash decides)', async () => {
    const { p, docs, dialogs } = await openExisting('a.gradlab', 'AAAA');
    await writeFile(p, 'BBBB');
    const stamp = new Date(Date.now() + 60_000);
    await utimes(p, stamp, stamp);
    dialogs.showMessageBox.mockResolvedValueOnce({ response: 2 });
    await docs.save({ text: 'CCCC', suggestedName: 'a.gradlab', path: p, saveAs: false });
    expect(dialogs.showMessageBox).toHaveBeenCalledOnce();
    expect(await readFile(p, 'utf8')).toBe('BBBB');
  });

  it('a file deleted since opening: asks, and Save Here writes it again', async () => {
    const { p, docs, dialogs } = await openExisting();
    await rm(p);
    dialogs.showMessageBox.mockResolvedValueOnce({ response: 0 });
    expect(await docs.save({ text: '{"v":2}', suggestedName: 'saddle.gradlab', path: p, saveAs: false })).toMatchObject({ ok: true });
    expect(dialogs.showMessageBox.mock.calls[0]?.[0]).toMatchObject({ buttons: ['Save Here', 'Save As…', 'Cancel'] });
    expect(await readFile(p, 'utf8')).toBe('{"v":2}');
  });

  it('speaks Chinese when the app does', async () => {
    const p = path.join(dir, 'z.gradlab');
    await writeFile(p, DOC);
    const dialogs = scripted({ open: p, box: [2] });
    const docs = service(dialogs, { locale: () => 'zh-CN' });
    await docs.open();
    await writeFile(p, 'changed');
    await docs.save({ text: DOC, suggestedName: 'z.gradlab', path: p, saveAs: false });
    expect(dialogs.showMessageBox.mock.calls[0]?.[0]).toMatchObject({ buttons: ['覆盖', '另存为…', '取消'] });
  });
});

describe('write faults: nothing lost, a clear message', () => {
  it('ENOSPC from the writer: the disk-full message, the file as it was', async () => {
    const { p } = await openExisting();
    const docs = service(scripted({ open: p }), { write: async () => Promise.reject(fsError('ENOSPC')) });
    await docs.open();
    const result = await docs.save({ text: '{"v":2}', suggestedName: 'saddle.gradlab', path: p, saveAs: false });
    expectClearMessage(result, 'io', 'disk is full', 'unchanged');
    if (!result.ok) expect(result.error.message['zh-CN']).toContain('磁盘已满');
    expect(await readFile(p, 'utf8')).toBe(DOC);
  });

  it.each(['EPERM', 'EACCES'])('%s on the final rename (real atomic writer, fs.rename failing): permission message, original intact, no temp left', async (code) => {
    const { p, docs } = await openExisting();
    const rename = fs.rename.bind(fs) as (...args: unknown[]) => void;
    vi.spyOn(fs, 'rename').mockImplementation(((from: string, to: string, callback: (e: Error | null) => void) => {
      if (to === p) process.nextTick(() => callback(fsError(code)));
      else rename(from, to, callback);
    }) as never);
    const result = await docs.save({ text: '{"v":2}', suggestedName: 'saddle.gradlab', path: p, saveAs: false });
    vi.restoreAllMocks();
    expectClearMessage(result, 'io', 'permission denied', 'Save As');
    expect(await readFile(p, 'utf8')).toBe(DOC);
    expect((await readdir(dir)).filter((n) => n !== 'saddle.gradlab' && n !== 'saddle.gradlab.bak')).toEqual([]);
  });

  it('EROFS (a read-only disk) says so', async () => {
    const result = await service(scripted({ save: [path.join(dir, 'r.gradlab')] }), { write: async () => Promise.reject(fsError('EROFS')) }).save({
      text: DOC,
      suggestedName: 'r',
      path: null,
      saveAs: false,
    });
    expectClearMessage(result, 'io', 'read-only');
  });

  // Root ignores directory permissions, so chmod cannot make a folder read-only for a root test
  // run (this container runs tests as root). The injected variant below always runs; the real one
  // runs wherever tests run as a normal user.
  const isRoot = process.getuid?.() === 0;

  it('a read-only folder, injected (EACCES creating the temp file): permission message, original intact', async () => {
    const { p, docs } = await openExisting();
    const open = fs.open.bind(fs) as (...args: unknown[]) => void;
    vi.spyOn(fs, 'open').mockImplementation(((...args: unknown[]) => {
      const target = String(args[0]);
      const callback = args[args.length - 1] as (e: Error | null) => void;
      // The temp file `<target>.<number>` cannot be created in a read-only folder.
      if (target.startsWith(`${p}.`) && /\.\d+$/.test(target)) process.nextTick(() => callback(fsError('EACCES')));
      else open(...args);
    }) as never);
    const result = await docs.save({ text: '{"v":2}', suggestedName: 'saddle.gradlab', path: p, saveAs: false });
    vi.restoreAllMocks();
    expectClearMessage(result, 'io', 'permission denied');
    expect(await readFile(p, 'utf8')).toBe(DOC);
  });

  it.skipIf(isRoot || process.platform === 'win32')('a really read-only folder (chmod 0555; skipped when tests run as root): permission message, original intact', async () => {
    const { p, docs } = await openExisting();
    await chmod(dir, 0o555);
    const result = await docs.save({ text: '{"v":2}', suggestedName: 'saddle.gradlab', path: p, saveAs: false });
    await chmod(dir, 0o755);
    expectClearMessage(result, 'io', 'permission denied');
    expect(await readFile(p, 'utf8')).toBe(DOC);
  });

  it('a folder that disappeared: the message says so', async () => {
    const gone = path.join(dir, 'gone');
    const result = await service(scripted({ save: [path.join(gone, 'x.gradlab')] })).save({ text: DOC, suggestedName: 'x', path: null, saveAs: false });
    expectClearMessage(result, 'io', 'folder no longer exists');
  });
});

describe('open recent', () => {
  it('reads only files on the recent list', async () => {
    const p = path.join(dir, 'secret.gradlab');
    await writeFile(p, 'secret');
    const result = await service(scripted()).openRecent(p);
    expectClearMessage(result, 'forbidden', 'recent');
  });

  it('reads a file from the list and moves it to the top', async () => {
    const a = path.join(dir, 'a.gradlab');
    const b = path.join(dir, 'b.gradlab');
    await writeFile(a, 'A');
    await writeFile(b, 'B');
    await recent.add(a);
    await recent.add(b);
    expect(await service(scripted()).openRecent(a)).toEqual({ ok: true, value: { name: 'a.gradlab', path: a, text: 'A' } });
    expect(recent.list().map((f) => f.name)).toEqual(['a.gradlab', 'b.gradlab']);
  });

  it('a missing file is removed from the list, with a message', async () => {
    const gone = path.join(dir, 'gone.gradlab');
    await recent.add(gone);
    const result = await service(scripted()).openRecent(gone);
    expectClearMessage(result, 'io', 'removed from Open Recent');
    expect(recent.list()).toEqual([]);
  });
});

describe('open from the system (double-click, command line)', () => {
  it('reads any document path, remembers it for Save and adds it to Open Recent', async () => {
    const p = path.join(dir, '第三讲.gradlab');
    await writeFile(p, '{"format":"gradient-lab"}');
    const docs = service(scripted());
    expect(await docs.openFromSystem(p)).toEqual({ ok: true, value: { name: '第三讲.gradlab', path: p, text: '{"format":"gradient-lab"}' } });
    expect(recent.list().map((f) => f.path)).toEqual([p]);
    expect(docs.currentPath()).toBe(p);
    // Save goes straight over it, as over a file opened with File ▸ Open.
    expect(await docs.save({ text: 'v2', suggestedName: 'x', path: p, saveAs: false })).toMatchObject({ ok: true, value: { path: p } });
  });

  it('a missing or oversized file comes back as a clear message', async () => {
    const docs = service(scripted());
    expectClearMessage(await docs.openFromSystem(path.join(dir, 'nope.gradlab')), 'io', 'nope.gradlab');
    const big = path.join(dir, 'big.gradlab');
    await writeFile(big, 'x'.repeat(64));
    expect((await service(scripted(), { maxBytes: 16 }).openFromSystem(big)).ok).toBe(false);
  });
});
