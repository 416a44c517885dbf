/**
 * Every string the shell shows, in both languages. The English table defines the keys; the
 * Chinese table must have exactly the same keys (checked by the type and by a unit test).
 */
import type { Locale } from '$shared/text';
import { graphMessagesEn, graphMessagesZh } from '../scenes/graph/graph-messages';
import { explorerMessagesEn, explorerMessagesZh } from '../scenes/surface/explorer/explorer-messages';
import { limitsMessagesEn, limitsMessagesZh } from '../scenes/limits/limits-messages';
import { derivativesMessagesEn, derivativesMessagesZh } from '../scenes/derivatives/derivatives-messages';
import { chainMessagesEn, chainMessagesZh } from '../scenes/chain/chain-messages';
import { summaryMessagesEn, summaryMessagesZh } from '../scenes/summary/summary-messages';
import { lectureMessagesEn, lectureMessagesZh } from '../lecture/lecture-messages';
import { documentMessagesEn, documentMessagesZh } from '../document/document-messages';
import { layoutMessagesEn, layoutMessagesZh } from '../shell/layout-messages';
import { recordMessagesEn, recordMessagesZh } from '../export/record/record-messages';
import { exportMessagesEn, exportMessagesZh } from '../export/export-messages';

const shellEn = {
  'app.name': 'Gradient Lab',
  'app.tagline': 'The calculus behind machine learning, in 3D',
  'nav.chapters': 'Chapters',
  'chapter.limits': 'Limits',
  'chapter.derivatives': 'Derivatives & partials',
  'chapter.chainRule': 'The chain rule',
  'chapter.graphs': 'Computational graphs',
  'chapter.descent': 'Extension: gradients & descent',
  'chapter.summary': 'Summary',
  'nav.extension': 'Extension of chapter {n}',
  'erratum.badge': 'Deck erratum',
  'erratum.deck': 'The deck writes',
  'erratum.correct': 'correct:',
  'scene.surface.title': 'Loss surface z = {fn}({args})',
  'scene.surface.hint': 'Drag to orbit · right-drag or Shift-drag to pan · scroll to zoom',
  'settings.language': 'Language',
  'settings.theme': 'Theme',
  'settings.theme.light': 'Light',
  'settings.theme.dark': 'Dark',
  'settings.theme.projector': 'Projector',
  'settings.zoom': 'UI scale',
  'settings.zoomIn': 'Larger (Ctrl/Cmd +)',
  'settings.zoomOut': 'Smaller (Ctrl/Cmd −)',
  'settings.zoomReset': 'Reset scale (Ctrl/Cmd 0)',
  'formula.label': 'f(x, y) =',
  'formula.placeholder': 'e.g. x^2 + 2y^2',
  'formula.preview': 'Preview',
  'formula.keptLast': 'The surface still shows the last valid formula.',
  'formula.presets': 'Examples',
  'formula.apply': 'Apply',
  'preset.bowl': 'Bowl',
  'preset.illBowl': 'Ill-conditioned bowl',
  'preset.saddle': 'Saddle',
  'preset.ripple': 'Ripple',
  'preset.rosenbrock': 'Rosenbrock',
  'preset.himmelblau': 'Himmelblau',
  'preset.beale': 'Beale',
  'preset.rastrigin': 'Rastrigin',
  'preset.deckLoss': 'Deck loss L(w₁, w₂)',
  'scene.params': 'Data point',
  'scene.tab.partials': 'Partials',
  'scene.tab.gradient': 'Gradient',
  'scene.tab.descent': 'Descent',
  'scene.tab.domain': 'Domain',
  'scene.tabs': 'Explorer panels',
  'scene.click.label': 'Click on the surface to',
  'scene.click.point': 'move the point',
  'scene.click.walker': 'start a walker',
  'scene.arrowScale': 'Arrow = ∇{fn} × {k}',
  'scene.arrowCapped': '(shortened to fit)',
  'network.title': 'Network loss over {a} and {b}',
  'network.hint': 'The other parameters stay at their trained values. The trail is the training run; move the step to see it on the graph canvas too.',
  'network.step': 'Training step',
  'network.play': '▶ Replay',
  'network.pause': '⏸ Pause',
  'network.untrained': 'Train the network on the graph canvas to see its path on this surface.',
  'network.back': '← Back to the formula surface',
  'network.first': 'First step',
  'network.last': 'Last step',
  'network.banner': 'Loss surface of the network on the graph canvas',
  'domain.label': 'Domain',
  'domain.x': 'x from … to',
  'domain.y': 'y from … to',
  'domain.resolution': 'Resolution',
  'surface.range': 'z from {min} to {max}',
  'surface.gaps': '{count} sample points are undefined and left as gaps.',
  'surface.resetView': 'Reset view',
  'webgl.title': '3D graphics are not available',
  'webgl.body':
    'This computer or browser could not create a WebGL context, so the 3D scene cannot be drawn. Update the graphics driver, enable hardware acceleration, or try another browser. Everything else in the app still works.',
  'axis.x': 'x',
  'axis.y': 'y',
  'axis.z': 'z',
} as const;

type ShellKey = keyof typeof shellEn;

