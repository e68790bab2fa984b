/** What went wrong with a request, in the terms a page needs to say it in words. */
export type Problem =
  | { kind: 'unavailable'; message: string }
  | { kind: 'notFound'; message: string; argument?: string }
  | { kind: 'unauthenticated'; message: string }
  | { kind: 'forbidden'; message: string }
  | { kind: 'error'; message: string };

type ErrorLike = { networkError?: unknown; graphQLErrors?: { message: string; extensions?: Record<string, unknown> }[]; response?: { status?: number } } | null | undefined;

/** Codes after which the same request is worth sending again in a few seconds. */
const TRANSIENT = new Set(['SERVICE_UNAVAILABLE', 'SERVER_BUSY', 'RATE_LIMITED']);

/** Classifies a client error: the database or server away, an unknown id, a token problem, anything else. */
export function problemOf(error: ErrorLike): Problem | null {
  if (!error) return null;
  const first = error.graphQLErrors?.[0];
  const code = String(first?.extensions?.code ?? '');
  if (error.networkError && !first) return { kind: 'unavailable', message: '无法连接服务器，请检查网络或稍候。' };
  if (TRANSIENT.has(code)) return { kind: 'unavailable', message: code === 'SERVICE_UNAVAILABLE' ? '数据库暂时无法访问。' : '服务器繁忙。' };
  if (code === 'UNAUTHENTICATED') return { kind: 'unauthenticated', message: '登录已失效或令牌无效，请重新登录。' };
  if (code === 'FORBIDDEN') return { kind: 'forbidden', message: '当前令牌没有此操作的权限（需要 officer 角色）。' };
  if (code === 'BAD_USER_INPUT' && /no \w+ has the id|is not a chain-atlas id|expected the id of/.test(first?.message ?? '')) {
    return { kind: 'notFound', message: first!.message, argument: first?.extensions?.argument as string | undefined };
  }
  // The server words some errors in Chinese too (imports: a file that is not one, another import running).
  const zh = first?.extensions?.messageZh;
  return { kind: 'error', message: typeof zh === 'string' ? zh : (first?.message ?? '请求失败。') };
}
