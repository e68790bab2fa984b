import { watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useViewer } from './useViewer';

/**
 * A page opened without a place opens on the signed-in person's home place (a county's or
 * a city's officer lands on theirs; provincial staff stay on the province). Only once, as
 * the page opens: choosing the province afterwards is respected, and a link with a place
 * in it always wins. The URL is replaced, not pushed, so Back does not return to the
 * place-less view.
 */
export function useHomePlace(param = 'place') {
  const route = useRoute();
  const router = useRouter();
  const { viewer } = useViewer();
  const path = route.path;
  let done = false;
  watch(
    viewer,
    (v) => {
      if (!v || done) return;
      done = true;
      const home = v.place;
      if (!home || home.level === 'PROVINCE' || route.query[param] || route.path !== path) return;
      void router.replace({ query: { ...route.query, [param]: home.id } });
    },
    { immediate: true },
  );
}
