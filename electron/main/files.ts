/**
 * Opening and saving JSON files (the graph scene's files) through the native dialogs. The
 * renderer never names a path: it only receives the text of a file the user picked, or hands over
 * text to be written where the user chooses. Size-capped both ways; saving is atomic and keeps the previous file as `.bak`.
 * Content validation (document format, version) is the renderer's job.
 */
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { MAX_DOCUMENT_BYTES } from '../ipc/contract';
import type { IpcResult, OpenFileResponse, ParsedRequestOf, SaveFileResponse } from '../ipc/contract';
import { writeFileAtomic } from './atomic-write';
import { cannotWrite, tooLargeToSave } from './file-errors';
import { readTextFile } from './text-file';

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
  const read = await readTextFile(filePath, limits.maxBytes);
  if (!read.ok) return read;
  const text = read.value.text;
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
  if (bytes.byteLength > limits.maxBytes) return { ok: false, error: tooLargeToSave(suggested, limits.maxBytes) };

  const choice = await dialogs.showSaveDialog({
    defaultPath: suggested,
    filters: [{ name: 'Gradient Lab (JSON)', extensions: ['json'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  const filePath = choice.filePath;
  if (choice.canceled || filePath === undefined || filePath === '') return { ok: true, value: { canceled: true } };

  try {
    await writeFileAtomic(filePath, bytes, { backup: true });
  } catch (error) {
    return { ok: false, error: cannotWrite(path.basename(filePath), error) };
  }
  return { ok: true, value: { canceled: false, path: filePath } };
}
