import type { VocabPlace } from './types.js';

const PROVINCE_SELF = /我省|全省|本省/g;
const CITY_SELF = /我市|全市|本市/g;

/**
 * The region a plan governs when neither its title nor the caller says: the genre speaks of
 * its own region as 我省/全省 (a province's plan) or 我市/全市 (a city's), and names it in
 * passing (对山东工作的重要指示, 济南市…). The level the text refers to itself by most often
 * wins; within it, the place of that level the text names most often, if any. Null when the
 * text neither refers to itself nor names a place of that level.
 */
export function regionFromText(text: string, places: readonly VocabPlace[]): string | null {
  const provinceSelf = text.match(PROVINCE_SELF)?.length ?? 0;
  const citySelf = text.match(CITY_SELF)?.length ?? 0;
  if (!provinceSelf && !citySelf) return null;
  const level = citySelf > provinceSelf ? 'CITY' : 'PROVINCE';
  let best: { name: string; count: number } | null = null;
  for (const place of places) {
    if (place.level !== level) continue;
    const count = [place.name, ...place.aliases].reduce(
      (n, name) => n + (name.length >= 2 ? text.split(name).length - 1 : 0),
      0,
    );
    if (count && (!best || count > best.count)) best = { name: place.name, count };
  }
  return best?.name ?? null;
}
