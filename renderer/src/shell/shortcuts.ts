/**
 * Every keyboard shortcut of the app as data: the key handlers match keys through this table
 * (`matchShortcut`, `zoomCommandForKey`) and the shortcut sheet (ShortcutSheet.svelte) lists it,
 * so the two cannot drift apart. Keys handled by code outside the shell (the lecture's
 * lecture-keys.ts, the graph canvas, tab lists) are listed here too, and shortcuts.test.ts checks
 * each of those handlers against its rows.
 */
import { text, type LocalizedText } from '$shared/text';

export interface KeyLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey?: boolean;
}

/** Where a shortcut applies, in the order the sheet shows them. */
export type ShortcutScope = 'global' | 'lecture' | 'view3d' | 'walkers' | 'graph' | 'tabs';

export const SHORTCUT_SCOPES: readonly ShortcutScope[] = ['global', 'lecture', 'view3d', 'walkers', 'graph', 'tabs'];

export const SCOPE_TITLES: Record<ShortcutScope, LocalizedText> = {
  global: text('Everywhere', '全局'),
  lecture: text('Lecture mode (clicker keys)', '讲课模式（翻页笔按键）'),
  view3d: text('3D view (click or Tab into it first)', '三维视图（先单击或用 Tab 键选中）'),
  walkers: text('Descent walkers (3D view or walker panel focused)', '下降点（焦点在三维视图或下降面板时）'),
  graph: text('Computational graph', '计算图'),
  tabs: text('Tab lists', '标签页列表'),
};

/**
 * One key of a shortcut: a KeyboardEvent.key value, with "Mod+" (Ctrl, or ⌘ on a Mac) or
 * "Shift+" when the modifier is required. Without "Shift+" the Shift state does not matter
 * ("?" and "+" need Shift on many layouts; Shift+arrow orbits finer).
 */
export type KeySpec = string;

