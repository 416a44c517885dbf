/** Strings of the derivatives chapter, in both languages (lesson text written afresh from the deck). */
export const derivativesMessagesEn = {
  'derivatives.title': 'Derivatives and partial derivatives',
} as const;

export const derivativesMessagesZh: Record<keyof typeof derivativesMessagesEn, string> = {
  'derivatives.title': '导数与偏导数',
};
