import { useClientHandle } from '@urql/vue';
import { computed, ref, type Ref } from 'vue';
import { graphql } from '../gql';
import type { Role } from '../gql/graphql';
import { problemOf } from '../lib/problem';
import { useApiQuery } from './useApiQuery';

const UsersQuery = graphql(`
  query Users {
    users {
      username
      name
      roles
      place {
        id
        name
      }
      active
      locked
      lastSignInAt
    }
  }
`);

const CreateUser = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      username
    }
  }
`);

const DisableUser = graphql(`
  mutation DisableUser($username: String!) {
    disableUser(username: $username)
  }
`);

const SetUserPassword = graphql(`
  mutation SetUserPassword($username: String!, $password: String!) {
    setUserPassword(username: $username, password: $password)
  }
`);

/** What an account change answered: null when done, else the reason in Chinese. */
function reasonOf(error: Parameters<typeof problemOf>[0]): string | null {
  const zh = error?.graphQLErrors?.[0]?.extensions?.messageZh;
  return typeof zh === 'string' ? zh : (problemOf(error)?.message ?? null);
}

/** The accounts, for an administrator: the list, and making, re-passwording and disabling accounts. */
export function useUsers(allowed: Ref<boolean>) {
  const { client } = useClientHandle();
  const query = useApiQuery({
    query: UsersQuery,
    requestPolicy: 'network-only',
    pause: computed(() => !allowed.value),
  });
  const busy = ref(false);
  const run = async (work: () => Promise<{ error?: Parameters<typeof problemOf>[0] }>): Promise<string | null> => {
    busy.value = true;
    const { error } = await work();
    busy.value = false;
    if (!error) query.refetch();
    return reasonOf(error);
  };
  return {
    ...query,
    busy,
    create: (input: { username: string; name: string; roles: Role[]; place: string; password: string }) =>
      run(() => client.mutation(CreateUser, { input }).toPromise()),
    disable: (username: string) => run(() => client.mutation(DisableUser, { username }).toPromise()),
    setPassword: (username: string, password: string) =>
      run(() => client.mutation(SetUserPassword, { username, password }).toPromise()),
  };
}
