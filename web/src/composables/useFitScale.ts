import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue';
import { fitScale } from '../lib/fit-scale';

/** Room kept below the map on a screen: the page's header and the line under the map. */
const BELOW = 200;

/**
 * The scale at which a drawing of `size` uses the width of `host` (watched as it resizes)
 * and stays within the window's height: a small chain grows on a projector, a wide one
 * shrinks on an office screen instead of scrolling sideways.
 */
export function useFitScale(host: Ref<HTMLElement | undefined>, size: () => { width: number; height: number }) {
  const scale = ref(1);
  const measure = () => {
    if (!host.value) return;
    scale.value = fitScale(size(), { width: host.value.clientWidth, height: window.innerHeight - BELOW });
  };
  let observer: ResizeObserver | undefined;
  onMounted(() => {
    observer = new ResizeObserver(measure);
    if (host.value) observer.observe(host.value);
    window.addEventListener('resize', measure);
    measure();
  });
  onBeforeUnmount(() => {
    observer?.disconnect();
    window.removeEventListener('resize', measure);
  });
  return { scale, measure };
}
