/**
 * Saving and opening graph files: through the main process in Electron (native dialogs), through
 * a download and an <input type=file> in the web build. Parsing/validation is `parseGraphFile`.
 */
import type { Result } from '$shared/result';
import { err, ok } from '$shared/result';
import type { LocalizedText } from '$shared/text';
import { text } from '$shared/text';
import { desktopApi } from '../../platform/desktop';

const FILTERS = [{ name: 'Gradient Lab graph', extensions: ['json'] }];

/** Saves `contents`; resolves to false if the user cancelled. */
export async function saveGraphText(suggestedName: string, contents: string): Promise<Result<boolean, LocalizedText>> {
  const api = desktopApi();
  if (api) {
    const r = await api.saveFile({ suggestedName, text: contents });
    if (!r.ok) return err(r.error.message);
    return ok(!r.value.canceled);
  }
  const url = URL.createObjectURL(new Blob([contents], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = suggestedName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return ok(true);
}

/**
 * Electron only: the native open dialog. Resolves to the file's text, null if cancelled, or
 * undefined when there is no desktop bridge (the web build uses a file input instead).
 */
export async function openGraphTextDesktop(): Promise<Result<string | null, LocalizedText> | undefined> {
  const api = desktopApi();
  if (!api) return undefined;
  const r = await api.openFile({ title: 'Gradient Lab', filters: FILTERS });
  if (!r.ok) return err(r.error.message);
  return ok(r.value.canceled ? null : r.value.text);
}

/** Reads a file chosen in the browser. */
export async function readFileText(file: File): Promise<Result<string, LocalizedText>> {
  if (file.size > 5 * 1024 * 1024) return err(text('This file cannot be opened: it is larger than 5 MB.', '无法打开此文件：文件超过 5 MB。'));
  try {
    return ok(await file.text());
  } catch {
    return err(text('This file could not be read.', '无法读取此文件。'));
  }
}
