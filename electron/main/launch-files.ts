/**
 * Documents the operating system asks us to open: a double-clicked `.gradlab` file (Windows and
 * Linux pass it on the command line, to the first instance or to a second launch that hands it
 * over), or macOS's `open-file` event, which can fire before the app is ready.
 *
 * A file that arrives before the page can take it must wait: an event sent to a page that has not
 * subscribed yet is lost. So the page asks once it is listening (`take`), and only after that are
 * later files pushed to it (`deliver`). A reload or crash makes the page deaf again until it asks.
 */
import path from 'node:path';

/** What a double-click can hand us; anything else on the command line is not ours to open. */
const OPENABLE = new Set(['.gradlab', '.json']);

export interface ArgvContext {
  /**
   * `process.defaultApp`: true when run as `electron <app-dir>` (development), where argv[1] is
   * the app folder rather than a user's argument.
   */
  readonly defaultApp: boolean;
  /** The launching process's working directory: relative paths are relative to it. */
  readonly cwd: string;
}

/**
 * The document named on a command line, or null. Switches (`--foo`, Chromium's own additions to a
 * second instance's argv) are skipped; the last openable path wins, as a shell's "open with" passes
 * the file last.
 */
export function documentPathFromArgv(argv: readonly string[], context: ArgvContext): string | null {
  const userArgs = argv.slice(context.defaultApp ? 2 : 1);
  for (let i = userArgs.length - 1; i >= 0; i--) {
    const arg = userArgs[i] ?? '';
    if (arg === '' || arg.startsWith('-')) continue;
    if (!OPENABLE.has(path.extname(arg).toLowerCase())) continue;
    return path.resolve(context.cwd, arg);
  }
  return null;
}

export interface LaunchQueue {
  /** A file the system asked us to open: held until the page listens, then delivered at once. */
  offer(filePath: string): void;
  /** The page is listening: returns the file waiting for it (if any); later offers are delivered. */
  take(): string | null;
  /** The page is reloading or gone: hold files again until it asks. */
  pageGone(): void;
}

export function createLaunchQueue(deliver: (filePath: string) => void): LaunchQueue {
  let pending: string | null = null;
  let listening = false;
  return {
    offer(filePath) {
      if (listening) deliver(filePath);
      // Only the newest waits: opening several files at once replaces one document with the next.
      else pending = filePath;
    },
    take() {
      listening = true;
      const p = pending;
      pending = null;
      return p;
    },
    pageGone() {
      listening = false;
    },
  };
}
