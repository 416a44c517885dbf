/** Strings of the summary chapter, in both languages (lesson text written afresh from the deck). */
export const summaryMessagesEn = {
  'summary.title': 'Summary: from limits to backpropagation',
} as const;

export const summaryMessagesZh: Record<keyof typeof summaryMessagesEn, string> = {
  'summary.title': '总结：从极限到反向传播',
};
