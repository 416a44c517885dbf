/**
 * File ▸ Open Recent: the last documents opened or saved, newest first, at most
 * `MAX_RECENT_FILES`, persisted in userData (`recent-documents.json`, written atomically). The
 * list is also the only set of paths the renderer may ask main to read by name.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { MAX_RECENT_FILES } from '../ipc/contract';
import { writeFileAtomic } from './atomic-write';

export const RECENT_FILE_NAME = 'recent-documents.json';

const recentFileSchema = z.object({ version: z.literal(1), paths: z.array(z.string().min(1).max(4096)) });

export interface RecentFile {
  readonly name: string;
  readonly path: string;
}

/** What the OS offers besides our own list (macOS dock / Windows jump list); optional. */
export interface OsRecentDocuments {
  add(filePath: string): void;
  clear(): void;
}

export interface RecentFiles {
  list(): readonly RecentFile[];
  has(filePath: string): boolean;
  add(filePath: string): Promise<void>;
  remove(filePath: string): Promise<void>;
  clear(): Promise<void>;
  /** Called after every change (the menu is rebuilt from it). */
  onChange(listener: () => void): () => void;
}

/** Paths compare as the OS does: case-insensitively on Windows and macOS' default filesystem. */
export function samePath(a: string, b: string, platform: NodeJS.Platform = process.platform): boolean {
  const na = path.resolve(a);
  const nb = path.resolve(b);
  return platform === 'win32' || platform === 'darwin' ? na.toLowerCase() === nb.toLowerCase() : na === nb;
}

/** The list after opening `filePath`: it moves to the front, duplicates go, the oldest fall off. */
export function withRecent(paths: readonly string[], filePath: string, platform: NodeJS.Platform = process.platform): string[] {
  return [path.resolve(filePath), ...paths.filter((p) => !samePath(p, filePath, platform))].slice(0, MAX_RECENT_FILES);
}

/**
 * Loads the list from `dir` (a missing or corrupt file is an empty list: it is only a convenience)
 * and returns the live store.
 */
export async function openRecentFiles(
  dir: string,
  os: OsRecentDocuments | null = null,
  log: (message: string) => void = console.warn,
): Promise<RecentFiles> {
  const filePath = path.join(dir, RECENT_FILE_NAME);
  let paths: string[] = [];
  try {
    const parsed = recentFileSchema.safeParse(JSON.parse(await readFile(filePath, 'utf8')));
    if (parsed.success) paths = parsed.data.paths.filter((p) => path.isAbsolute(p)).slice(0, MAX_RECENT_FILES);
  } catch {
    // No list yet, or an unreadable one: start empty.
  }
  const listeners = new Set<() => void>();
  // Saves run one after another so an older list never overwrites a newer one.
  let saving: Promise<void> = Promise.resolve();

  const commit = async (next: string[]): Promise<void> => {
    paths = next;
    for (const listener of listeners) listener();
    const snapshot = JSON.stringify({ version: 1, paths }, null, 2);
    saving = saving.then(() =>
      writeFileAtomic(filePath, snapshot).catch((error: unknown) => {
        // Losing the recent list is not worth interrupting the user for; the session keeps it.
        log(`[recent] could not save ${filePath}: ${error instanceof Error ? error.message : String(error)}`);
      }),
    );
    await saving;
  };

  return {
    list: () => paths.map((p) => ({ name: path.basename(p), path: p })),
    has: (candidate) => paths.some((p) => samePath(p, candidate)),
    async add(added) {
      os?.add(added);
      await commit(withRecent(paths, added));
    },
    async remove(removed) {
      await commit(paths.filter((p) => !samePath(p, removed)));
    },
    async clear() {
      os?.clear();
      await commit([]);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
