/** Strings of the surface explorer (slices, tangent plane, gradient, walker), in both languages. */
export const explorerMessagesEn = {
  'explorer.point': 'Point (a, b)',
} as const;

export const explorerMessagesZh: Record<keyof typeof explorerMessagesEn, string> = {
  'explorer.point': '点 (a, b)',
};
