/**
 * JSON text in and out: parsing with the syntax error's line and column (the engines report a
 * character offset or a line/column in different words), and the canonical serialisation the
 * document system compares and saves (object keys sorted, so equal states give equal text).
 */
import type { Result } from '$shared/result';
import { err, ok } from '$shared/result';

export interface JsonSyntaxError {
  readonly line: number;
  readonly column: number;
  readonly detail: string;
}

/** Line and column (1-based) of a character offset. */
export function lineColumn(source: string, offset: number): { readonly line: number; readonly column: number } {
  const at = Math.max(0, Math.min(offset, source.length));
  let line = 1;
  let start = 0;
  for (let i = 0; i < at; i++) {
    if (source.charCodeAt(i) === 10) {
      line += 1;
      start = i + 1;
    }
  }
  return { line, column: at - start + 1 };
}

/**
 * Where JSON text first goes wrong (a character offset), found by scanning it: V8 names the
 * position for some errors and only quotes the text for others ("Unexpected token 'x', …").
 * -1 when the text is valid JSON.
 */
export function firstJsonError(src: string): number {
  let i = 0;
  const ws = (): void => {
    while (i < src.length && (src[i] === ' ' || src[i] === '\n' || src[i] === '\r' || src[i] === '\t')) i++;
  };
  const fail = (): never => {
    throw new SyntaxError(String(i));
  };
  const literal = (word: string): void => {
    for (const ch of word) {
      if (src[i] !== ch) fail();
      i++;
    }
  };
  const string = (): void => {
    i++;
    while (i < src.length && src[i] !== '"') {
      const c = src.charCodeAt(i);
      if (c < 0x20) fail();
      if (src[i] === '\\') {
        i++;
        if (src[i] === 'u') {
          for (let k = 1; k <= 4; k++) {
            if (!/[0-9a-fA-F]/.test(src[i + k] ?? '')) {
              i += k;
              fail();
            }
          }
          i += 5;
          continue;
        }
        if (!'"\\/bfnrt'.includes(src[i] ?? 'x')) fail();
      }
      i++;
    }
    if (i >= src.length) fail();
    i++;
  };
  const number = (): void => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(src.slice(i, i + 400));
    if (!m || m[0] === '' || m[0] === '-') fail();
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const c = src[i];
    if (c === '{') {
      i++;
      ws();
      if (src[i] === '}') return void i++;
      for (;;) {
        ws();
        if (src[i] !== '"') fail();
        string();
        ws();
        if (src[i] !== ':') fail();
        i++;
        value();
        ws();
        if (src[i] === ',') i++;
        else if (src[i] === '}') return void i++;
        else fail();
      }
    } else if (c === '[') {
      i++;
      ws();
      if (src[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (src[i] === ',') i++;
        else if (src[i] === ']') return void i++;
        else fail();
      }
    } else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else number();
  };
  try {
    value();
    ws();
    if (i < src.length) fail();
    return -1;
  } catch (e) {
    return e instanceof SyntaxError ? Math.min(Number(e.message), src.length) : src.length;
  }
}

export function parseJson(source: string): Result<unknown, JsonSyntaxError> {
  try {
    return ok(JSON.parse(source) as unknown);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // V8: "… in JSON at position 30 (line 2 column 5)"; Firefox: "… at line 2 column 5 of the JSON data".
    const lc = /line (\d+) column (\d+)/.exec(message);
    const pos = /position (\d+)/.exec(message);
    const where = lc ? { line: Number(lc[1]), column: Number(lc[2]) } : lineColumn(source, pos ? Number(pos[1]) : Math.max(0, firstJsonError(source)));
    // The engine's words, without its own position and without quoting the user's text back.
    const detail = message
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/ at line \d+ column \d+ of the JSON data/, '')
      .replace(/ in JSON at position \d+/, '')
      .replace(/, "[\s\S]*" is not valid JSON$/, '')
      .replace(/^JSON\.parse: /, '')
      .slice(0, 120);
    return err({ ...where, detail });
  }
}

/** The value with object keys sorted at every level; -0 becomes 0. Non-JSON values are dropped as JSON.stringify would. */
export function canonicalValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : canonicalValue(v)));
  if (typeof value === 'number') return Object.is(value, -0) ? 0 : value;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined && typeof v !== 'function') out[k] = canonicalValue(v);
    }
    return out;
  }
  return value;
}

/** Canonical JSON: sorted keys, no spaces (`indent` for files people may read). */
export function canonicalJson(value: unknown, indent?: number): string {
  return JSON.stringify(canonicalValue(value), null, indent);
}
