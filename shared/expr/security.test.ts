import { describe, expect, it } from 'vitest';
import type { Expr } from './ast';
import { exprEquals, mul, num, variable } from './ast';
import { parseExpr } from './parse';
import { LOCKED_FUNCTIONS, lockedInstance } from './mathjs-safe';

/**
 * Known mathjs escape payloads (from the mathjs security docs and issues josdejong/mathjs#821,
 * #822, #3255, #3656) plus syntax our formulas must never accept. Every one must be rejected, with
 * or without a declared variable list, and the error must be well formed.
 */
const PAYLOADS: readonly string[] = [
  '[].map.constructor("return 1")()',
  'sqrt.constructor',
  '{}.__proto__',
  'cos.constructor("return process")()',
  'import({}, {})',
  'import({matrix:cos.constructor},{override:1})',
  'createUnit("foo")',
  'evaluate("1+1")',
  'parse("x")',
  'simplify("x")',
  'derivative("x^2", "x")',
  'compile("x")',
  'resolve(x)',
  'reviver("x")',
  'x = 2',
  'f(x) = x',
  'a.b',
  'a[1]',
  '"str"',
  "'str'",
  '1 ? 2 : 3',
  '1:3',
  'x == 2',
  'x < 2',
  'chain(3)',
  'typed("f", {})',
  'config({})',
  '["//","a/*\\nreturn process.mainModule.require"]._data.map(cos.constructor)[1]()',
  'a=["process.mainModule.require"]._data;a.isRange=true;x={subset:cos.constructor}[a];x()',
  '{}.constructor.assign(cos.constructor, {binding: cos.bind})',
  'cos.constructor.binding()("console.log(1)")()',
  'x.constructor',
  '__proto__',
  'constructor',
  'x; y',
  'x\ny',
  'x!',
  "x'",
  '5%',
  'x mod y',
  'not x',
  'true',
  'x & y',
  '@x',
  '$x',
  '#x',
  '`x`',
  '1 to cm',
];

/** Payloads that are harmless products of names when any name is a variable, refused with a list. */
const NEED_VARIABLE_LIST: ReadonlySet<string> = new Set(['2 cm', 'x mod y', 'not x', 'true', 'chain(3)', 'typed("f", {})', 'config({})', 'resolve(x)', '1 to cm']);

describe('security: mathjs escape payloads are rejected', () => {
  it.each([...PAYLOADS, '2 cm'])('%s', (text) => {
    for (const options of [{ variables: ['x', 'y'] }, {}]) {
      if (!('variables' in options) && NEED_VARIABLE_LIST.has(text)) continue;
      const r = parseExpr(text, options);
      expect(r.ok, `${text} with ${JSON.stringify(options)}`).toBe(false);
      if (!r.ok) {
        expect(r.error.start).toBeGreaterThanOrEqual(0);
        expect(r.error.end).toBeLessThanOrEqual(text.length);
        expect(r.error.start).toBeLessThanOrEqual(r.error.end);
      }
    }
  });

  it('without a variable list, word operators are plain variables, never mathjs operators or units', () => {
    const v = variable;
    const cases: [string, Expr][] = [
      ['x mod y', mul(mul(v('x'), v('mod')), v('y'))],
      ['not x', mul(v('not'), v('x'))],
      ['2 cm', mul(num(2), v('cm'))],
      ['1 to cm', mul(mul(num(1), v('to')), v('cm'))],
    ];
    for (const [text, expected] of cases) {
      const r = parseExpr(text);
      expect(r.ok && exprEquals(r.value, expected), text).toBe(true);
    }
  });

  it('the mathjs instance has every evaluating function disabled', () => {
    for (const name of LOCKED_FUNCTIONS) {
      const f = lockedInstance[name];
      expect(typeof f, name).toBe('function');
      expect(() => (f as (...a: unknown[]) => unknown)('1+1'), name).toThrow(/disabled/);
    }
  });
});
