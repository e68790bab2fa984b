import { describe, expect, it } from 'vitest';
import { notFoundWords, problemOf } from './problem';

const gql = (code: string, message = 'x', extra: Record<string, unknown> = {}) => ({
  graphQLErrors: [{ message, extensions: { code, ...extra } }],
});
/** Whether a text is for officers: Chinese, without the server's English or the database's words. */
const chineseOnly = (text: string | undefined) => !!text && /[\u4e00-\u9fff]/.test(text) && !/[A-Za-z]{3,}/.test(text);

describe('problems in words', () => {
  it('an unknown or malformed id is "not found", naming the argument', () => {
    expect(problemOf(gql('BAD_USER_INPUT', 'chain: no Chain has the id "Q2g".', { argument: 'chain' }))).toMatchObject({
      kind: 'notFound',
      argument: 'chain',
    });
    expect(problemOf(gql('BAD_USER_INPUT', 'place: no Place has the id "UGxh".', { argument: 'place' }))).toMatchObject(
      { kind: 'notFound', argument: 'place' },
    );
    expect(problemOf(gql('BAD_USER_INPUT', 'id: "???" is not a chain-atlas id.'))).toMatchObject({ kind: 'notFound' });
    expect(problemOf(gql('BAD_USER_INPUT', 'first must be a whole number from 1 to 100; got 0.'))).toMatchObject({
      kind: 'error',
    });
  });

  it('tells the network failing from the database failing, and from a busy server', () => {
    expect(problemOf({ networkError: new Error('Failed to fetch') })).toMatchObject({
      kind: 'unavailable',
      cause: 'network',
      message: expect.stringContaining('无法连接服务器'),
    });
    expect(problemOf(gql('SERVICE_UNAVAILABLE'))).toMatchObject({
      kind: 'unavailable',
      cause: 'database',
      message: expect.stringContaining('数据库'),
    });
    expect(problemOf(gql('SERVER_BUSY'))).toMatchObject({ kind: 'unavailable', cause: 'busy' });
    expect(problemOf(gql('RATE_LIMITED'))).toMatchObject({ kind: 'unavailable', cause: 'busy' });
    expect(problemOf({ networkError: new Error('Failed to fetch') })!.message).not.toContain('数据库');
  });

  it('token problems say what to do, in Chinese', () => {
    expect(problemOf(gql('UNAUTHENTICATED'))?.message).toContain('重新登录');
    expect(problemOf(gql('FORBIDDEN'))).toMatchObject({
      kind: 'forbidden',
      message: expect.stringContaining('招商人员'),
    });
    expect(chineseOnly(problemOf(gql('FORBIDDEN'))!.message)).toBe(true);
    expect(problemOf(null)).toBeNull();
  });

  it('says in Chinese what the server words in Chinese too', () => {
    expect(
      problemOf(
        gql('BAD_USER_INPUT', 'Nothing was imported: the file is empty.', {
          messageZh: '未导入任何内容：文件是空的。',
        }),
      ),
    ).toEqual({ kind: 'error', message: '未导入任何内容：文件是空的。' });
  });

  it('never passes on the English or Java text of an unexpected error, and keeps its reference for the report', () => {
    const internal = problemOf(
      gql('INTERNAL_SERVER_ERROR', 'Internal server error (reference 3f2a91c0; the detail is in the service log).', {
        reference: '3f2a91c0',
        messageZh: '服务器内部错误（编号 3f2a91c0），请联系管理员。',
      }),
    );
    expect(internal).toEqual({ kind: 'error', message: '服务器内部出错。', reference: '3f2a91c0' });
    expect(problemOf(gql('INTERNAL_SERVER_ERROR', 'Internal server error.'))).toEqual({
      kind: 'error',
      message: '服务器内部出错，请联系管理员。',
    });
    expect(problemOf(gql('SOMETHING_NEW', 'x', { reference: 'ab12cd34' }))!.message).toBe('请求没有成功，请稍后重试。');
    const cases = [
      gql('BAD_USER_INPUT', 'first must be a whole number from 1 to 100; got 0.'),
      gql('BAD_USER_INPUT', 'The query was refused: Neo.ClientError.Statement.SyntaxError: Invalid input', {
        neo4jCode: 'Neo.ClientError.Statement.SyntaxError',
      }),
      gql('BAD_USER_INPUT', 'The query took too long and was stopped.', {
        neo4jCode: 'Neo.ClientError.Transaction.TransactionTimedOut',
      }),
      gql('GRAPHQL_VALIDATION_FAILED', 'Request too complex: Query depth limit of 12 exceeded', {
        reason: 'LIMIT_EXCEEDED',
      }),
      gql('GRAPHQL_VALIDATION_FAILED', 'Cannot query field "x" on type "Query".'),
      gql('SOMETHING_NEW', 'java.lang.NullPointerException'),
      { graphQLErrors: [{ message: 'Unexpected error.' }] },
    ];
    for (const c of cases) expect(chineseOnly(problemOf(c)!.message), problemOf(c)!.message).toBe(true);
    expect(problemOf(cases[2]!)!.message).toContain('用时过长');
  });

  it('says which id was not found: the place, not the chain, when the place is unknown', () => {
    const words = { chain: '未找到该产业链', place: '未找到该地区' };
    const place = problemOf(gql('BAD_USER_INPUT', 'place: no Place has the id "UGxh".', { argument: 'place' }));
    const chain = problemOf(gql('BAD_USER_INPUT', 'chain: no Chain has the id "Q2g".', { argument: 'chain' }));
    expect(notFoundWords(place, words)).toBe('未找到该地区');
    expect(notFoundWords(chain, words)).toBe('未找到该产业链');
    expect(notFoundWords(problemOf(gql('BAD_USER_INPUT', 'id: "???" is not a chain-atlas id.')), words)).toBe(
      '未找到该产业链',
    );
    expect(notFoundWords(place, '未找到该企业')).toBe('未找到该企业');
    expect(notFoundWords(place, undefined)).toBe('未找到该对象');
  });
});
