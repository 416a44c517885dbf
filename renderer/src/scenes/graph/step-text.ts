/**
 * The forward step in words, as the caption above its formula: "u₃ = u₁ + u₂ = 0.3 + 0.5 = 0.8" —
 * the node, its operation applied to its inputs' names, then to their values, then the result
 * (the caption used to show the bare operator: "u₃ = + = 0"). Pure and plain text (screen
 * readers read it; the KaTeX line below shows the same in mathematical type).
 */

/** Past this many inputs a sum shows its first and last terms around an ellipsis. */
export const MAX_SHOWN_ARGS = 6;

/** `args`, or its first MAX_SHOWN_ARGS − 2 and last one around `gap` when there are more. */
export function elide<T>(args: readonly T[], gap: T): T[] {
  if (args.length <= MAX_SHOWN_ARGS) return [...args];
  return [...args.slice(0, MAX_SHOWN_ARGS - 2), gap, args[args.length - 1] as T];
}

/** An operation applied to plain-text arguments, written the way the board shows it. */
export function opText(op: string, args: readonly string[]): string {
  const a = args[0] ?? '□';
  const b = args[1] ?? '□';
  switch (op) {
    case 'add':
      return `${a} + ${b}`;
    case 'sub':
      return `${a} − ${b}`;
    case 'mul':
      return `${a}·${b}`;
    case 'div':
      return `${a} ÷ ${b}`;
    case 'pow':
      return `${a}^${b}`;
    case 'neg':
      return `−${a}`;
    case 'square':
      return `${a}²`;
    case 'sum':
      return elide(args, '…').join(' + ');
    case 'sigmoid':
      return `σ(${a})`;
    case 'halfSquaredError':
      return `½(${a} − ${b})²`;
    case 'bce':
      return `BCE(${a}, ${b})`;
    case 'bceWithLogits':
      return `BCE_z(${a}, ${b})`;
    case 'relu':
      return `ReLU(${a})`;
    default:
      return `${op}(${args.join(', ')})`;
  }
}

/** A value as an argument: negative numbers in parentheses, so "0.3 + (−0.5)" reads right. */
const asArg = (s: string): string => (s.startsWith('−') ? `(${s})` : s);

/**
 * The right-hand side of the caption: "u₁ + u₂ = 0.3 + 0.5" (the message adds the node's name and
 * the result). Single-input functions of a value read "σ(u₃) = σ(0.8)".
 */
export function forwardExpression(op: string, inputNames: readonly string[], inputValues: readonly number[], format: (x: number) => string): string {
  return `${opText(op, inputNames)} = ${opText(op, inputValues.map((v) => asArg(format(v))))}`;
}
