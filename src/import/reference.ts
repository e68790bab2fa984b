import type { Database } from '../db/database.js';
import { PlaceIndex, type PlaceEntry } from './places.js';
import { REFERENCE_DATA } from './queries.js';
import { linkNames, type Reference } from './validate.js';

type ReferenceRows = {
  places: PlaceEntry[];
  links: { id: string; key: string; name: string; aliases: string[]; chain: string; chainKey: string }[];
  sectors: { id: string; key: string; name: string }[];
};

/** Places, links and sectors by every name they go by, read once per import (thousands of rows at national scale, never enterprises). */
export async function loadReference(db: Database): Promise<Reference> {
  const [ref] = await db.read<ReferenceRows>(REFERENCE_DATA);
  const sectors = new Map<string, Set<string>>();
  for (const s of ref!.sectors)
    for (const k of [s.key, s.name]) sectors.set(k, (sectors.get(k) ?? new Set()).add(s.id));
  return { places: new PlaceIndex(ref!.places), links: linkNames(ref!.links), sectors };
}
