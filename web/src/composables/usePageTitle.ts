import { watchEffect } from 'vue';

/** Keeps the browser tab's title saying what the page shows. */
export function usePageTitle(title: () => string | null | undefined) {
  watchEffect(() => {
    const t = title();
    if (t) document.title = `${t} · 产业链图谱`;
  });
}