export interface Shortcut {
  readonly id: string;
  readonly scope: ShortcutScope;
  readonly keys: readonly KeySpec[];
  readonly label: LocalizedText;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'sheet', scope: 'global', keys: ['?'], label: text('Show this list of shortcuts', '显示本快捷键列表') },
  { id: 'escape', scope: 'global', keys: ['Escape'], label: text('Close a dialog, menu or pop-up (focus returns to its button)', '关闭对话框、菜单或弹出框（焦点回到打开它的按钮）') },
  { id: 'zoom-in', scope: 'global', keys: ['Mod+=', 'Mod++'], label: text('Enlarge the whole interface', '放大整个界面') },
  { id: 'zoom-out', scope: 'global', keys: ['Mod+-', 'Mod+_'], label: text('Shrink the whole interface', '缩小整个界面') },
  { id: 'zoom-reset', scope: 'global', keys: ['Mod+0'], label: text('Interface at 100 %', '界面恢复 100%') },
  { id: 'lecture-start', scope: 'global', keys: ['F5'], label: text('Start lecture mode', '进入讲课模式') },
  { id: 'toggle-sidebar', scope: 'global', keys: ['Mod+\\'], label: text('Fold or unfold the chapter list', '收起或展开章节列表') },
  { id: 'toggle-panels', scope: 'global', keys: ['Mod+Shift+\\'], label: text('Fold or unfold the side panels', '收起或展开侧边面板') },

  { id: 'next', scope: 'lecture', keys: ['PageDown', 'ArrowRight', 'ArrowDown', ' ', 'n'], label: text('Next step', '下一步') },
  { id: 'prev', scope: 'lecture', keys: ['PageUp', 'ArrowLeft', 'ArrowUp', 'Backspace', 'p', 'Shift+ '], label: text('Previous step', '上一步') },
  { id: 'first', scope: 'lecture', keys: ['Home'], label: text('First step', '第一步') },
  { id: 'last', scope: 'lecture', keys: ['End'], label: text('Last step', '最后一步') },
  { id: 'jump', scope: 'lecture', keys: ['0–9', 'Enter'], label: text('Type a step number, then Enter: jump to it', '输入步骤编号后按 Enter：跳到该步') },
  { id: 'black', scope: 'lecture', keys: ['b', '.'], label: text('Black screen (again to return)', '黑屏（再按一次返回）') },
  { id: 'white', scope: 'lecture', keys: ['w', ','], label: text('White screen (again to return)', '白屏（再按一次返回）') },
  { id: 'exit', scope: 'lecture', keys: ['Escape'], label: text('Leave lecture mode', '退出讲课模式') },

  { id: 'orbit', scope: 'view3d', keys: ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'], label: text('Turn the view (hold Shift for small steps)', '旋转视角（按住 Shift 微调）') },
  { id: 'dolly-in', scope: 'view3d', keys: ['+', '='], label: text('Zoom in', '拉近') },
  { id: 'dolly-out', scope: 'view3d', keys: ['-', '_'], label: text('Zoom out', '拉远') },
  { id: 'home', scope: 'view3d', keys: ['Home'], label: text('Reset the view (frame the whole surface)', '重置视角（完整显示曲面）') },

  { id: 'play', scope: 'walkers', keys: ['p', ' '], label: text('Play / pause (Space only in the 3D view)', '播放 / 暂停（空格键仅在三维视图中）') },
  { id: 'step', scope: 'walkers', keys: ['s'], label: text('One step', '走一步') },
  { id: 'reset', scope: 'walkers', keys: ['r'], label: text('Back to the starting points', '回到起点') },
  { id: 'add', scope: 'walkers', keys: ['a'], label: text('Add a walker at the current point (a, b)', '在当前点 (a, b) 放置一个下降点') },

  // N, F, undo and redo: graph-keys.ts (only while the graph is shown and no text field has focus);
  // the rest are xyflow's own keys on the canvas (FlowCanvas.svelte, OpNode.svelte).
  { id: 'graph-step', scope: 'graph', keys: ['n'], label: text('Next forward/backward step', '前向/反向传播的下一步') },
  { id: 'graph-fit', scope: 'graph', keys: ['f'], label: text('Fit the graph to the canvas', '让计算图适应画布') },
  { id: 'graph-undo', scope: 'graph', keys: ['Mod+z'], label: text('Undo', '撤销') },
  { id: 'graph-redo', scope: 'graph', keys: ['Mod+Shift+z', 'Mod+y'], label: text('Redo', '重做') },
  { id: 'graph-focus', scope: 'graph', keys: ['Tab', 'Shift+Tab'], label: text('Go through the nodes, their connection points and the edges', '依次经过各节点、其连接点和各条连线') },
  {
    id: 'graph-select',
    scope: 'graph',
    keys: ['Enter', ' '],
    label: text('Select the focused node or edge; on a connection point: start a connection, then finish it on another', '选中有焦点的节点或连线；在连接点上：开始连接，再在另一个连接点上完成'),
  },
  { id: 'graph-move', scope: 'graph', keys: ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'], label: text('Move the selected nodes (hold Shift for larger steps)', '移动选中的节点（按住 Shift 步子更大）') },
  { id: 'graph-deselect', scope: 'graph', keys: ['Escape'], label: text('Clear the selection, or cancel a connection being made', '取消选择，或取消正在进行的连接') },
  { id: 'graph-delete', scope: 'graph', keys: ['Delete', 'Backspace'], label: text('Delete the selected nodes or edges (Backspace not in lecture mode)', '删除选中的节点或连线（讲课模式下退格键不删除）') },

  { id: 'tab-prev', scope: 'tabs', keys: ['ArrowLeft'], label: text('Previous tab', '上一个标签页') },
  { id: 'tab-next', scope: 'tabs', keys: ['ArrowRight'], label: text('Next tab', '下一个标签页') },
  { id: 'tab-first', scope: 'tabs', keys: ['Home'], label: text('First tab', '第一个标签页') },
  { id: 'tab-last', scope: 'tabs', keys: ['End'], label: text('Last tab', '最后一个标签页') },
];

/** Whether one key spec matches an event (letters ignore case; "Mod" is Ctrl or ⌘). */
export function keyMatches(spec: KeySpec, e: KeyLike): boolean {
  const parts = spec === '+' || spec.endsWith('++') ? [...spec.slice(0, -1).split('+').filter(Boolean), '+'] : spec.split('+');
  const key = parts[parts.length - 1] ?? '';
  const mods = new Set(parts.slice(0, -1));
  const mod = e.ctrlKey || e.metaKey;
  if (mods.has('Mod') !== mod || e.altKey) return false;
  if (mods.has('Shift') && !e.shiftKey) return false;
  return key.length === 1 ? e.key.toLowerCase() === key.toLowerCase() : e.key === key;
}

/** How many modifiers a key spec requires ("Mod+Shift+z": 2). */
function modifierCount(spec: KeySpec): number {
  return (spec.match(/\b(?:Mod|Shift)\+/g) ?? []).length;
}

/**
 * The shortcut of `scope` an event triggers, or null. The spec requiring the most modifiers wins,
 * so Ctrl+Shift+Z is redo even though undo's "Mod+z" ignores Shift.
 */
export function matchShortcut(scope: ShortcutScope, e: KeyLike): Shortcut | null {
  let best: Shortcut | null = null;
  let bestMods = -1;
  for (const s of SHORTCUTS) {
    if (s.scope !== scope) continue;
    for (const k of s.keys)
      if (keyMatches(k, e) && modifierCount(k) > bestMods) {
        best = s;
        bestMods = modifierCount(k);
      }
  }
  return best;
}

export function shortcutsOf(scope: ShortcutScope): readonly Shortcut[] {
  return SHORTCUTS.filter((s) => s.scope === scope);
}

const KEY_NAMES: Record<string, LocalizedText> = {
  ' ': text('Space', '空格'),
  ArrowLeft: text('←', '←'),
  ArrowRight: text('→', '→'),
  ArrowUp: text('↑', '↑'),
  ArrowDown: text('↓', '↓'),
  PageDown: text('PageDown', 'PageDown'),
  PageUp: text('PageUp', 'PageUp'),
  Escape: text('Esc', 'Esc'),
  Backspace: text('Backspace', '退格'),
  Delete: text('Delete', 'Delete'),
  Enter: text('Enter', 'Enter'),
  Tab: text('Tab', 'Tab'),
  '-': text('−', '−'),
};

/** How a key spec is printed on the sheet and in aria-keyshortcuts-style hints ("Ctrl+Shift+Z"). */
export function keyLabel(spec: KeySpec, locale: keyof LocalizedText, mac = false): string {
  if (spec === '+') return '+';
  const parts = spec.endsWith('++') ? [...spec.slice(0, -2).split('+'), '+'] : spec.split('+');
  return parts
    .map((p, i) => {
      if (i < parts.length - 1) return p === 'Mod' ? (mac ? '⌘' : 'Ctrl') : p;
      const named = KEY_NAMES[p];
      if (named) return named[locale];
      return p.length === 1 ? p.toUpperCase() : p;
    })
    .join('+');
}

/** The aria-keyshortcuts value of a shortcut (WAI-ARIA syntax: "Shift+P Space"). */
export function ariaKeyShortcuts(id: string): string {
  const s = SHORTCUTS.find((x) => x.id === id);
  if (!s) return '';
  const aria: Record<string, string> = { ' ': 'Space', '+': 'Plus', '-': 'Minus', '_': 'Shift+Minus', '=': 'Equal' };
  return s.keys
    .filter((k) => !k.includes('–'))
    .map((k) => k.replace(/^Mod\+/, 'Control+'))
    .map((k) => aria[k] ?? (k.length === 1 ? k.toUpperCase() : k))
    .join(' ');
}

/** Ctrl/Cmd + = / + / − / 0 scale the whole UI, like a browser's zoom but without blurring WebGL. */
export function zoomCommandForKey(e: KeyLike): 1 | -1 | 0 | null {
  const s = matchShortcut('global', e);
  switch (s?.id) {
    case 'zoom-in':
      return 1;
    case 'zoom-out':
      return -1;
    case 'zoom-reset':
      return 0;
    default:
      return null;
  }
}
