/** A user-visible message in both of the app's languages. shared/ never picks one: the UI does. */
export interface LocalizedText {
  readonly en: string;
  readonly 'zh-CN': string;
}

export type Locale = keyof LocalizedText;

export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

export const text = (en: string, zh: string): LocalizedText => ({ en, 'zh-CN': zh });
