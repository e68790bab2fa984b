import { nextTick } from 'vue';

/**
 * Focus that goes back where it came from: `remember()` when a panel opens, `restore()`
 * when it closes, so a keyboard user lands on the link that opened it, not at the top of
 * the page. `fallback` finds another element when the opener is gone.
 */
export function useReturnFocus() {
  let opener: HTMLElement | null = null;
  return {
    remember() {
      const active = document.activeElement;
      opener = active instanceof HTMLElement && active !== document.body ? active : null;
    },
    async restore(fallback?: () => HTMLElement | null) {
      const target = opener?.isConnected ? opener : (fallback?.() ?? null);
      opener = null;
      await nextTick();
      target?.focus();
    },
  };
}
