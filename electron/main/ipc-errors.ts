/**
 * The error values IPC handlers return, with messages a student or instructor can act on.
 */
import type { IpcError } from '../ipc/contract';

/** Builds an error value; `en` and `zh` are the two renderings of the same message. */
export function ipcError(code: IpcError['code'], en: string, zh: string): IpcError {
  return { code, message: { en, 'zh-CN': zh } };
}

export const FORBIDDEN_SENDER: IpcError = ipcError(
  'forbidden',
  'This request did not come from the Gradient Lab window and was refused.',
  '该请求并非来自 Gradient Lab 窗口，已被拒绝。',
);

export const INVALID_REQUEST: IpcError = ipcError(
  'invalid-request',
  'The request was malformed and was not carried out.',
  '请求格式不正确，未执行。',
);

export const INTERNAL_ERROR: IpcError = ipcError(
  'internal',
  'Something went wrong inside Gradient Lab. Please try again.',
  'Gradient Lab 内部出错，请重试。',
);
