import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';

/**
 * A view's state kept in the URL's query string, so that a link reproduces the view:
 * reading it, and writing it back (pushing a history entry, so Back undoes the change).
 */
export function useQueryParam(name: string) {
  const route = useRoute();
  const router = useRouter();
  return computed<string | null>({
    get: () => {
      const v = route.query[name];
      return (Array.isArray(v) ? v[0] : v) || null;
    },
    set: (value) => {
      const query = { ...route.query };
      if (value) query[name] = value;
      else delete query[name];
      void router.push({ query });
    },
  });
}

/** Changes several parameters of the query string in one step (one history entry), e.g. a category and the sector it clears. */
export function useQueryUpdate() {
  const route = useRoute();
  const router = useRouter();
  return (changes: Record<string, string | null>) => {
    const query = { ...route.query };
    for (const [name, value] of Object.entries(changes)) {
      if (value) query[name] = value;
      else delete query[name];
    }
    void router.push({ query });
  };
}

/** The route's `:id`. */
export function useRouteId() {
  const route = useRoute();
  return computed(() => String(route.params.id ?? ''));
}
