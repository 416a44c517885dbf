import { describe, expect, it } from 'vitest';
import { en, format, localeFromLanguageTag, zhCN } from './messages';

describe('messages', () => {
  it('has the same keys in both languages, none empty', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    for (const table of [en, zhCN]) for (const v of Object.values(table)) expect(v.trim()).not.toBe('');
  });
  it('keeps placeholders consistent between languages', () => {
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const k of Object.keys(en) as (keyof typeof en)[]) expect(holes(zhCN[k])).toEqual(holes(en[k]));
  });
  it('formats placeholders and leaves unknown ones visible', () => {
    expect(format('z from {min} to {max}', { min: 1, max: 2 })).toBe('z from 1 to 2');
    expect(format('{a} {b}', { a: 'x' })).toBe('x {b}');
  });
  it('maps OS language tags', () => {
    expect(localeFromLanguageTag('zh-CN')).toBe('zh-CN');
    expect(localeFromLanguageTag('zh-TW')).toBe('zh-CN');
    expect(localeFromLanguageTag('zh')).toBe('zh-CN');
    expect(localeFromLanguageTag('en-US')).toBe('en');
    expect(localeFromLanguageTag('de')).toBe('en');
    expect(localeFromLanguageTag(undefined)).toBe('en');
  });
});
