/** The words of the foldable layout: the chapter sidebar and the scenes' side panels (issue 9). */
export const layoutMessagesEn = {
  'layout.sidebar.hide': 'Hide the chapter list',
  'layout.sidebar.show': 'Show the chapter list',
  'layout.panel.hide': 'Hide the side panel',
  'layout.panel.show': 'Show the side panel',
  /** Written on the folded panel's rail, so its purpose stays visible. */
  'layout.panel.rail': 'Controls',
} as const;

export const layoutMessagesZh: Record<keyof typeof layoutMessagesEn, string> = {
  'layout.sidebar.hide': '收起章节列表',
  'layout.sidebar.show': '展开章节列表',
  'layout.panel.hide': '收起侧边面板',
  'layout.panel.show': '展开侧边面板',
  'layout.panel.rail': '控制面板',
};
