import { badInput } from '../errors.js';

/** Most values one range() may produce in an analyst's query, and all its range()s together. */
export const MAX_RANGE = 1_000_000;
export const MAX_RANGES_PRODUCT = 10_000_000;

/**
 * Refuses the expressions that build huge values out of nothing. Neo4j Community counts
 * the memory of sorts, aggregations and collect() against its per-transaction limit,
 * but not the lists and strings that expressions build: `[x IN range(1, 80000000) |
 * toString(x)]` runs the whole heap out and stalls every query for half a minute. The
 * ranges a query asks for are known before it runs when their bounds are numbers or
 * parameters; they are checked here, alone and multiplied (nested comprehensions), as
 * is an accumulator that doubles itself in `reduce`. Bounds computed from the graph are
 * bounded by the graph.
 */
export function checkExpressions(query: string, params: Record<string, unknown>): void {
  const code = withoutLiteralsAndComments(query);
  let product = 1;
  for (const args of calls(code, 'range')) {
    const [from, to, step = 1] = args.map((a) => evaluate(a, params));
    if (from === undefined || to === undefined || step === undefined || step === 0) continue;
    const values = Math.max(0, Math.floor((to - from) / step) + 1);
    if (values > MAX_RANGE) {
      throw badInput(
        `cypher: range() may produce at most ${MAX_RANGE.toLocaleString('en')} values in an analyst's query; this one produces ${values.toLocaleString('en')}. Count with UNWIND and count() rather than building a list.`,
        { argument: 'query' },
      );
    }
    product *= Math.max(1, values);
    if (product > MAX_RANGES_PRODUCT) {
      throw badInput(
        `cypher: the range()s of this query produce more than ${MAX_RANGES_PRODUCT.toLocaleString('en')} values together; narrow them.`,
        { argument: 'query' },
      );
    }
  }
  for (const args of calls(code, 'reduce')) {
    const accumulator = /^\s*(`[^`]+`|\w+)\s*=/.exec(args[0] ?? '')?.[1];
    const body = args.join(',').split('|').slice(1).join('|');
    if (
      accumulator &&
      new RegExp(`(^|[^\\w\`])${escape(accumulator)}\\s*[+*]\\s*${escape(accumulator)}($|[^\\w\`])`).test(body)
    ) {
      throw badInput(
        `cypher: a reduce() whose accumulator doubles itself (${accumulator} + ${accumulator}) grows exponentially; it is not allowed.`,
        { argument: 'query' },
      );
    }
  }
}

/** The query with string literals emptied and comments removed, so only code is searched. */
function withoutLiteralsAndComments(query: string): string {
  return query.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g, (m) =>
    m.startsWith('/') ? ' ' : "''",
  );
}

/** The argument lists (split at top-level commas) of every call of `name` in the code. */
function calls(code: string, name: string): string[][] {
  const found: string[][] = [];
  const start = new RegExp(`(^|[^\\w.$\`])${name}\\s*\\(`, 'gi');
  for (let m = start.exec(code); m; m = start.exec(code)) {
    const args: string[] = [];
    let depth = 0;
    let current = '';
    for (let i = m.index + m[0].length; i < code.length; i++) {
      const c = code[i]!;
      if (c === '(' || c === '[' || c === '{') depth++;
      if (c === ')' || c === ']' || c === '}') {
        if (depth === 0) break;
        depth--;
      }
      if (c === ',' && depth === 0) {
        args.push(current);
        current = '';
      } else current += c;
    }
    args.push(current);
    found.push(args);
  }
  return found;
}

/** The value of a constant integer expression (numbers, parameters, + - * / ^, toInteger()), or undefined. */
function evaluate(text: string, params: Record<string, unknown>): number | undefined {
  const tokens = text.match(/0x[0-9a-f]+|\d[\d_]*(?:\.\d+)?(?:e[+-]?\d+)?|\$\w+|toInteger|[-+*/^()]|\S/gi) ?? [];
  let i = 0;
  const primary = (): number | undefined => {
    const t = tokens[i++];
    if (t === undefined) return undefined;
    if (t === '-') return negate(primary());
    if (t === '+') return primary();
    if (t === '(') {
      const v = sum();
      return tokens[i++] === ')' ? v : undefined;
    }
    if (/^toInteger$/i.test(t) && tokens[i] === '(') {
      i++;
      const v = sum();
      return tokens[i++] === ')' && v !== undefined ? Math.trunc(v) : undefined;
    }
    if (t.startsWith('$')) {
      const p = params[t.slice(1)];
      return typeof p === 'number' ? p : undefined;
    }
    if (/^0x/i.test(t)) return parseInt(t, 16);
    const n = Number(t.replaceAll('_', ''));
    return Number.isFinite(n) ? n : undefined;
  };
  const power = (): number | undefined => {
    let v = primary();
    while (tokens[i] === '^') {
      i++;
      const r = primary();
      v = v === undefined || r === undefined ? undefined : v ** r;
    }
    return v;
  };
  const product = (): number | undefined => {
    let v = power();
    while (tokens[i] === '*' || tokens[i] === '/') {
      const op = tokens[i++];
      const r = power();
      v = v === undefined || r === undefined ? undefined : op === '*' ? v * r : Math.trunc(v / r);
    }
    return v;
  };
  const sum = (): number | undefined => {
    let v = product();
    while (tokens[i] === '+' || tokens[i] === '-') {
      const op = tokens[i++];
      const r = product();
      v = v === undefined || r === undefined ? undefined : op === '+' ? v + r : v - r;
    }
    return v;
  };
  const value = sum();
  return i === tokens.length ? value : undefined;
}

const negate = (v: number | undefined) => (v === undefined ? undefined : -v);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
