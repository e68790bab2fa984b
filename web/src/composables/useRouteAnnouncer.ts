import { ref } from 'vue';
import { START_LOCATION, useRouter } from 'vue-router';
import { APP_NAME } from '../lib/page-title';

/** How long to wait for a new page's heading (it may come with the page's data). */
const WAIT_MS = 10_000;

/**
 * After a link opens another page (not on the first load, not when only the query changes,
 * e.g. another place), focus moves to the new page's heading and the page is announced in
 * words through a live region: a screen reader hears where it is, a keyboard user goes on
 * from the top of the new page.
 */
export function useRouteAnnouncer() {
  const router = useRouter();
  const message = ref('');
  let cancel: (() => void) | undefined;
  router.afterEach((to, from, failure) => {
    if (failure || from === START_LOCATION || to.path === from.path) return;
    cancel?.();
    const main = document.getElementById('main');
    const old = main?.querySelector('h1');
    const oldText = old?.textContent;
    // The new page's heading: another element, or the same one (a page reused for another id) with other words.
    const found = () => {
      const h1 = main?.querySelector('h1');
      return h1 && (h1 !== old || h1.textContent !== oldText) ? h1 : null;
    };
    const arrive = (h1: HTMLElement) => {
      cancel?.();
      if (!h1.hasAttribute('tabindex')) h1.setAttribute('tabindex', '-1');
      h1.focus();
      const title = document.title.replace(new RegExp(` · ${APP_NAME}$`), '');
      message.value = `已打开：${title || h1.textContent?.trim() || APP_NAME}`;
    };
    const observer = new MutationObserver(() => {
      const h1 = found();
      if (h1) arrive(h1);
    });
    const timer = setTimeout(() => cancel?.(), WAIT_MS);
    cancel = () => {
      observer.disconnect();
      clearTimeout(timer);
      cancel = undefined;
    };
    if (main) observer.observe(main, { childList: true, subtree: true });
    // The heading may be there already (a page that draws its frame at once).
    queueMicrotask(() => {
      const h1 = found();
      if (h1 && cancel) arrive(h1);
    });
  });
  return message;
}
