/** Strings of the chain chapter, in both languages (lesson text written afresh from the deck). */
export const chainMessagesEn = {
  'chain.title': 'The chain rule',
} as const;

export const chainMessagesZh: Record<keyof typeof chainMessagesEn, string> = {
  'chain.title': '链式法则',
};
