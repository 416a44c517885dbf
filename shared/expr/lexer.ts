/**
 * First line of defence of the parser: splits the typed text into a small whitelist of tokens
 * (numbers, names, + - * / ^ ( ) , |) and maps the Unicode a student may paste (· × − ÷ ² ³ ⁻¹ √
 * subscript digits) to them. Any other character — quotes, brackets, braces, '.', '=', ';', '?',
 * ':' — is refused here with its exact position, so no mathjs-only syntax can get through.
 */
import type { ExprError } from './errors';
import { exprError } from './errors';
import type { Result } from '../result';
import { err, ok } from '../result';

export type OpChar = '+' | '-' | '*' | '/' | '^';

interface Span {
  /** 0-based offsets into the original text. */
  readonly start: number;
  readonly end: number;
}

export type Token =
  | (Span & { readonly kind: 'num'; readonly value: number })
  | (Span & { readonly kind: 'ident'; readonly name: string })
  | (Span & { readonly kind: 'op'; readonly op: OpChar })
  | (Span & { readonly kind: 'lparen' | 'rparen' | 'comma' | 'bar' });

const OPS: Readonly<Record<string, OpChar>> = {
  '+': '+', '-': '-', '\u2212': '-', '\u2013': '-', '*': '*', '\u00b7': '*', '\u00d7': '*', '\u22c5': '*',
  '\u2219': '*', '\u2217': '*', '/': '/', '\u00f7': '/', '\u2215': '/', '^': '^',
};

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';
const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const IDENT_START = /^\p{L}$/u;
const IDENT_PART = /^[\p{L}\p{M}\d_₀-₉]$/u;

function hint(ch: string): readonly [string, string] {
  switch (ch) {
    case '=':
      return [
        "Type only the right-hand side, without '=' (for example x^2 + y^2, not z = x^2 + y^2).",
        '只需输入等号右边的式子，不要写“=”（例如 x^2 + y^2，而不是 z = x^2 + y^2）。',
      ];
    case '.':
      return ["A '.' may only appear inside a number such as 0.5.", '“.”只能出现在数字里，例如 0.5。'];
    case '[':
    case ']':
    case '{':
    case '}':
      return [
        `'${ch}' is not allowed; use round parentheses ( ) for grouping.`,
        `不能使用“${ch}”；分组请用圆括号 ( )。`,
      ];
    default:
      return [`Unexpected character '${ch}'.`, `无法识别的字符“${ch}”。`];
  }
}

/** Tokens of `src`, or the first character that no formula may contain. */
export function tokenize(src: string): Result<Token[], ExprError> {
  const tokens: Token[] = [];
  const n = src.length;
  let i = 0;
  while (i < n) {
    const ch = src[i] ?? '';
    const cp = src.codePointAt(i) ?? 0;
    const chFull = String.fromCodePoint(cp);
    if (ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029') {
      return err(exprError('unexpected-character', 'A formula is a single line: remove the line break.', '公式只能写在一行里：请删除换行。', i, i + 1, n));
    }
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const numMatch = /[\d.]/.test(ch) ? NUMBER.exec(src.slice(i)) : null;
    if (numMatch) {
      const literal = numMatch[0];
      const value = Number(literal);
      if (!Number.isFinite(value)) {
        return err(exprError('bad-number', `The number ${literal} is too large.`, `数字 ${literal} 太大了。`, i, i + literal.length, n));
      }
      tokens.push({ kind: 'num', value, start: i, end: i + literal.length });
      i += literal.length;
      continue;
    }
    if (IDENT_START.test(chFull)) {
      let j = i + chFull.length;
      while (j < n) {
        const c = String.fromCodePoint(src.codePointAt(j) ?? 0);
        if (!IDENT_PART.test(c)) break;
        j += c.length;
      }
      const raw = src.slice(i, j);
      const name = raw.normalize('NFC').replace(/[₀-₉]/g, (d) => String(SUBSCRIPT_DIGITS.indexOf(d)));
      tokens.push({ kind: 'ident', name, start: i, end: j });
      i = j;
      continue;
    }
    if (ch === '√') {
      tokens.push({ kind: 'ident', name: '√', start: i, end: i + 1 });
      i++;
      continue;
    }
    if (ch === '*' && src[i + 1] === '*') {
      tokens.push({ kind: 'op', op: '^', start: i, end: i + 2 });
      i += 2;
      continue;
    }
    const op = OPS[ch];
    if (op !== undefined) {
      tokens.push({ kind: 'op', op, start: i, end: i + 1 });
      i++;
      continue;
    }
    if (ch === '(' || ch === ')' || ch === ',' || ch === '|') {
      const kind = ch === '(' ? 'lparen' : ch === ')' ? 'rparen' : ch === ',' ? 'comma' : 'bar';
      tokens.push({ kind, start: i, end: i + 1 });
      i++;
      continue;
    }
    if (ch === '⁻' || SUPERSCRIPT_DIGITS.includes(ch)) {
      let j = i;
      const negative = ch === '⁻';
      if (negative) j++;
      let digits = '';
      while (j < n && SUPERSCRIPT_DIGITS.includes(src[j] ?? '')) {
        digits += String(SUPERSCRIPT_DIGITS.indexOf(src[j] ?? ''));
        j++;
      }
      if (digits === '') {
        return err(exprError('unexpected-character', "A superscript '⁻' needs digits after it, as in x⁻¹.", '上标“⁻”后面需要数字，例如 x⁻¹。', i, j, n));
      }
      const span = { start: i, end: j };
      tokens.push({ kind: 'op', op: '^', ...span });
      if (negative) {
        tokens.push({ kind: 'lparen', ...span }, { kind: 'op', op: '-', ...span });
        tokens.push({ kind: 'num', value: Number(digits), ...span }, { kind: 'rparen', ...span });
      } else {
        tokens.push({ kind: 'num', value: Number(digits), ...span });
      }
      i = j;
      continue;
    }
    const [en, zh] = hint(chFull);
    return err(exprError('unexpected-character', en, zh, i, i + chFull.length, n));
  }
  return ok(tokens);
}
