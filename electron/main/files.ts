/**
 * Opening and saving JSON documents through the native dialogs. The renderer never names a path:
 * it only receives the text of a file the user picked, or hands over text to be written where the
 * user chooses. Size-capped both ways; saving is atomic and keeps the previous file as `.bak`.
 * Content validation (document format, version) is the renderer's job.
 */
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { MAX_DOCUMENT_BYTES } from '../ipc/contract';
import type { IpcResult, OpenFileResponse, ParsedRequestOf, SaveFileResponse } from '../ipc/contract';
import { writeFileAtomic } from './atomic-write';
import { ipcError } from './ipc-errors';

/** The dialogs, already bound to the main window (so they are modal to it). */
export interface FileDialogs {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
}

export interface FileLimits {
  /** Largest file read or written, in bytes. Default 5 MB. */
  readonly maxBytes: number;
}

const DEFAULT_LIMITS: FileLimits = { maxBytes: MAX_DOCUMENT_BYTES };

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

function tooLarge(name: string, maxBytes: number) {
  return ipcError(
    'too-large',
    `“${name}” is larger than ${megabytes(maxBytes)} MB, which is too large for a Gradient Lab document.`,
    `“${name}”超过 ${megabytes(maxBytes)} MB，作为 Gradient Lab 文档过大。`,
  );
}

function cannotRead(name: string) {
  return ipcError('io', `“${name}” could not be read.`, `无法读取“${name}”。`);
}

function notText(name: string) {
  return ipcError('io', `“${name}” is not a UTF-8 text file.`, `“${name}”不是 UTF-8 文本文件。`);
}

function cannotWrite(name: string) {
  return ipcError(
    'io',
    `“${name}” could not be saved. Check that the folder exists and is writable, then try again.`,
    `无法保存“${name}”。请确认文件夹存在且可写入，然后重试。`,
  );
}

/**
 * Turns a suggested name from the page into a bare, harmless file name: directories and
 * characters Windows forbids are dropped, and `.json` is added if there is no extension.
 */
export function sanitizeFileName(suggested: string): string {
  const base = suggested.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we strip
  const cleaned = base.replace(/[<>:"|?*\u0000-\u001f]/g, '').replace(/^[.\s]+|[.\s]+$/g, '').slice(0, 200);
  const name = cleaned === '' ? 'gradient-lab' : cleaned;
  return path.extname(name) === '' ? `${name}.json` : name;
}

/**
 * Reads at most `maxBytes + 1` bytes, so a huge (or growing) file is never loaded in full.
 * @returns the bytes, or null if the file is larger than `maxBytes`
 */
async function readCapped(filePath: string, maxBytes: number): Promise<Uint8Array | null> {
  const handle = await open(filePath, 'r');
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new Error('not a regular file');
    if (stats.size > maxBytes) return null;
    const buffer = new Uint8Array(maxBytes + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) return null;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/** Shows the open dialog and returns the chosen file's text (BOM stripped). */
export async function openDocument(
  dialogs: FileDialogs,
  request: ParsedRequestOf<'file:open'>,
  limits: FileLimits = DEFAULT_LIMITS,
): Promise<IpcResult<OpenFileResponse>> {
  const options: OpenDialogOptions = { properties: ['openFile'], filters: request.filters };
  if (request.title !== undefined) options.title = request.title;
  const choice = await dialogs.showOpenDialog(options);
  const filePath = choice.filePaths[0];
  if (choice.canceled || filePath === undefined) return { ok: true, value: { canceled: true } };
  const name = path.basename(filePath);

  let bytes: Uint8Array | null;
  try {
    bytes = await readCapped(filePath, limits.maxBytes);
  } catch {
    return { ok: false, error: cannotRead(name) };
  }
  if (bytes === null) return { ok: false, error: tooLarge(name, limits.maxBytes) };
  let text: string;
  try {
    // fatal: a binary file must be reported, not silently turned into replacement characters.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, error: notText(name) };
  }
  return { ok: true, value: { canceled: false, path: filePath, text } };
}

/** Shows the save dialog and writes `text` atomically where the user chose, keeping a `.bak`. */
export async function saveDocument(
  dialogs: FileDialogs,
  request: ParsedRequestOf<'file:save'>,
  limits: FileLimits = DEFAULT_LIMITS,
): Promise<IpcResult<SaveFileResponse>> {
  const suggested = sanitizeFileName(request.suggestedName);
  const bytes = new TextEncoder().encode(request.text);
  if (bytes.byteLength > limits.maxBytes) return { ok: false, error: tooLarge(suggested, limits.maxBytes) };

  const choice = await dialogs.showSaveDialog({
    defaultPath: suggested,
    filters: [{ name: 'Gradient Lab (JSON)', extensions: ['json'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  const filePath = choice.filePath;
  if (choice.canceled || filePath === undefined || filePath === '') return { ok: true, value: { canceled: true } };

  try {
    await writeFileAtomic(filePath, bytes, { backup: true });
  } catch {
    return { ok: false, error: cannotWrite(path.basename(filePath)) };
  }
  return { ok: true, value: { canceled: false, path: filePath } };
}
