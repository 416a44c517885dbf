/**
 * Saving exports (PNG, SVG, WebM, GIF) where the user chooses in the native Save dialog. The
 * bytes arrive already size-checked by the contract; they are written atomically (no `.bak`: an
 * export is regenerated, not edited).
 */
import path from 'node:path';
import type { ExportExtension, IpcResult, ParsedRequestOf, ResponseOf } from '../ipc/contract';
import { MAX_EXPORT_BYTES } from '../ipc/contract';
import { writeFileAtomic } from './atomic-write';
import type { DocumentDialogs } from './documents';
import { cannotWrite, tooLargeToSave } from './file-errors';
import type { MenuLocale } from './menu';

const FILTER_NAMES: Readonly<Record<MenuLocale, Readonly<Record<ExportExtension, string>>>> = {
  en: { png: 'PNG image', svg: 'SVG vector image', webm: 'WebM video', gif: 'GIF animation' },
  'zh-CN': { png: 'PNG 图片', svg: 'SVG 矢量图', webm: 'WebM 视频', gif: 'GIF 动画' },
};

const TITLES: Readonly<Record<MenuLocale, string>> = { en: 'Export', 'zh-CN': '导出' };

/** A bare, harmless name ending in `.extension`. */
export function exportFileName(suggested: string, extension: ExportExtension): string {
  const base = suggested.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we strip
  const cleaned = base.replace(/[<>:"|?*\u0000-\u001f]/g, '').replace(/^[.\s]+|[.\s]+$/g, '').slice(0, 200);
  const name = cleaned === '' ? 'gradient-lab' : cleaned;
  return name.toLowerCase().endsWith(`.${extension}`) ? name : `${name}.${extension}`;
}

export interface ExportDeps {
  readonly dialogs: Pick<DocumentDialogs, 'showSaveDialog'>;
  readonly locale: () => MenuLocale;
  readonly write?: (filePath: string, bytes: Uint8Array) => Promise<void>;
  readonly maxBytes?: number;
}

export async function saveExport(deps: ExportDeps, request: ParsedRequestOf<'export:save'>): Promise<IpcResult<ResponseOf<'export:save'>>> {
  const maxBytes = deps.maxBytes ?? MAX_EXPORT_BYTES;
  const name = exportFileName(request.suggestedName, request.extension);
  if (request.bytes.byteLength > maxBytes) return { ok: false, error: tooLargeToSave(name, maxBytes) };
  const locale = deps.locale();
  const choice = await deps.dialogs.showSaveDialog({
    title: TITLES[locale],
    defaultPath: name,
    filters: [{ name: FILTER_NAMES[locale][request.extension], extensions: [request.extension] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  const chosen = choice.filePath;
  if (choice.canceled || chosen === undefined || chosen === '') return { ok: true, value: { canceled: true } };
  // Linux dialogs do not add the extension; a picture without one opens nowhere.
  const filePath = path.extname(chosen) === '' ? `${chosen}.${request.extension}` : chosen;
  const write = deps.write ?? ((p: string, b: Uint8Array) => writeFileAtomic(p, b));
  try {
    await write(filePath, request.bytes);
  } catch (error) {
    return { ok: false, error: cannotWrite(path.basename(filePath), error) };
  }
  return { ok: true, value: { canceled: false, path: filePath } };
}
