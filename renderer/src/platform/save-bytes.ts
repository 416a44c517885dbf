/**
 * Saving exported bytes (PNG, SVG, WebM, GIF): a native Save dialog in the desktop app (IPC
 * `export:save`, written atomically by the main process), a download in the browser.
 */
import { clickDownload } from './download';
import type { ExportExtension, GradientLabApi } from '../../../electron/ipc/contract';
import type { Result } from '$shared/result';
import { err, ok } from '$shared/result';
import type { LocalizedText } from '$shared/text';
import { text } from '$shared/text';
import { desktopApi } from './desktop';

/** Same cap as the contract's `MAX_EXPORT_BYTES` (a test keeps them equal): 200 MB. */
export const MAX_EXPORT_BYTES = 200 * 1024 * 1024;

const EXTENSION_FOR_MIME: Readonly<Record<string, ExportExtension>> = {
  'image/png': 'png',
  'image/svg+xml': 'svg',
  'video/webm': 'webm',
  'image/gif': 'gif',
};

const KNOWN_EXTENSIONS: readonly ExportExtension[] = ['png', 'svg', 'webm', 'gif'];

/**
 * The export format of a file: its name's extension when it is one of ours, else the MIME type's
 * (`video/webm;codecs=vp9` counts as webm).
 */
export function exportExtensionFor(suggestedName: string, mime: string): ExportExtension | null {
  const dot = suggestedName.lastIndexOf('.');
  const fromName = dot >= 0 ? suggestedName.slice(dot + 1).toLowerCase() : '';
  const known = KNOWN_EXTENSIONS.find((e) => e === fromName);
  if (known !== undefined) return known;
  return EXTENSION_FOR_MIME[mime.split(';')[0]?.trim().toLowerCase() ?? ''] ?? null;
}

/** The name with the format's extension (added if missing or different). */
function nameWithExtension(suggestedName: string, extension: ExportExtension): string {
  const bare = suggestedName.trim() === '' ? 'gradient-lab' : suggestedName.trim();
  return bare.toLowerCase().endsWith(`.${extension}`) ? bare : `${bare}.${extension}`;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(0);
}

const tooLarge = (): LocalizedText =>
  text(
    `This export is larger than ${megabytes(MAX_EXPORT_BYTES)} MB and was not saved. Choose a shorter recording or a smaller size.`,
    `导出文件超过 ${megabytes(MAX_EXPORT_BYTES)} MB，未保存。请缩短录制时长或选择较小的尺寸。`,
  );

const unknownFormat = (name: string): LocalizedText =>
  text(
    `“${name}” is not a PNG, SVG, WebM or GIF file name, so it was not saved.`,
    `“${name}”不是 PNG、SVG、WebM 或 GIF 文件名，未保存。`,
  );

const cannotDownload = (): LocalizedText =>
  text('The browser refused the download. Please try again.', '浏览器拒绝了下载，请重试。');

/** The browser path: a temporary object URL clicked as a download. */
function downloadBytes(name: string, mime: string, bytes: Uint8Array): Result<boolean, LocalizedText> {
  try {
    // slice(): a view over a plain ArrayBuffer (a Blob part may not be a SharedArrayBuffer view).
    clickDownload(document, name, new Blob([bytes.slice()], { type: mime }));
  } catch {
    return err(cannotDownload());
  }
  return ok(true);
}

/**
 * Saves `bytes` under a name the user confirms (desktop) or as a download (web).
 * @returns ok(true) when written, ok(false) when the user cancelled the dialog, err(message) otherwise
 */
export async function saveBytes(
  suggestedName: string,
  mime: string,
  bytes: Uint8Array,
  api: GradientLabApi | undefined = desktopApi(),
): Promise<Result<boolean, LocalizedText>> {
  const extension = exportExtensionFor(suggestedName, mime);
  if (extension === null) return err(unknownFormat(suggestedName));
  if (bytes.byteLength > MAX_EXPORT_BYTES) return err(tooLarge());
  const name = nameWithExtension(suggestedName, extension);
  if (api === undefined) return downloadBytes(name, mime, bytes);
  try {
    const r = await api.saveExport({ suggestedName: name, extension, bytes });
    if (!r.ok) return err(r.error.message);
    return ok(!r.value.canceled);
  } catch {
    return err(text('The file could not be handed to Gradient Lab’s file service.', '无法将文件交给 Gradient Lab 的文件服务。'));
  }
}
