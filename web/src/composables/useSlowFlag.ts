import { onScopeDispose, ref, watch } from 'vue';

/** Seconds after which a page says it is still loading. */
export const SLOW_SECONDS = 3;

/** True once `busy` has lasted `seconds`, so a page can say it is still working rather than look stuck. */
export function useSlowFlag(busy: () => boolean, seconds = SLOW_SECONDS) {
  const slow = ref(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(
    busy,
    (now) => {
      clearTimeout(timer);
      slow.value = false;
      if (now) timer = setTimeout(() => (slow.value = true), seconds * 1000);
    },
    { immediate: true },
  );
  onScopeDispose(() => clearTimeout(timer));
  return slow;
}
