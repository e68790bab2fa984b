import { clauseAt } from '../text.js';

/**
 * The quote for a span: the clause around it (between commas or stops), at most `max`
 * characters, cut around the span when longer. Always a slice of the text.
 */
export function quoteAround(
  text: string,
  start: number,
  end: number,
  max = 80,
): { quote: string; start: number; end: number } {
  let [a, b] = clauseAt(text, start, end, 60, 50);
  // Leading indentation is no part of a quote.
  while (a < start && /[\s\u3000]/.test(text[a]!)) a++;
  if (b - a > max) {
    const room = Math.max(0, max - (end - start));
    a = Math.max(a, start - Math.ceil(room * 0.6));
    b = Math.min(b, Math.max(end, a + max));
  }
  return { quote: text.slice(a, b), start: a, end: b };
}
