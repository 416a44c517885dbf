/**
 * Crash-safe file replacement. The core is the well-kept `write-file-atomic` library: it writes a
 * temp file beside the target (same folder, so the rename cannot cross devices), fsyncs it, keeps
 * the target's mode and owner, renames it over the target (atomic on one filesystem) and removes
 * the temp file on failure or on a catchable exit. This module adds what the library does not do:
 * fsync the DIRECTORY after the rename (so the new directory entry itself survives a power cut)
 * and, optionally, keep the previous version as `<target>.bak`.
 *
 * A crash therefore leaves either the old file or the new one, never half of each; a SIGKILL in
 * the middle can leave a stray temp file named `<target>.<number>`, never the target half-written.
 */
import fs from 'node:fs';
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import writeFileAtomicLib from 'write-file-atomic';

export interface AtomicWriteOptions {
  /** Copy the current target (if any) to `<target>.bak` before replacing it. */
  readonly backup?: boolean;
}

/** Path of the backup kept for `target`. */
export function backupPathFor(target: string): string {
  return `${target}.bak`;
}

/**
 * True for the temp files `write-file-atomic` leaves behind after a hard kill: `<target>.<digits>`.
 * Nothing ever opens such a file as the document.
 */
export function isLibraryTempFileOf(target: string, candidate: string): boolean {
  const base = path.basename(target);
  const name = path.basename(candidate);
  return name.startsWith(`${base}.`) && /^\d+$/.test(name.slice(base.length + 1));
}

function isMissingFile(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

/**
 * Atomically replaces `target` with `data`. Throws the underlying fs error (with its `code`:
 * ENOSPC, EACCES, EPERM, EROFS …) on failure; callers turn it into a message. On failure the
 * target is untouched and the temp file is gone.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  if (options.backup) {
    try {
      await copyFile(target, backupPathFor(target));
    } catch (error) {
      // No previous version is fine (first save); anything else must stop the save.
      if (!isMissingFile(error)) throw error;
    }
  }
  // The library accepts any ArrayBufferView; a Buffer view shares the bytes without copying.
  const payload = typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  await writeFileAtomicLib(target, payload, { fsync: true });
  await syncDirectory(path.dirname(target));
}

/**
 * Makes the rename itself durable where the OS allows opening a directory (not on Windows).
 * Goes through the callback `fs` API — the same object the library uses — so one test can observe
 * the order of every fsync and the rename.
 */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  let fd: number | undefined;
  try {
    fd = await promisify(fs.open)(dir, 'r');
    await promisify(fs.fsync)(fd);
  } catch {
    // Some filesystems refuse fsync on directories; the data itself is already synced.
  } finally {
    if (fd !== undefined) await promisify(fs.close)(fd).catch(() => undefined);
  }
}
