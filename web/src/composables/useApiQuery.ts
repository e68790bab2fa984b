import { useQuery, type UseQueryArgs } from '@urql/vue';
import { computed, onScopeDispose, ref, toValue, watch } from 'vue';
import { problemOf } from '../lib/problem';
import { setToken } from '../modules/session';

/** Seconds between attempts while the database or the server is away. */
export const RETRY_SECONDS = 5;

/**
 * urql's useQuery, plus what every page needs: the error classified into a problem
 * in words, an automatic retry every few seconds while the database is unavailable
 * (with a countdown to show), sign-out when the server refuses the token, and
 * `outdated`: the data shown is still the answer for the previous variables (another
 * chain or place was picked and its answer is on its way), so a page never labels an old
 * answer with the new choice.
 */
export function useApiQuery<Data, Variables extends Record<string, unknown>>(args: UseQueryArgs<Data, Variables>) {
  const result = useQuery<Data, Variables>(args);
  const problem = computed(() => problemOf(result.error.value));
  const retryIn = ref<number | null>(null);
  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    if (timer) clearInterval(timer);
    timer = undefined;
    retryIn.value = null;
  };
  watch(problem, (p) => {
    stop();
    if (p?.kind === 'unauthenticated') setToken(null);
    if (p?.kind !== 'unavailable') return;
    retryIn.value = RETRY_SECONDS;
    timer = setInterval(() => {
      retryIn.value = (retryIn.value ?? 1) - 1;
      if (retryIn.value <= 0) {
        stop();
        void result.executeQuery({ requestPolicy: 'network-only' });
      }
    }, 1000);
  });
  onScopeDispose(stop);
  const retry = () => {
    stop();
    void result.executeQuery({ requestPolicy: 'network-only' });
  };
  const outdated = computed(() => {
    const answered = result.operation.value?.variables;
    return (
      !!result.data.value &&
      !!answered &&
      JSON.stringify(answered) !== JSON.stringify(toValue(args.variables as unknown) ?? {})
    );
  });
  return {
    data: result.data,
    fetching: result.fetching,
    stale: result.stale,
    outdated,
    problem,
    retryIn,
    retry,
    refetch: retry,
  };
}
