/** The words of the foldable layout: the chapter sidebar and the scenes' side panels (issue 9). */
export const layoutMessagesEn = {
  'layout.sidebar.hide': 'Hide the chapter list',
  'layout.sidebar.show': 'Show the chapter list',
  'layout.panel.hide': 'Hide the side panel',
  'layout.panel.show': 'Show the side panel',
  /** Written on the folded panel's rail, so its purpose stays visible. */
  'layout.panel.rail': 'Controls',
  /** Second line of a fold button's tooltip: whether the window or the user decides. */
  'layout.fold.auto': 'Folds by itself when the window is narrow.',
  'layout.fold.kept': 'Kept as you chose.',
  'layout.fold.keptBack': 'Kept as you chose; pressing again lets the window decide.',
} as const;

export const layoutMessagesZh: Record<keyof typeof layoutMessagesEn, string> = {
  'layout.sidebar.hide': '收起章节列表',
  'layout.sidebar.show': '展开章节列表',
  'layout.panel.hide': '收起侧边面板',
  'layout.panel.show': '展开侧边面板',
  'layout.panel.rail': '控制面板',
  'layout.fold.auto': '窗口较窄时自动收起。',
  'layout.fold.kept': '已按你的选择保留。',
  'layout.fold.keptBack': '已按你的选择保留；再按一次即交由窗口宽度决定。',
};
