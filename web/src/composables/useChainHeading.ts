import { computed, type Ref } from 'vue';
import { useChains } from './useChains';
import { useCities, usePlaceContext } from './usePlaces';

/**
 * What a chain's pages need for their frame (title, tabs, place) before, and while, their
 * own answer loads: the chain's name and sector from the chain list, the place's name
 * from the place picker's own questions. All asked in parallel with the page's answer,
 * so switching the place never blanks the title, the tabs or the picker.
 */
export function useChainHeading(chainId: Ref<string>, placeId: Ref<string | null>) {
  const chains = useChains();
  const { province } = useCities();
  const context = usePlaceContext(placeId);
  const chain = computed(() => chains.chains.value.find((c) => c.id === chainId.value) ?? null);
  const placeName = computed(() => {
    if (!placeId.value) return province.value?.name ?? '';
    const node = context.data.value?.node;
    return node && node.id === placeId.value && 'name' in node ? node.name : '';
  });
  return { chain, placeName, chainsLoaded: computed(() => !!chains.data.value) };
}
