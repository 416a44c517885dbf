/**
 * Autosave for crash recovery: the renderer hands over its unsaved document every few seconds;
 * it is kept at `<userData>/recovery/current.gradlab` (atomic writes, size-capped) until the user
 * saves, starts a new document, declines recovery or closes with Don't Save. At the next start the
 * renderer reads it and offers to restore it.
 */
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { IpcError, IpcResult } from '../ipc/contract';
import { MAX_RECOVERY_BYTES } from '../ipc/contract';
import { writeFileAtomic } from './atomic-write';
import { errorCode, megabytes } from './file-errors';
import { ipcError } from './ipc-errors';
import { decodeUtf8, readCapped } from './text-file';

export const RECOVERY_DIR = 'recovery';
export const RECOVERY_FILE = 'current.gradlab';

export interface RecoveryStore {
  readonly filePath: string;
  write(text: string): Promise<IpcResult<{ written: true }>>;
  read(): Promise<IpcResult<{ text: string | null }>>;
  clear(): Promise<IpcResult<{ cleared: true }>>;
}

function cannotAutosave(error: unknown): IpcError {
  const full = errorCode(error) === 'ENOSPC' || errorCode(error) === 'EDQUOT';
  return full
    ? ipcError(
        'io',
        'Autosave failed: the disk is full. Save your work to another drive to be safe.',
        '自动保存失败：磁盘已满。为稳妥起见，请将你的工作保存到其他磁盘。',
      )
    : ipcError(
        'io',
        'Autosave failed, so unsaved changes could not be protected against a crash. Save your work to be safe.',
        '自动保存失败，未保存的更改在程序崩溃时无法恢复。为稳妥起见，请保存你的工作。',
      );
}

/**
 * @param userDataDir Electron's `app.getPath('userData')`
 * @param maxBytes largest recovery text, in UTF-8 bytes
 * @param now the clock (names the file an unreadable recovery is moved to)
 */
export function createRecoveryStore(userDataDir: string, maxBytes: number = MAX_RECOVERY_BYTES, now: () => Date = () => new Date()): RecoveryStore {
  const dir = path.join(userDataDir, RECOVERY_DIR);
  const filePath = path.join(dir, RECOVERY_FILE);

  /** A recovery file that cannot be offered is moved aside, never deleted: nothing is lost. */
  async function setAside(reason: 'too-large' | 'not-text'): Promise<IpcError> {
    const kept = path.join(dir, `unreadable-${now().toISOString().replace(/[:.]/g, '-')}.gradlab`);
    try {
      await rename(filePath, kept);
    } catch {
      // Could not move it: leave it where it is (reading it again will fail the same way).
    }
    const why =
      reason === 'too-large'
        ? { en: `it is larger than ${megabytes(maxBytes)} MB`, zh: `文件超过 ${megabytes(maxBytes)} MB` }
        : { en: 'it is not UTF-8 text', zh: '它不是 UTF-8 文本' };
    return ipcError(
      'io',
      `Unsaved work from the last session could not be restored because ${why.en}. It was kept as “${kept}”.`,
      `无法恢复上次会话中未保存的工作，因为${why.zh}。该文件已保留为“${kept}”。`,
    );
  }

  return {
    filePath,
    async write(text) {
      const bytes = new TextEncoder().encode(text);
      if (bytes.byteLength > maxBytes) {
        return {
          ok: false,
          error: ipcError(
            'too-large',
            `Autosave skipped: the document is larger than ${megabytes(maxBytes)} MB. Save it yourself to keep it.`,
            `已跳过自动保存：文档超过 ${megabytes(maxBytes)} MB。请手动保存以保留它。`,
          ),
        };
      }
      try {
        await mkdir(dir, { recursive: true });
        await writeFileAtomic(filePath, bytes);
      } catch (error) {
        return { ok: false, error: cannotAutosave(error) };
      }
      return { ok: true, value: { written: true } };
    },
    async read() {
      let read;
      try {
        read = await readCapped(filePath, maxBytes);
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return { ok: true, value: { text: null } };
        return {
          ok: false,
          error: ipcError('io', 'Unsaved work from the last session could not be read.', '无法读取上次会话中未保存的工作。'),
        };
      }
      if (read === null) return { ok: false, error: await setAside('too-large') };
      const text = decodeUtf8(read.bytes);
      if (text === null) return { ok: false, error: await setAside('not-text') };
      return { ok: true, value: { text: text === '' ? null : text } };
    },
    async clear() {
      try {
        await rm(filePath, { force: true });
      } catch {
        return {
          ok: false,
          error: ipcError('io', 'The autosaved copy could not be removed.', '无法删除自动保存的副本。'),
        };
      }
      return { ok: true, value: { cleared: true } };
    },
  };
}
