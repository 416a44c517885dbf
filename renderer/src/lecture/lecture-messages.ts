/** Strings of lecture mode, in both languages. */
export const lectureMessagesEn = {
  'lecture.start': 'Present',
  'lecture.startTitle': 'Lecture mode (F5): the scene fills the screen; PageDown/PageUp step, B blanks, Esc leaves',
  'lecture.exit': 'Leave lecture mode (Esc)',
  'lecture.next': 'Next step (PageDown)',
  'lecture.prev': 'Previous step (PageUp)',
  'lecture.counter': 'Step {k} of {n}',
  'lecture.noSteps': 'This chapter has no lecture steps yet: the scene is yours to drive. PageDown moves on to the next chapter that has them.',
  'lecture.keepTheme': 'Keep my theme',
  'lecture.blanked': 'Screen blanked — press B, W or PageDown to return',
  'lecture.region': 'Lecture controls',
} as const;

export const lectureMessagesZh: Record<keyof typeof lectureMessagesEn, string> = {
  'lecture.start': '讲课模式',
  'lecture.startTitle': '讲课模式（F5）：场景铺满屏幕；PageDown/PageUp 翻步，B 黑屏，Esc 退出',
  'lecture.exit': '退出讲课模式（Esc）',
  'lecture.next': '下一步（PageDown）',
  'lecture.prev': '上一步（PageUp）',
  'lecture.counter': '第 {k} 步，共 {n} 步',
  'lecture.noSteps': '本章还没有讲解步骤：场景可以自由操作。按 PageDown 进入下一个有讲解步骤的章节。',
  'lecture.keepTheme': '保留我的主题',
  'lecture.blanked': '屏幕已遮蔽——按 B、W 或 PageDown 返回',
  'lecture.region': '讲课控制',
};
