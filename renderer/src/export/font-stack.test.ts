import { describe, expect, it } from 'vitest';
import { CJK_SANS, CJK_SERIF, parseFamilies, withCjkFallback } from './font-stack';

describe('parseFamilies', () => {
  it('splits at top-level commas and drops quotes', () => {
    expect(parseFamilies(`'Times New Roman', "STIX Two Text",serif`)).toEqual(['Times New Roman', 'STIX Two Text', 'serif']);
    expect(parseFamilies(`'a, b', c`)).toEqual(['a, b', 'c']);
    expect(parseFamilies('')).toEqual([]);
  });
});

describe('withCjkFallback', () => {
  it('inserts the sans CJK fonts before the generic family', () => {
    const fams = parseFamilies(withCjkFallback('Inter, system-ui, sans-serif'));
    expect(fams[0]).toBe('Inter');
    expect(fams.slice(1, 1 + CJK_SANS.length)).toEqual([...CJK_SANS]);
    expect(fams.slice(-2)).toEqual(['system-ui', 'sans-serif']);
  });
  it('uses the serif CJK fonts for a serif list', () => {
    const fams = parseFamilies(withCjkFallback(`'Times New Roman', serif`));
    expect(fams).toEqual(['Times New Roman', ...CJK_SERIF, 'serif']);
  });
  it('appends sans-serif when there is no generic family, and never repeats a family', () => {
    const fams = parseFamilies(withCjkFallback(`'PingFang SC', Arial`));
    expect(fams[0]).toBe('PingFang SC');
    expect(fams.filter((f) => f === 'PingFang SC')).toHaveLength(1);
    expect(fams.at(-1)).toBe('sans-serif');
  });
  it('is idempotent and names no remote resource', () => {
    const once = withCjkFallback('system-ui, sans-serif');
    expect(withCjkFallback(once)).toBe(once);
    expect(once).not.toMatch(/url\(|http/);
  });
});
