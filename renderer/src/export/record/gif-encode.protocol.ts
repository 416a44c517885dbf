/**
 * Messages between a GIF recording and the encoder worker. Each recording is a session: its
 * frames arrive in order, the worker answers each request once (by the WorkerCalls id).
 */
export type GifRequest =
  | { readonly op: 'start'; readonly session: number; readonly width: number; readonly height: number; readonly repeat: number }
  /** `rgba` null: the previous picture is held `delayCs` longer. */
  | { readonly op: 'add'; readonly session: number; readonly rgba: Uint8ClampedArray | null; readonly delayCs: number }
  | { readonly op: 'finish'; readonly session: number }
  | { readonly op: 'abort'; readonly session: number };

export type GifAnswer =
  | { readonly ok: true; readonly bytes?: Uint8Array }
  | { readonly ok: false; readonly error: string };
