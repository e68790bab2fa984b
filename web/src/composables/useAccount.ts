import { useClientHandle } from '@urql/vue';
import { computed, ref, type Ref } from 'vue';
import { graphql } from '../gql';
import { problemOf } from '../lib/problem';
import { useApiQuery } from './useApiQuery';

const MyTokensQuery = graphql(`
  query MyTokens {
    myTokens {
      id
      issuedAt
      expiresAt
      revokedAt
      current
    }
  }
`);

const ChangePassword = graphql(`
  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {
    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
  }
`);

const RevokeMyToken = graphql(`
  mutation RevokeMyToken($id: ID!) {
    revokeMyToken(id: $id)
  }
`);

/** The signed-in person's own account: changing the password, and their bearer tokens (listed and revoked). */
export function useAccount(signedIn: Ref<boolean>) {
  const { client } = useClientHandle();
  const tokens = useApiQuery({
    query: MyTokensQuery,
    requestPolicy: 'network-only',
    pause: computed(() => !signedIn.value),
  });
  const busy = ref(false);
  const reason = (error: Parameters<typeof problemOf>[0]) => {
    const zh = error?.graphQLErrors?.[0]?.extensions?.messageZh;
    return typeof zh === 'string' ? zh : (problemOf(error)?.message ?? null);
  };
  return {
    tokens,
    busy,
    async changePassword(oldPassword: string, newPassword: string): Promise<string | null> {
      busy.value = true;
      const { error } = await client.mutation(ChangePassword, { oldPassword, newPassword }).toPromise();
      busy.value = false;
      return reason(error);
    },
    async revoke(id: string): Promise<string | null> {
      const { error } = await client.mutation(RevokeMyToken, { id }).toPromise();
      tokens.refetch();
      return reason(error);
    },
  };
}
