/**
 * Display names as LaTeX for KaTeX: "u₁" → u_{1}, "ŷ" → \hat{y}, "w¹₂,₁" → w^{1}_{2,1}, "σ" → \sigma.
 * Anything unexpected is escaped as text, so a user's name can never inject TeX commands.
 */
const SUB = '₀₁₂₃₄₅₆₇₈₉';
const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const GREEK: Readonly<Record<string, string>> = {
  α: '\\alpha', β: '\\beta', γ: '\\gamma', δ: '\\delta', ε: '\\varepsilon', η: '\\eta', θ: '\\theta',
  λ: '\\lambda', μ: '\\mu', π: '\\pi', σ: '\\sigma', τ: '\\tau', φ: '\\varphi', ω: '\\omega',
};

function escapeText(s: string): string {
  // Characters with a meaning in TeX become look-alikes or escapes that are valid in \text{}.
  return s.replace(/[\\^~]/g, (c) => (c === '\\' ? '∖' : c === '^' ? 'ˆ' : '∼')).replace(/[{}$&#_%]/g, (c) => `\\${c}`);
}

function letters(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) {
    if (GREEK[ch] !== undefined) out += `${GREEK[ch]} `;
    else if (ch === 'ŷ') out += '\\hat{y}';
    else if (/^[A-Za-z]$/.test(ch)) out += ch;
    else if (/^[0-9.]$/.test(ch)) out += ch;
    else if (ch === '−' || ch === '-') out += '-';
    else out += `\\text{${escapeText(ch)}}`;
  }
  return out.trim();
}

export function nameTex(name: string): string {
  const m = /^([^₀-₉⁰¹²³⁴-⁹,]*)([⁰¹²³⁴-⁹]*)([₀-₉,]*)$/.exec(name);
  if (m === null) return `\\text{${escapeText(name)}}`;
  const [, base = '', sup = '', sub = ''] = m;
  const toDigits = (s: string, table: string): string => [...s].map((c) => (c === ',' ? ',' : String(table.indexOf(c)))).join('');
  let tex = base === '' ? '\\square' : letters(base);
  if (base.length > 1 && !/^[A-Za-zŷ]$/.test(base) && !/[\\{]/.test(tex)) tex = `\\mathrm{${tex}}`;
  if (sup !== '') tex += `^{${toDigits(sup, SUP)}}`;
  if (sub !== '') tex += `_{${toDigits(sub, SUB)}}`;
  return tex;
}

/** A number for LaTeX: 6 significant digits, negatives in parentheses when used as a factor. */
export function numTex(x: number, factor = false): string {
  if (Number.isNaN(x)) return '\\text{NaN}';
  if (x === Infinity) return '\\infty';
  if (x === -Infinity) return '-\\infty';
  const s = Math.abs(x) >= 1e-4 && Math.abs(x) < 1e6 || x === 0 ? String(Number(x.toPrecision(6))) : x.toExponential(4).replace(/e([+-]?\d+)$/, (_m, e: string) => `\\times 10^{${Number(e)}}`);
  return factor && x < 0 ? `(${s})` : s;
}
