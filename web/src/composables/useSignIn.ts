import { useClientHandle } from '@urql/vue';
import { ref } from 'vue';
import { graphql } from '../gql';
import { problemOf } from '../lib/problem';
import { setToken } from '../modules/session';

const CheckToken = graphql(`
  query CheckToken {
    viewer {
      subject
      roles
      canWrite
    }
  }
`);

/**
 * Signing in with a pasted bearer token: the server is asked who the token is before
 * it is kept, so a bad or expired token is refused at once, in words.
 */
export function useSignIn() {
  const { client } = useClientHandle();
  const checking = ref(false);
  async function signIn(pasted: string): Promise<string | null> {
    const value = pasted.trim().replace(/^Bearer\s+/i, '');
    if (!value) return '请粘贴访问令牌。';
    checking.value = true;
    const result = await client
      .query(
        CheckToken,
        {},
        { requestPolicy: 'network-only', fetchOptions: { headers: { authorization: `Bearer ${value}` } } },
      )
      .toPromise();
    checking.value = false;
    const p = problemOf(result.error);
    if (p) return p.kind === 'unauthenticated' ? '令牌无效或已过期，请向管理员重新申请。' : p.message;
    setToken(value);
    return null;
  }
  return { checking, signIn };
}
