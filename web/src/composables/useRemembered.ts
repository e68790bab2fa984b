import { computed, ref } from 'vue';
import { readRemembered, type Remembered } from '../lib/remembered';

const KEY = 'chain-atlas.remembered';

function load(): Remembered {
  try {
    return readRemembered(localStorage.getItem(KEY));
  } catch {
    return {};
  }
}

/** One copy for the whole app, so the header, the home page and the pages agree. */
const state = ref<Remembered>(load());

/**
 * The officer's last place and chain, kept in this browser (local storage) so a new visit
 * starts where the last one ended: the home page's form, the chain links on it and the
 * header's 全省概览. A link with a place or chain in it always wins; a page remembers a
 * choice only once the server has answered for it.
 */
export function useRemembered() {
  return {
    /** A place id, null for the province chosen on purpose, undefined when never chosen. */
    place: computed(() => state.value.place),
    chain: computed(() => state.value.chain),
    remember(choice: Remembered) {
      const next = { ...state.value, ...choice };
      if (next.place === state.value.place && next.chain === state.value.chain) return;
      state.value = next;
      try {
        localStorage.setItem(KEY, JSON.stringify(next));
      } catch {
        // Storage refused (private mode, full): remembered until the page is reloaded.
      }
    },
  };
}
