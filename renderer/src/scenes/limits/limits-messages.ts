/** Strings of the limits chapter, in both languages (lesson text written afresh from the deck). */
export const limitsMessagesEn = {
  'limits.title': 'Limits: what "approaching" means',
} as const;

export const limitsMessagesZh: Record<keyof typeof limitsMessagesEn, string> = {
  'limits.title': '极限：什么叫“无限接近”',
};
