/**
 * Font stacks for exported figures. An exported SVG is opened outside the app (a browser, Inkscape,
 * PowerPoint, Keynote) where the app's CSS is gone, so every `font-family` names local CJK fonts
 * explicitly before its generic family: Chinese labels then render with whatever the reader's
 * system has (Noto/Source Han on Linux, PingFang on macOS, YaHei on Windows). Never a remote font.
 */

const GENERIC = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui', 'ui-serif', 'ui-sans-serif', 'ui-monospace', 'ui-rounded', 'math', 'emoji', 'fangsong']);

/** Local sans-serif fonts with Simplified Chinese glyphs, most common first per platform. */
export const CJK_SANS = ['Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei'] as const;
/** Local serif fonts with Simplified Chinese glyphs (for italic-serif axis names). */
export const CJK_SERIF = ['Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', 'SimSun'] as const;

/** The stack for labels drawn by the exporters themselves (canvas text, the graph SVG). */
export const EXPORT_SANS_STACK = `system-ui, -apple-system, 'Segoe UI', Roboto, ${CJK_SANS.map(quote).join(', ')}, sans-serif`;

function quote(name: string): string {
  return /^[a-z-]+$/i.test(name) ? name : `'${name}'`;
}

/** Splits a CSS font-family list at top-level commas, dropping quotes. */
export function parseFamilies(list: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q: string | null = null;
  for (const ch of list) {
    if (q) {
      if (ch === q) q = null;
      else cur += ch;
    } else if (ch === '"' || ch === "'") q = ch;
    else if (ch === ',') {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/**
 * The family list with the CJK fonts inserted before the first generic family (serif lists get
 * the serif CJK fonts), or appended with `sans-serif` when the list has no generic family.
 * Families already present are not repeated.
 */
export function withCjkFallback(list: string): string {
  const fams = parseFamilies(list);
  const lower = new Set(fams.map((f) => f.toLowerCase()));
  const gi = fams.findIndex((f) => GENERIC.has(f.toLowerCase()));
  const generic = gi >= 0 ? fams[gi]!.toLowerCase() : 'sans-serif';
  const cjk = (generic === 'serif' || generic === 'ui-serif' ? CJK_SERIF : CJK_SANS).filter((f) => !lower.has(f.toLowerCase()));
  const head = gi >= 0 ? fams.slice(0, gi) : fams;
  const tail = gi >= 0 ? fams.slice(gi) : ['sans-serif'];
  return [...head, ...cjk, ...tail].map(quote).join(', ');
}
