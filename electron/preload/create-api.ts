/**
 * Builds the `window.gradientLab` object from the IPC contract. Pure: takes the two ipcRenderer
 * capabilities it needs, so it can be tested without Electron and never hands ipcRenderer itself
 * (or an IPC event, whose `sender` would leak it) to the page.
 */
import { eventContract, invokeContract, EVENT_CHANNELS, INVOKE_CHANNELS } from '../ipc/contract';
import type { EventChannel, GradientLabApi } from '../ipc/contract';

/** The slice of `ipcRenderer` the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/** One subscriber per event: validates the payload so a malformed message never reaches the page. */
function subscriber(ipc: IpcRendererLike, channel: EventChannel) {
  const schema = eventContract[channel].payload;
  return (listener: (payload: unknown) => void): (() => void) => {
    const onMessage = (_event: unknown, payload: unknown): void => {
      const parsed = schema.safeParse(payload);
      if (parsed.success) listener(parsed.data);
    };
    ipc.on(channel, onMessage);
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      ipc.removeListener(channel, onMessage);
    };
  };
}

/**
 * The API generated from the contract: every invoke channel becomes `api[method](request)`,
 * every event `api[method](listener) → unsubscribe`. The object is frozen.
 */
export function createGradientLabApi(ipc: IpcRendererLike): GradientLabApi {
  const api: Record<string, unknown> = {};
  for (const channel of INVOKE_CHANNELS) {
    // A single argument at most: extra arguments from the page are dropped, not forwarded.
    api[invokeContract[channel].method] = (request?: unknown) => ipc.invoke(channel, request);
  }
  for (const channel of EVENT_CHANNELS) {
    api[eventContract[channel].method] = subscriber(ipc, channel);
  }
  // The loops above fill exactly the keys GradientLabApi is mapped from; TS cannot follow that.
  return Object.freeze(api) as GradientLabApi;
}
