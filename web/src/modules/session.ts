import { ref } from 'vue';

const KEY = 'chain-atlas.token';

/**
 * The bearer token a developer pasted (the advanced way in), kept for this browser
 * session only (sessionStorage: gone when the browser closes, never sent anywhere but
 * /graphql). People sign in with a password instead: their session is an httpOnly cookie
 * that scripts never see.
 */
export const token = ref<string | null>(read());

/** Bumped at every sign-in and sign-out, so that who is signed in is asked again. */
export const sessionVersion = ref(0);

function read(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function setToken(value: string | null): void {
  const next = value?.trim() || null;
  if (next !== token.value) sessionVersion.value++;
  token.value = next;
  try {
    if (token.value) sessionStorage.setItem(KEY, token.value);
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage refused (private mode): the token lasts until the page is reloaded.
  }
}