const shellZh: Record<ShellKey, string> = {
  'app.name': 'Gradient Lab 梯度实验室',
  // U+200B (zero-width space): the one place the tagline may wrap (the sidebar keeps Chinese words whole).
  'app.tagline': '用三维图像\u200b理解机器学习背后的微积分',
  'nav.chapters': '章节',
  'chapter.limits': '极限',
  'chapter.derivatives': '导数与偏导数',
  'chapter.chainRule': '链式法则',
  'chapter.graphs': '计算图',
  'chapter.descent': '扩展：梯度与梯度下降',
  'chapter.summary': '总结',
  'nav.extension': '第 {n} 章的扩展',
  'erratum.badge': '课件勘误',
  'erratum.deck': '课件写作',
  'erratum.correct': '正确的是',
  'scene.surface.title': '损失曲面 z = {fn}({args})',
  'scene.surface.hint': '拖动旋转 · 右键或按住 Shift 拖动平移 · 滚轮缩放',
  'settings.language': '语言',
  'settings.theme': '主题',
  'settings.theme.light': '浅色',
  'settings.theme.dark': '深色',
  'settings.theme.projector': '投影模式',
  'settings.zoom': '界面缩放',
  'settings.zoomIn': '放大（Ctrl/Cmd +）',
  'settings.zoomOut': '缩小（Ctrl/Cmd −）',
  'settings.zoomReset': '恢复默认大小（Ctrl/Cmd 0）',
  'formula.label': 'f(x, y) =',
  'formula.placeholder': '例如 x^2 + 2y^2',
  'formula.preview': '预览',
  'formula.keptLast': '曲面仍显示上一个有效的公式。',
  'formula.presets': '示例',
  'formula.apply': '应用',
  'preset.bowl': '碗形',
  'preset.illBowl': '病态碗形',
  'preset.saddle': '马鞍面',
  'preset.ripple': '波纹',
  'preset.rosenbrock': 'Rosenbrock 函数',
  'preset.himmelblau': 'Himmelblau 函数',
  'preset.beale': 'Beale 函数',
  'preset.rastrigin': 'Rastrigin 函数',
  'preset.deckLoss': '课件中的损失 L(w₁, w₂)',
  'scene.params': '数据点',
  'scene.tab.partials': '偏导数',
  'scene.tab.gradient': '梯度',
  'scene.tab.descent': '梯度下降',
  'scene.tab.domain': '定义域',
  'scene.tabs': '探索面板',
  'scene.click.label': '点击曲面以',
  'scene.click.point': '移动点',
  'scene.click.walker': '放置一个下降起点',
  'scene.arrowScale': '箭头 = ∇{fn} × {k}',
  'scene.arrowCapped': '（已缩短以适应画面）',
  'network.title': '网络损失随 {a} 和 {b} 的变化',
  'network.hint': '其余参数固定为训练后的值。轨迹是训练过程；拖动步数，计算图画布也会显示同一步的数值。',
  'network.step': '训练步数',
  'network.play': '▶ 回放',
  'network.pause': '⏸ 暂停',
  'network.untrained': '在计算图画布上训练网络后，这里会显示它在曲面上的路径。',
  'network.back': '← 返回公式曲面',
  'network.first': '第一步',
  'network.last': '最后一步',
  'network.banner': '计算图画布上网络的损失曲面',
  'domain.label': '定义域',
  'domain.x': 'x 的范围',
  'domain.y': 'y 的范围',
  'domain.resolution': '分辨率',
  'surface.range': 'z 的范围：{min} 到 {max}',
  'surface.gaps': '有 {count} 个采样点无定义，已留空。',
  'surface.resetView': '重置视角',
  'webgl.title': '无法使用三维图形',
  'webgl.body':
    '这台电脑或浏览器无法创建 WebGL 上下文，因此无法绘制三维场景。请更新显卡驱动、开启硬件加速，或换一个浏览器。应用的其他功能仍可正常使用。',
  'axis.x': 'x',
  'axis.y': 'y',
  'axis.z': 'z',
};

/** Each feature keeps its strings beside its code; the app's tables are their union. */
export const en = {
  ...shellEn,
  ...graphMessagesEn,
  ...explorerMessagesEn,
  ...limitsMessagesEn,
  ...derivativesMessagesEn,
  ...chainMessagesEn,
  ...summaryMessagesEn,
  ...lectureMessagesEn,
  ...documentMessagesEn,
  ...layoutMessagesEn,
  ...recordMessagesEn,
  ...exportMessagesEn,
};
export type MessageKey = keyof typeof en;
export const zhCN: Record<MessageKey, string> = {
  ...shellZh,
  ...graphMessagesZh,
  ...explorerMessagesZh,
  ...limitsMessagesZh,
  ...derivativesMessagesZh,
  ...chainMessagesZh,
  ...summaryMessagesZh,
  ...lectureMessagesZh,
  ...documentMessagesZh,
  ...layoutMessagesZh,
  ...recordMessagesZh,
  ...exportMessagesZh,
};

export const MESSAGES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en, 'zh-CN': zhCN };

/** Fills `{name}` placeholders. Unknown placeholders stay visible so a missing value is noticed. */
export function format(template: string, params?: Readonly<Record<string, string | number>>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** The app's language for an OS/browser language tag: any Chinese variant → zh-CN, else English. */
export function localeFromLanguageTag(tag: string | undefined | null): Locale {
  return tag && /^zh\b/i.test(tag) ? 'zh-CN' : 'en';
}
