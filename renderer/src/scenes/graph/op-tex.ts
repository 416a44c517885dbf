/** An op applied to LaTeX arguments, as written on the board: a \cdot b, \sigma(a), \tfrac12(a − b)². */
const INFIX: Readonly<Record<string, string>> = { add: '+', sub: '-', mul: '\\cdot', div: '\\div' };

export function opTex(op: string, args: readonly string[]): string {
  const a = args[0] ?? '\\square';
  const b = args[1] ?? '\\square';
  const inf = INFIX[op];
  if (inf !== undefined) return `${a} ${inf} ${b}`;
  switch (op) {
    case 'pow':
      return `{${a}}^{${b}}`;
    case 'neg':
      return `-${a}`;
    case 'square':
      return `{${a}}^{2}`;
    case 'sum':
      return args.join(' + ');
    case 'sigmoid':
      return `\\sigma\\left(${a}\\right)`;
    case 'halfSquaredError':
      return `\\tfrac{1}{2}\\left(${a} - ${b}\\right)^{2}`;
    case 'bce':
      return `\\operatorname{BCE}\\left(${a}, ${b}\\right)`;
    case 'bceWithLogits':
      return `\\operatorname{BCE}_{z}\\left(${a}, ${b}\\right)`;
    case 'relu':
      return `\\operatorname{ReLU}\\left(${a}\\right)`;
    default:
      return /^[a-z0-9]+$/i.test(op) ? `\\operatorname{${op}}\\left(${args.join(', ')}\\right)` : `\\text{?}`;
  }
}
