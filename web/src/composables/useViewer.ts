import { computed } from 'vue';
import { graphql } from '../gql';
import { sessionVersion, token } from '../modules/session';
import { useApiQuery } from './useApiQuery';

const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      subject
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
`);

/** Who the server says is signed in (by the session cookie or a pasted token); write controls show only when it says `canWrite`. */
export function useViewer() {
  // The token and the session's version are part of the context's identity, so that signing in or out asks again.
  const query = useApiQuery({
    query: ViewerQuery,
    context: computed(() => ({
      requestPolicy: 'network-only' as const,
      signedIn: `${token.value ?? ''}#${sessionVersion.value}`,
    })),
  });
  const viewer = computed(() => (query.data.value?.viewer.subject ? query.data.value.viewer : null));
  return { ...query, viewer, canWrite: computed(() => !!viewer.value?.canWrite) };
}
