/** The 3D view's own small texts (both languages), kept beside it rather than in the i18n tables. */
import { text } from '$shared/text';

export const SOFTWARE_NOTE = text('Software rendering: reduced detail while moving', '软件渲染：移动时降低细节');
export const ADAPT_OFF = text('Always full detail', '始终完整细节');
export const ADAPT_ON = text('Software rendering: full detail — reduce while moving', '软件渲染：完整细节——改为移动时降低');
export const RESET_VIEW_TIP = text('Frame the whole surface again (Home when the view has focus)', '重新完整显示曲面（视图获得焦点时按 Home 键）');
export const VIEW_KEYS_HINT = text(
  'Arrow keys turn the view (Shift: small steps), + and − zoom, Home resets it. Walkers: P or Space play or pause, S one step, R back to the start, A adds a walker at the point. ? lists every shortcut.',
  '方向键旋转视角（按住 Shift 微调），+ 和 − 缩放，Home 重置视角。下降点：P 或空格键播放/暂停，S 走一步，R 回到起点，A 在当前点放置一个下降点。按 ? 查看全部快捷键。',
);
export const SHORTCUTS_TIP = text('Keyboard shortcuts (?)', '键盘快捷键（?）');
