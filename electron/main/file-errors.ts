/**
 * Why reading or writing a file failed, told so that a teacher can act on it: in both app
 * languages, naming the file, and saying what happened to their work (a failed save never touches
 * the previous version — the writer is atomic).
 */
import type { IpcError } from '../ipc/contract';
import { ipcError } from './ipc-errors';

/** The `code` of a Node fs error, or undefined. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
}

export function tooLargeToOpen(name: string, maxBytes: number): IpcError {
  return ipcError(
    'too-large',
    `“${name}” is larger than ${megabytes(maxBytes)} MB, which is too large for a Gradient Lab document. It was not opened.`,
    `“${name}”超过 ${megabytes(maxBytes)} MB，作为 Gradient Lab 文档过大，未打开。`,
  );
}

export function tooLargeToSave(name: string, maxBytes: number): IpcError {
  return ipcError(
    'too-large',
    `“${name}” would be larger than ${megabytes(maxBytes)} MB, so it was not saved. Nothing on disk was changed.`,
    `“${name}”将超过 ${megabytes(maxBytes)} MB，因此未保存。磁盘上的文件均未改动。`,
  );
}

export function notUtf8Text(name: string): IpcError {
  return ipcError(
    'io',
    `“${name}” is not a Gradient Lab document: it is not UTF-8 text (perhaps an image or another program’s file). The file was not changed.`,
    `“${name}”不是 Gradient Lab 文档：它不是 UTF-8 文本（可能是图片或其他程序的文件）。该文件未被改动。`,
  );
}

/** A read failure, by cause. */
export function cannotRead(name: string, error: unknown): IpcError {
  switch (errorCode(error)) {
    case 'ENOENT':
      return ipcError('io', `“${name}” no longer exists. It may have been moved, renamed or deleted.`, `“${name}”已不存在，可能已被移动、重命名或删除。`);
    case 'EACCES':
    case 'EPERM':
      return ipcError('io', `You do not have permission to read “${name}”.`, `你没有读取“${name}”的权限。`);
    case 'EISDIR':
    case 'ENOTAFILE':
      return ipcError('io', `“${name}” is a folder, not a document.`, `“${name}”是文件夹，不是文档。`);
    default:
      return ipcError('io', `“${name}” could not be read.`, `无法读取“${name}”。`);
  }
}

/** A write failure, by cause. The writer is atomic: the previous version is always unchanged. */
export function cannotWrite(name: string, error: unknown): IpcError {
  const unchanged = { en: 'Your previous version, if any, is unchanged.', zh: '原有版本（如有）未被改动。' };
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return ipcError(
        'io',
        `“${name}” could not be saved: the disk is full. Free some space or save to another drive. ${unchanged.en}`,
        `无法保存“${name}”：磁盘已满。请释放空间或保存到其他磁盘。${unchanged.zh}`,
      );
    case 'EACCES':
    case 'EPERM':
      return ipcError(
        'io',
        `“${name}” could not be saved: permission denied. The file or its folder is read-only, or another program is using the file. Try Save As… to another folder. ${unchanged.en}`,
        `无法保存“${name}”：权限不足。该文件或其所在文件夹为只读，或文件正被其他程序占用。请用“另存为…”保存到其他文件夹。${unchanged.zh}`,
      );
    case 'EROFS':
      return ipcError(
        'io',
        `“${name}” could not be saved: the disk is read-only. Try Save As… to another drive. ${unchanged.en}`,
        `无法保存“${name}”：该磁盘为只读。请用“另存为…”保存到其他磁盘。${unchanged.zh}`,
      );
    case 'EBUSY':
      return ipcError(
        'io',
        `“${name}” could not be saved: another program is using the file. Close it there and save again. ${unchanged.en}`,
        `无法保存“${name}”：文件正被其他程序使用。请在该程序中关闭文件后重新保存。${unchanged.zh}`,
      );
    case 'ENOENT':
      return ipcError(
        'io',
        `“${name}” could not be saved: its folder no longer exists. Try Save As…. ${unchanged.en}`,
        `无法保存“${name}”：所在文件夹已不存在。请使用“另存为…”。${unchanged.zh}`,
      );
    default:
      return ipcError(
        'io',
        `“${name}” could not be saved. Check that the folder exists and is writable, then try again. ${unchanged.en}`,
        `无法保存“${name}”。请确认文件夹存在且可写入，然后重试。${unchanged.zh}`,
      );
  }
}
