import { computed } from 'vue';
import { graphql } from '../gql';
import { token } from '../modules/session';
import { useApiQuery } from './useApiQuery';

const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      subject
      roles
      canWrite
    }
  }
`);

/** Who the server says is signed in; write controls show only when it says `canWrite`. */
export function useViewer() {
  // The token is part of the variables' identity so that a new token asks again.
  const query = useApiQuery({
    query: ViewerQuery,
    context: computed(() => ({ requestPolicy: 'network-only' as const, signedIn: token.value })),
  });
  const viewer = computed(() => (token.value ? (query.data.value?.viewer ?? null) : null));
  return { ...query, viewer, canWrite: computed(() => !!viewer.value?.canWrite) };
}
