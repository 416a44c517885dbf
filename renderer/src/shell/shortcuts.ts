/** Ctrl/Cmd + = / + / − / 0 scale the whole UI, like a browser's zoom but without blurring WebGL. */
export interface KeyLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

export function zoomCommandForKey(e: KeyLike): 1 | -1 | 0 | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  switch (e.key) {
    case '+':
    case '=':
      return 1;
    case '-':
    case '_':
      return -1;
    case '0':
      return 0;
    default:
      return null;
  }
}
