/** Strings of the computational-graph scene, in both languages (merged into i18n/messages.ts). */
export const graphMessagesEn = {
  'graph.title': 'Computational graph',
} as const;

export const graphMessagesZh: Record<keyof typeof graphMessagesEn, string> = {
  'graph.title': '计算图',
};
