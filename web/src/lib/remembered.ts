/**
 * The officer's last choice of place and chain, as kept in the browser: `place` is a place
 * id, null for the province chosen on purpose, absent when never chosen.
 */
export type Remembered = { place?: string | null; chain?: string };

const ID = /^[A-Za-z0-9_-]{1,200}$/;

/** The stored choice, read defensively: anything that is not a plausible id is dropped. */
export function readRemembered(stored: string | null | undefined): Remembered {
  let value: unknown;
  try {
    value = JSON.parse(stored ?? '{}');
  } catch {
    return {};
  }
  if (!value || typeof value !== 'object') return {};
  const { place, chain } = value as Record<string, unknown>;
  return {
    ...(place === null || (typeof place === 'string' && ID.test(place)) ? { place } : {}),
    ...(typeof chain === 'string' && ID.test(chain) ? { chain } : {}),
  };
}
