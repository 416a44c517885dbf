import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, firstJsonError, lineColumn, parseJson } from './json-text';

describe('lineColumn', () => {
  it('counts lines and columns from 1', () => {
    const s = 'ab\ncde\n\nf';
    expect(lineColumn(s, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn(s, 2)).toEqual({ line: 1, column: 3 });
    expect(lineColumn(s, 3)).toEqual({ line: 2, column: 1 });
    expect(lineColumn(s, 5)).toEqual({ line: 2, column: 3 });
    expect(lineColumn(s, 8)).toEqual({ line: 4, column: 1 });
  });
});

describe('parseJson', () => {
  it('reads valid JSON', () => {
    expect(parseJson('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it('locates a syntax error on the right line and column', () => {
    // The stray "x" is on line 3, column 8 (counted by hand).
    const src = '{\n  "a": 1,\n  "b": x\n}';
    const r = parseJson(src);
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.error.line, r.error.column]).toEqual([3, 8]);
  });

  it('puts an unexpected end at the end of the text', () => {
    const src = '{"a": [1,\n2';
    const r = parseJson(src);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.line).toBe(2);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level and writes -0 as 0', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: -0 }], c: 2 } })).toBe('{"a":{"c":2,"d":[{"y":0,"z":1}]},"b":1}');
  });

  it('does not depend on the order keys were inserted', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.integer(), fc.string(), fc.boolean())), (d) => {
        const reversed = Object.fromEntries(Object.entries(d).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(d));
        expect(JSON.parse(canonicalJson(d))).toEqual(JSON.parse(JSON.stringify(d)));
      }),
      { seed: 42 },
    );
  });

  it('keeps a key called __proto__ as data', () => {
    const v = JSON.parse('{"__proto__": {"x": 1}, "a": 2}') as unknown;
    expect(canonicalJson(v)).toBe('{"__proto__":{"x":1},"a":2}');
  });
});

describe('firstJsonError', () => {
  it('finds the offset where JSON text goes wrong', () => {
    expect(firstJsonError('{"a": x}')).toBe(6);
    expect(firstJsonError('[1, 2,]')).toBe(6);
    expect(firstJsonError('{"a" 1}')).toBe(5);
    expect(firstJsonError('"abc')).toBe(4);
    expect(firstJsonError('{"a": 1} x')).toBe(9);
    expect(firstJsonError('{"a": "\\q"}')).toBe(8);
    expect(firstJsonError('{"a": [true, false, null, -1.5e3, "\\u00e9"]}')).toBe(-1);
    expect(firstJsonError('')).toBe(0);
  });

  it('accepts exactly what JSON.parse accepts (generated JSON and damaged copies)', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom('', 'x', '}', ',', '"'), (json, at, junk) => {
        const k = json.length === 0 ? 0 : at % json.length;
        const damaged = json.slice(0, k) + junk + json.slice(k);
        let valid = true;
        try {
          JSON.parse(damaged);
        } catch {
          valid = false;
        }
        expect(firstJsonError(damaged) === -1).toBe(valid);
      }),
      { seed: 42 },
    );
  });
});
