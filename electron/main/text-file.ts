/**
 * Reading a document from disk safely (size-capped, strict UTF-8) and fingerprinting files so a
 * save can tell whether someone else changed the file since Gradient Lab last read or wrote it.
 */
import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import type { IpcError, IpcResult } from '../ipc/contract';
import { cannotRead, errorCode, notUtf8Text, tooLargeToOpen } from './file-errors';

/** What identifies one version of a file: cheap checks first, the hash decides. */
export interface Fingerprint {
  readonly size: number;
  readonly mtimeMs: number;
  readonly sha256: string;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Reads at most `maxBytes + 1` bytes, so a huge (or growing) file is never loaded in full.
 * @returns the bytes and the file's mtime, or null if the file is larger than `maxBytes`
 */
export async function readCapped(filePath: string, maxBytes: number): Promise<{ bytes: Uint8Array; mtimeMs: number } | null> {
  const handle = await open(filePath, 'r');
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (!stats.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTAFILE' });
    if (stats.size > maxBytes) return null;
    const buffer = new Uint8Array(maxBytes + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) return null;
    }
    return { bytes: buffer.subarray(0, length), mtimeMs: stats.mtimeMs };
  } finally {
    await handle.close();
  }
}

/** Strict UTF-8 (a binary file is reported, not turned into replacement characters); BOM stripped. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

export interface TextFile {
  readonly text: string;
  readonly fingerprint: Fingerprint;
}

/** Reads a text document, with a clear message for every way that can fail. */
export async function readTextFile(filePath: string, maxBytes: number): Promise<IpcResult<TextFile>> {
  const name = path.basename(filePath);
  let read: { bytes: Uint8Array; mtimeMs: number } | null;
  try {
    read = await readCapped(filePath, maxBytes);
  } catch (error) {
    return { ok: false, error: cannotRead(name, error) };
  }
  if (read === null) return { ok: false, error: tooLargeToOpen(name, maxBytes) };
  const text = decodeUtf8(read.bytes);
  if (text === null) return { ok: false, error: notUtf8Text(name) };
  return { ok: true, value: { text, fingerprint: { size: read.bytes.byteLength, mtimeMs: read.mtimeMs, sha256: sha256(read.bytes) } } };
}

/** The fingerprint of what was just written (`bytes`), with the file's mtime after the write. */
export async function fingerprintAfterWrite(filePath: string, bytes: Uint8Array): Promise<Fingerprint> {
  const stats = await stat(filePath);
  return { size: bytes.byteLength, mtimeMs: stats.mtimeMs, sha256: sha256(bytes) };
}

export type DiskState = 'unchanged' | 'changed' | 'missing';

/**
 * Has the file at `filePath` changed since `known`? Size and mtime equal: unchanged (no read).
 * Otherwise the content decides, so a file only touched (or copied back) is not reported; a file
 * too large to read in full counts as changed.
 */
export async function diskStateSince(filePath: string, known: Fingerprint, maxBytes: number): Promise<DiskState | IpcError> {
  let stats;
  try {
    stats = await stat(filePath);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'missing';
    return cannotRead(path.basename(filePath), error);
  }
  if (stats.size === known.size && stats.mtimeMs === known.mtimeMs) return 'unchanged';
  if (stats.size !== known.size) return 'changed';
  try {
    const read = await readCapped(filePath, Math.max(maxBytes, known.size));
    if (read === null) return 'changed';
    return sha256(read.bytes) === known.sha256 ? 'unchanged' : 'changed';
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'missing';
    return cannotRead(path.basename(filePath), error);
  }
}
