/** What went wrong with a request, in the terms a page needs to say it in words (always Chinese). */
export type Problem =
  | { kind: 'unavailable'; cause: UnavailableCause; message: string }
  | { kind: 'notFound'; message: string; argument?: string }
  | { kind: 'unauthenticated'; message: string }
  | { kind: 'forbidden'; message: string }
  | { kind: 'error'; message: string; reference?: string };

/** Why a request is worth sending again: the network (or the server) cannot be reached, the database is away, the server is busy. */
export type UnavailableCause = 'network' | 'database' | 'busy';

type ErrorLike =
  | {
      networkError?: unknown;
      graphQLErrors?: readonly { message: string; extensions?: Record<string, unknown> }[];
      response?: { status?: number };
    }
  | null
  | undefined;

/** Codes after which the same request is worth sending again in a few seconds. */
const BUSY = new Set(['SERVER_BUSY', 'RATE_LIMITED']);

/** What each cause is called, and what the page waits for. */
export const UNAVAILABLE_WORDS: Record<UnavailableCause, { message: string; until: string }> = {
  network: { message: '无法连接服务器，请检查网络连接。', until: '网络恢复后' },
  database: { message: '服务器正常，但数据库暂时无法访问。', until: '数据库恢复后' },
  busy: { message: '服务器繁忙。', until: '服务器空闲后' },
};

/**
 * Classifies a client error: the network, the database or the server away (each said as
 * such), an unknown id, a token problem, anything else. Officers read Chinese only: the
 * server's `messageZh` when it sends one, otherwise words by error code, never the
 * server's English or the database's text; an unexpected error keeps its `reference`
 * (the service log's key) for the officer to report.
 */
export function problemOf(error: ErrorLike): Problem | null {
  if (!error) return null;
  const first = error.graphQLErrors?.[0];
  const extensions = first?.extensions ?? {};
  const code = String(extensions.code ?? '');
  const unavailable = (cause: UnavailableCause): Problem => ({
    kind: 'unavailable',
    cause,
    message: UNAVAILABLE_WORDS[cause].message,
  });
  if (!first) return error.networkError ? unavailable('network') : { kind: 'error', message: OTHER };
  if (code === 'SERVICE_UNAVAILABLE') return unavailable('database');
  if (BUSY.has(code)) return unavailable('busy');
  if (code === 'UNAUTHENTICATED') return { kind: 'unauthenticated', message: '登录已失效或令牌无效，请重新登录。' };
  if (code === 'FORBIDDEN') return { kind: 'forbidden', message: '当前令牌没有此操作的权限，需要招商人员的令牌。' };
  if (code === 'BAD_USER_INPUT' && /no \w+ has the id|is not a chain-atlas id|expected the id of/.test(first.message)) {
    return {
      kind: 'notFound',
      message: '链接中的编号不存在或已失效。',
      argument: typeof extensions.argument === 'string' ? extensions.argument : undefined,
    };
  }
  const reference = typeof extensions.reference === 'string' ? extensions.reference : undefined;
  // With a reference, the page asks the officer to contact the administrator with it; the message need not say so too.
  if (reference)
    return {
      kind: 'error',
      message: wordsFor(code, extensions).replace(/(；如果一再出现)?，请联系管理员。$/, '。'),
      reference,
    };
  return { kind: 'error', message: wordsFor(code, extensions) };
}

const OTHER = '请求没有成功，请稍后重试；如果一再出现，请联系管理员。';

/** An error's message for officers, by what the server says of it. */
function wordsFor(code: string, extensions: Record<string, unknown>): string {
  const neo4jCode = typeof extensions.neo4jCode === 'string' ? extensions.neo4jCode : '';
  // The server's own words carry a reference already when it has one; the page shows it beside.
  if (code === 'INTERNAL_SERVER_ERROR' || !code) return '服务器内部出错，请联系管理员。';
  if (neo4jCode.includes('TransactionTimedOut')) return '查询用时过长，已被停止。请缩小范围后再试。';
  if (neo4jCode) return '数据库没能完成这次查询，请联系管理员。';
  if (typeof extensions.messageZh === 'string') return extensions.messageZh;
  if (extensions.reason === 'LIMIT_EXCEEDED') return '这次请求过于复杂，服务器没有执行。';
  if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED')
    return '请求与服务器的接口不一致：请刷新页面后再试；如果一再出现，请联系管理员。';
  if (code === 'BAD_USER_INPUT') return '请求中的条件有误，请检查后再试。';
  return OTHER;
}

/** Words for "not found", one per argument of the request: `{ chain: '未找到该产业链', place: '未找到该地区' }`. */
export type NotFoundWords = string | Record<string, string>;

/**
 * What a page says when an id in its URL names nothing, by the argument the server names:
 * an unknown place is 未找到该地区 even on a chain's page. The first words serve an
 * argument the page did not name.
 */
export function notFoundWords(problem: Problem | null, words: NotFoundWords | undefined): string {
  if (!words) return '未找到该对象';
  if (typeof words === 'string') return words;
  const argument = problem?.kind === 'notFound' ? problem.argument : undefined;
  return (argument && words[argument]) || Object.values(words)[0] || '未找到该对象';
}
