/**
 * Crash-safe file replacement: write a temp file beside the target, fsync it, then rename over
 * the target (atomic on one filesystem), so a crash leaves either the old file or the new one,
 * never half of each. Optionally keeps the previous version as `<target>.bak`.
 */
import { randomBytes } from 'node:crypto';
import { copyFile, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export interface AtomicWriteOptions {
  /** Copy the current target (if any) to `<target>.bak` before replacing it. */
  readonly backup?: boolean;
}

/** The name of the temp file used for `target`, in the same directory (rename must not cross devices). */
export function tempPathFor(target: string): string {
  const dir = path.dirname(target);
  return path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Path of the backup kept for `target`. */
export function backupPathFor(target: string): string {
  return `${target}.bak`;
}

function isMissingFile(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

/**
 * Atomically replaces `target` with `data`. Throws the underlying fs error on failure (callers
 * turn it into a value); the temp file is removed on failure.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const temp = tempPathFor(target);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.backup) {
      try {
        await copyFile(target, backupPathFor(target));
      } catch (error) {
        // No previous version is fine (first save); anything else must stop the save.
        if (!isMissingFile(error)) throw error;
      }
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(path.dirname(target));
}

/** Makes the rename itself durable where the OS allows opening a directory (not on Windows). */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some filesystems refuse fsync on directories; the data itself is already synced.
  }
}
