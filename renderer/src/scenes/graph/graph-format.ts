/**
 * How the graph scene prints numbers (node cards, edge labels, the step text, the deck check):
 * 4 significant digits, U+2212 minus signs — in the exponent too ("−1.889e−7") — and "NaN" spelled
 * out where a value is not a number (the card explains why). One formatter for the whole scene.
 */
import { formatSig } from '../surface/explorer/format';

export function formatGraphNumber(x: number): string {
  return Number.isNaN(x) ? 'NaN' : formatSig(x, 4);
}
