import type { Locale } from '$shared/text';

/** Fills `{name}` placeholders. Unknown placeholders stay visible so a missing value is noticed. */
export function format(template: string, params?: Readonly<Record<string, string | number>>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** The app's language for an OS/browser language tag: any Chinese variant → zh-CN, else English. */
export function localeFromLanguageTag(tag: string | undefined | null): Locale {
  return tag && /^zh\b/i.test(tag) ? 'zh-CN' : 'en';
}
