/**
 * The main-process side of the IPC contract: one `ipcMain.handle` per contract channel, each
 * checking the sender, validating the payload with the channel's zod schema and turning every
 * failure into an `{ ok: false, error }` value. Also the typed sender for main → renderer events.
 */
import type { IpcMain, WebContents } from 'electron';
import { eventContract, invokeContract, INVOKE_CHANNELS } from '../ipc/contract';
import type { EventChannel, InvokeChannel, IpcResult, ParsedRequestOf, PayloadOf, ResponseOf } from '../ipc/contract';
import { isAppUrl } from './app-url';
import { FORBIDDEN_SENDER, INTERNAL_ERROR, INVALID_REQUEST } from './ipc-errors';

/** The parts of an `IpcMainInvokeEvent` the router reads. */
export interface InvokeEventLike {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/** A handler per channel, receiving the already-validated request. */
export type InvokeHandlers = {
  readonly [C in InvokeChannel]: (request: ParsedRequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>;
};

/**
 * True only for the main frame of our window, showing a page on app://gradient-lab. Subframes,
 * other webContents and pages that navigated elsewhere are refused.
 *
 * @param trustedWebContentsId id of the main window's webContents, or undefined if none exists
 */
export function isTrustedSender(event: InvokeEventLike, trustedWebContentsId: number | undefined): boolean {
  if (trustedWebContentsId === undefined || event.sender.id !== trustedWebContentsId) return false;
  const frame = event.senderFrame;
  // A null frame means it navigated or was destroyed while the message was in flight.
  if (frame === null || frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

/** The listener for one channel; exported so tests can drive it without ipcMain. */
export function createInvokeListener<C extends InvokeChannel>(
  channel: C,
  handler: InvokeHandlers[C],
  isTrusted: (event: InvokeEventLike) => boolean,
  log: (message: string, detail: unknown) => void = console.error,
): (event: InvokeEventLike, ...args: unknown[]) => Promise<IpcResult<ResponseOf<C>>> {
  const spec = invokeContract[channel];
  return async (event, ...args) => {
    if (!isTrusted(event)) return { ok: false, error: FORBIDDEN_SENDER };
    if (args.length > 1) return { ok: false, error: INVALID_REQUEST };
    const parsed = spec.request.safeParse(args[0]);
    if (!parsed.success) return { ok: false, error: INVALID_REQUEST };
    let result: IpcResult<ResponseOf<C>>;
    try {
      // The contract ties each channel's schema to its handler; TS cannot correlate the two.
      result = await (handler as (request: unknown) => Promise<IpcResult<ResponseOf<C>>>)(parsed.data);
    } catch (error) {
      log(`[ipc] handler for ${channel} threw`, error);
      return { ok: false, error: INTERNAL_ERROR };
    }
    if (!result.ok) return result;
    // Our own output is checked too: a bug must not ship malformed data to the page.
    const checked = spec.response.safeParse(result.value);
    if (!checked.success) {
      log(`[ipc] handler for ${channel} returned a value outside the contract`, checked.error);
      return { ok: false, error: INTERNAL_ERROR };
    }
    return { ok: true, value: checked.data as ResponseOf<C> };
  };
}

/**
 * Registers a handler for every channel of the contract (and only those).
 * @returns a function that removes them all again
 */
export function registerIpcRouter(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handlers: InvokeHandlers,
  isTrusted: (event: InvokeEventLike) => boolean,
): () => void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, createInvokeListener(channel, handlers[channel] as InvokeHandlers[typeof channel], isTrusted));
  }
  return () => {
    for (const channel of INVOKE_CHANNELS) ipcMain.removeHandler(channel);
  };
}

/**
 * Sends a contract event to the renderer after validating it.
 * @returns false if the payload is invalid or the webContents is gone
 */
export function sendToRenderer<E extends EventChannel>(
  contents: Pick<WebContents, 'send' | 'isDestroyed'>,
  channel: E,
  payload: PayloadOf<E>,
): boolean {
  if (contents.isDestroyed()) return false;
  const parsed = eventContract[channel].payload.safeParse(payload);
  if (!parsed.success) return false;
  contents.send(channel, parsed.data);
  return true;
}
