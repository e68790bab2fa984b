import { useClientHandle } from '@urql/vue';
import { ref } from 'vue';
import { graphql } from '../gql';
import { problemOf } from '../lib/problem';
import { sessionVersion, setToken, token } from '../modules/session';
import { useRemembered } from './useRemembered';

const CheckToken = graphql(`
  query CheckToken {
    viewer {
      subject
      roles
      canWrite
      place {
        id
      }
    }
  }
`);

// No `token` asked for: the browser's session is the httpOnly cookie the answer sets.
const SignInWithPassword = graphql(`
  mutation SignInWithPassword($username: String!, $password: String!) {
    signIn(username: $username, password: $password) {
      viewer {
        name
        roles
        canWrite
        place {
          id
          name
          level
        }
      }
    }
  }
`);

const SignOut = graphql(`
  mutation SignOut {
    signOut
  }
`);

/**
 * Signing in: with a username and password (a session cookie), or, for developers, with
 * a pasted bearer token, which the server is asked about before it is kept. Each answers
 * null on success, else the problem in Chinese. A person's home place becomes the
 * remembered place, so pages open on it.
 */
export function useSignIn() {
  const { client } = useClientHandle();
  const checking = ref(false);
  const remembered = useRemembered();
  /** Who just signed in: whether they are an officer with a home place (who start on the workbench). */
  const officer = ref(false);

  async function signInWithPassword(username: string, password: string): Promise<string | null> {
    if (!username.trim() || !password) return '请输入用户名和密码。';
    checking.value = true;
    const result = await client.mutation(SignInWithPassword, { username: username.trim(), password }).toPromise();
    checking.value = false;
    if (result.error) {
      const zh = result.error.graphQLErrors[0]?.extensions?.messageZh;
      return typeof zh === 'string' ? zh : (problemOf(result.error)?.message ?? '登录失败，请稍后再试。');
    }
    const place = result.data?.signIn.viewer.place;
    officer.value = !!result.data?.signIn.viewer.canWrite && !!place;
    if (place && place.level !== 'PROVINCE') remembered.remember({ place: place.id });
    if (token.value) setToken(null);
    else sessionVersion.value++;
    return null;
  }

  async function signInWithToken(pasted: string): Promise<string | null> {
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
    officer.value = !!result.data?.viewer.canWrite && !!result.data.viewer.place;
    setToken(value);
    return null;
  }

  /** Ends the session (the server clears the cookie) and forgets a pasted token. */
  async function signOut(): Promise<void> {
    if (token.value) return setToken(null);
    await client.mutation(SignOut, {}).toPromise();
    sessionVersion.value++;
  }

  return { checking, officer, signInWithPassword, signInWithToken, signOut };
}
