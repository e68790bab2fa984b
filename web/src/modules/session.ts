import { ref } from 'vue';

const KEY = 'chain-atlas.token';

/**
 * The bearer token an officer pasted, kept for this browser session only
 * (sessionStorage: gone when the browser closes, never sent anywhere but /graphql).
 */
export const token = ref<string | null>(read());

function read(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function setToken(value: string | null): void {
  token.value = value?.trim() || null;
  try {
    if (token.value) sessionStorage.setItem(KEY, token.value);
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage refused (private mode): the token lasts until the page is reloaded.
  }
}
