import { watchEffect } from 'vue';
import { pageTitle } from '../lib/page-title';

/** Keeps the browser tab's title saying what the page shows. */
export function usePageTitle(title: () => string | null | undefined) {
  watchEffect(() => {
    const t = title();
    if (t) document.title = pageTitle(t);
  });
}
