import { describe, expect, it } from 'vitest';
import { problemOf } from './problem';

const gql = (code: string, message = 'x', extra: Record<string, unknown> = {}) => ({ graphQLErrors: [{ message, extensions: { code, ...extra } }] });

describe('problems in words', () => {
  it('an unknown or malformed id is "not found", naming the argument', () => {
    expect(problemOf(gql('BAD_USER_INPUT', 'chain: no Chain has the id "Q2g".', { argument: 'chain' }))).toMatchObject({ kind: 'notFound', argument: 'chain' });
    expect(problemOf(gql('BAD_USER_INPUT', 'id: "???" is not a chain-atlas id.'))).toMatchObject({ kind: 'notFound' });
    expect(problemOf(gql('BAD_USER_INPUT', 'first must be a whole number from 1 to 100; got 0.'))).toMatchObject({ kind: 'error' });
  });

  it('the database away, a busy server or no network are worth retrying', () => {
    expect(problemOf(gql('SERVICE_UNAVAILABLE'))?.kind).toBe('unavailable');
    expect(problemOf(gql('SERVER_BUSY'))?.kind).toBe('unavailable');
    expect(problemOf({ networkError: new Error('Failed to fetch') })?.kind).toBe('unavailable');
  });

  it('token problems say what to do', () => {
    expect(problemOf(gql('UNAUTHENTICATED'))?.message).toContain('重新登录');
    expect(problemOf(gql('FORBIDDEN'))?.kind).toBe('forbidden');
    expect(problemOf(null)).toBeNull();
  });

  it('says in Chinese what the server words in Chinese too', () => {
    expect(problemOf(gql('BAD_USER_INPUT', 'Nothing was imported: the file is empty.', { messageZh: '未导入任何内容：文件是空的。' }))).toEqual({ kind: 'error', message: '未导入任何内容：文件是空的。' });
    expect(problemOf(gql('BAD_USER_INPUT', 'first must be a whole number'))?.message).toBe('first must be a whole number');
  });
});
